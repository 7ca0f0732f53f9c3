import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/**
 * Writes /sw.js with Workbox after every build. It precaches every page, stylesheet, script, icon
 * and font, so the whole site, charts included, reads offline after the first visit. The data
 * downloads, share images, PDFs and the search index are cached only once fetched (the search
 * index alone is larger than all the pages), so a first visit on a school network stays light.
 *
 * A new version installs in the background and takes over on the next visit, once every tab of
 * the old one is closed (Workbox's default; no skipWaiting), so a page never mixes the scripts of
 * two versions.
 */
export function serviceWorker(base: string): AstroIntegration {
  return {
    name: 'pmf:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: root,
          globPatterns: ['**/*.{html,css,js,svg,woff2}'],
          globIgnores: ['pagefind/**', 'embed/**', 'sw.js', 'workbox-*.js', '404.html'],
          swDest: `${root}sw.js`,
          modifyURLPrefix: base === '/' ? {} : { '': base },
          // Astro's /_astro/ files carry a content hash in their names: no revision needed.
          dontCacheBustURLsMatching: /\/_astro\//,
          // Pages are precached as …/index.html; a visit to …/ or …/?event=… must find them.
          directoryIndex: 'index.html',
          ignoreURLParametersMatching: [/.*/],
          navigateFallback: null,
          cleanupOutdatedCaches: true,
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
          // /timeline/ carries every event (about 1 MB before compression): room for the dataset to grow.
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
          runtimeCaching: [
            {
              urlPattern: ({ url }) => /\/(pagefind|og|data)\//.test(url.pathname) || /\.(pdf|png)$/.test(url.pathname),
              handler: 'StaleWhileRevalidate',
              options: { cacheName: 'pmf-on-demand', expiration: { maxEntries: 400 } },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`service worker: ${count} files precached (${(size / 1024 / 1024).toFixed(1)} MB before compression)`);
      },
    },
  };
}
