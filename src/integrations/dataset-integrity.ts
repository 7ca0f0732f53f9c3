import type { AstroIntegration } from 'astro';
import { checkPages } from '../lib/content/check-pages.ts';
import { contentDir, dataDir } from '../lib/data/paths.ts';
import { ContentError } from '../lib/data/problems.ts';
import { loadValidDataset } from '../lib/data/validate.ts';

/**
 * Fails `astro dev`, `build`, `check` and `sync` before anything renders when the dataset or an MDX
 * page has a problem, naming the file, record and field of each, so no page is built from broken data.
 */
export function datasetIntegrity(): AstroIntegration {
  return {
    name: 'pmf:dataset-integrity',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const dataset = loadValidDataset(dataDir());
        const pageProblems = checkPages(contentDir(), dataset);
        if (pageProblems.length > 0) throw new ContentError(pageProblems);
        const counts = Object.entries(dataset).map(([name, entries]) => `${entries.length} ${name}`);
        logger.info(`dataset valid: ${counts.join(', ')}`);
      },
    },
  };
}
