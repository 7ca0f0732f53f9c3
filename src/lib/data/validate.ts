import { checkIntegrity } from './integrity.ts';
import { type Dataset, loadDataset } from './load.ts';
import { ContentError } from './problems.ts';

/** Loads the dataset and throws a ContentError listing every problem, or returns it valid. */
export function loadValidDataset(dataDirectory: string, root = process.cwd()): Dataset {
  const { dataset, problems } = loadDataset(dataDirectory, root);
  const all = problems.length > 0 ? problems : checkIntegrity(dataset);
  if (all.length > 0) throw new ContentError(all);
  return dataset;
}
