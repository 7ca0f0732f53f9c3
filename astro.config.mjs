// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { baseLinks } from './src/integrations/base-links.ts';
import { datasetIntegrity } from './src/integrations/dataset-integrity.ts';
import { headersFile } from './src/integrations/headers-file.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { shareImages } from './src/integrations/share-images.ts';
import { basePath, siteUrl } from './src/lib/site/origin.ts';

// Benchmarks build other content trees; their own cache keeps the main build's content store clean.
const cacheDir = process.env.PMF_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site: siteUrl,
  // BASE_PATH=/pmf/ builds the site for a sub-path such as a project page (see the README).
  base: basePath,
  // Benchmarks build synthetic content into their own folder rather than over dist/.
  outDir: process.env.PMF_OUT_DIR ?? './dist',
  cacheDir,
  trailingSlash: 'always',
  // No page has code blocks; Shiki's inline styles would also fight the Content-Security-Policy.
  markdown: { syntaxHighlight: false },
  build: { format: 'directory' },
  // Embeds are for iframes, not for search engines or the site's own crawl-based tests.
  integrations: [
    datasetIntegrity(),
    mdx(),
    sitemap({ filter: (page) => !page.includes('/embed/') }),
    baseLinks(basePath),
    searchIndex(),
    shareImages({ cacheDir }),
    headersFile(),
    // Last: the service worker's precache lists the pages as they are finally written.
    serviceWorker(basePath),
  ],
  // A Content-Security-Policy <meta> on every page: scripts only from this site or by the hash of
  // the one inline script (the theme pre-paint); no 'unsafe-inline' for scripts. Inline style
  // attributes stay allowed (charts set them), which the policy says openly.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'self'",
      ],
      // Search runs Pagefind's WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
