/**
 * `npm run reader:pdf`: prints the reader packet (/reader/) to dist/reader-packet.pdf with Chromium,
 * on A4 with page numbers, for classrooms without devices. Needs a build (npm run build) first.
 * Prints the page count and size; `--letter` makes a US Letter copy instead.
 */
import { statSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { basePath } from '../src/lib/site/origin.ts';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../tests/support/chromium.ts';
import { pdfPages } from '../tests/support/pdf.ts';
import { serve } from './bench/serve.ts';

const PORT = 4396;
const root = process.env.PMF_OUT_DIR ?? 'dist';
const letter = process.argv.includes('--letter');
const output = `${root}/reader-packet${letter ? '-letter' : ''}.pdf`;

const server = await serve(root, PORT);
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS });
try {
  const started = performance.now();
  const page = await browser.newPage();
  // The site is served from the build folder's root, whatever base path it was built for.
  const response = await page.goto(`http://127.0.0.1:${PORT}/reader/`.replace(basePath, '/'), { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`/reader/ answered ${response?.status()}: is ${root}/ built?`);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({
    format: letter ? 'Letter' : 'A4',
    printBackground: true,
    margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate:
      '<div style="width:100%;font-size:8px;font-family:sans-serif;color:#555;text-align:center">The PMF Explained · Reader packet · page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
  });
  writeFileSync(output, pdf);
  const pages = pdfPages(pdf);
  console.log(
    `Reader packet: ${output}, ${pages} pages, ${(statSync(output).size / 1024 / 1024).toFixed(1)} MB, in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
} finally {
  await browser.close();
  server.close();
}
