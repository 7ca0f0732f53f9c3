import { resolve } from 'node:path';

/**
 * The content folder. PMF_CONTENT_DIR points the build at another tree (the scale benchmark's
 * synthetic content, or a test fixture); by default it is ./content.
 */
export function contentDir(root = process.cwd()): string {
  return resolve(root, process.env.PMF_CONTENT_DIR ?? 'content');
}

/** The dataset folder inside the content folder. */
export function dataDir(root = process.cwd()): string {
  return resolve(contentDir(root), 'data');
}
