import { routeOfPageFile } from './navigation.ts';

/** The static routes that exist in this build, from the files in src/pages/. */
export function existingRoutes(): Set<string> {
  const pageFiles = Object.keys(import.meta.glob('/src/pages/**/*.{astro,mdx,md}'));
  return new Set(pageFiles.map(routeOfPageFile).filter((r): r is string => r !== null));
}
