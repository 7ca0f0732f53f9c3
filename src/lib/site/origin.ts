/**
 * Where the site is deployed, read once for the Astro config and for the scripts that check the
 * build. SITE_URL is the public origin (canonical URLs, sitemap, "cite this page"); BASE_PATH is
 * the sub-path the site lives under on that origin ("/" for a whole domain, "/pmf/" for a
 * project page). Locally the origin is the preview server, so absolute links resolve on this
 * machine.
 */
export const siteUrl = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

export const basePath = normaliseBasePath(process.env.BASE_PATH ?? '/');

/** "pmf", "/pmf" and "/pmf/" all mean "/pmf/"; "" and "/" mean the root. */
export function normaliseBasePath(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (!/^[A-Za-z0-9._~/-]+$/.test(trimmed)) {
    throw new Error(`BASE_PATH "${value}" may hold only letters, digits and . _ ~ - / (for example "/pmf/").`);
  }
  return `/${trimmed}/`;
}
