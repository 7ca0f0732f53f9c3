// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { datasetIntegrity } from './src/integrations/dataset-integrity.ts';

/**
 * SITE_URL is the public origin the site is deployed to (used for canonical URLs and the sitemap).
 * Locally it is the preview server, so links in the sitemap resolve on this machine.
 */
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  // Benchmarks build synthetic content into their own folder rather than over dist/.
  outDir: process.env.PMF_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Embeds are for iframes, not for search engines or the site's own crawl-based tests.
  integrations: [datasetIntegrity(), mdx(), sitemap({ filter: (page) => !page.includes('/embed/') })],
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
