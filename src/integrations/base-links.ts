import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Under a base path (a project page such as example.org/pmf/), every root-relative link in the
 * built pages must start with it. Astro prefixes its own assets, and components that build URLs in
 * code use import.meta.env.BASE_URL; links written by hand in MDX and templates ("/history/") are
 * rewritten here, once, after the build, so authors keep writing plain site paths.
 */
export function baseLinks(base: string): AstroIntegration {
  return {
    name: 'pmf:base-links',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (base === '/') return;
        const root = fileURLToPath(dir);
        let rewritten = 0;
        for (const file of readdirSync(root, { recursive: true }) as string[]) {
          if (!file.endsWith('.html')) continue;
          const path = join(root, file);
          const before = readFileSync(path, 'utf8');
          const after = prefixRootLinks(before, base);
          if (after !== before) {
            writeFileSync(path, after);
            rewritten++;
          }
        }
        logger.info(`base path ${base}: links rewritten in ${rewritten} pages`);
      },
    },
  };
}

const LINK_ATTRIBUTES = /(\s(?:href|src|action|poster|data-href)=)(["'])(\/(?!\/)[^"']*)\2/g;
const SRCSET = /(\ssrcset=)(["'])([^"']*)\2/g;

/**
 * Prefixes root-relative URLs in link attributes with the base path. Protocol-relative URLs
 * ("//cdn…"), absolute URLs, fragments and paths already under the base are left as they are.
 * Script and style contents are not touched (their hashes are in the CSP).
 */
export function prefixRootLinks(html: string, base: string): string {
  const prefix = (url: string) => (url === base.slice(0, -1) || url.startsWith(base) ? url : `${base.slice(0, -1)}${url}`);
  return html
    .replace(LINK_ATTRIBUTES, (_, name: string, quote: string, url: string) => `${name}${quote}${prefix(url)}${quote}`)
    .replace(SRCSET, (_, name: string, quote: string, value: string) => {
      const candidates = value.split(',').map((candidate) => candidate.trim().replace(/^\/(?!\/)\S*/, (url) => prefix(url)));
      return `${name}${quote}${candidates.join(', ')}${quote}`;
    });
}
