import type { AstroIntegration } from 'astro';
import { dataDir } from '../lib/data/paths.ts';
import { loadValidDataset } from '../lib/data/validate.ts';

/**
 * Fails `astro dev`, `build`, `check` and `sync` before anything renders when the dataset has a
 * problem, naming the file, record and field of each, so no page is built from broken data.
 */
export function datasetIntegrity(): AstroIntegration {
  return {
    name: 'pmf:dataset-integrity',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const dataset = loadValidDataset(dataDir());
        const counts = Object.entries(dataset).map(([name, entries]) => `${entries.length} ${name}`);
        logger.info(`dataset valid: ${counts.join(', ')}`);
      },
    },
  };
}
