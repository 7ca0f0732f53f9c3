/** The site's releases, newest first, and the version the build is. */
import { getCollection } from 'astro:content';
import { compareVersions } from '../lib/data/schemas/releases.ts';
import type { Release } from '../lib/data/schemas.ts';

export async function releases(): Promise<Release[]> {
  const entries = await getCollection('releases');
  return entries.map((e) => e.data).sort((a, b) => compareVersions(b.version, a.version));
}

/** The newest release: the version this build of the site is. */
export async function currentRelease(): Promise<Release> {
  const [newest] = await releases();
  if (!newest) throw new Error('content/data/releases/ holds no release: add one (for example v0-1-0.yaml).');
  return newest;
}
