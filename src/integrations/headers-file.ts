import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Completes public/_headers (Netlify, Cloudflare Pages) with the Content-Security-Policy that Astro
 * wrote into the pages, so a static host also sends it as a header, which covers the files that
 * are not HTML (the feed, the data, the images). The policy has one source, astro.config.mjs; the
 * build fails if two pages carry different policies, since one header cannot serve both.
 */
export function headersFile(): AstroIntegration {
  return {
    name: 'pmf:headers-file',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = new Map<string, string>();
        for (const file of readdirSync(root, { recursive: true }) as string[]) {
          if (!file.endsWith('.html')) continue;
          const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(join(root, file), 'utf8'))?.[1];
          if (policy && !policies.has(policy)) policies.set(policy, file);
        }
        if (policies.size !== 1) {
          throw new Error(
            `_headers: expected one Content-Security-Policy across the pages, found ${policies.size} (first seen in ${[...policies.values()].join(', ') || 'no page'}).`,
          );
        }
        const [policy] = [...policies.keys()];
        const path = join(root, '_headers');
        const headers = readFileSync(path, 'utf8').replace(/^\/\*\n/m, `/*\n  Content-Security-Policy: ${policy}\n`);
        if (!headers.includes('Content-Security-Policy:'))
          throw new Error('_headers: public/_headers has no "/*" block to add the policy to.');
        writeFileSync(path, headers);
        logger.info('_headers: Content-Security-Policy added');
      },
    },
  };
}
