/**
 * Link previews and structured data: where each page's share image lives, and the schema.org
 * JSON-LD that describes it. Pure functions, so the image integration and the layout agree on
 * paths without sharing state.
 */

/** "/history/" → "/og/history.png"; "/" → "/og/index.png"; "/teach/a/handout/" → "/og/teach/a/handout.png". */
export function shareImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return `/og/${trimmed === '' ? 'index' : trimmed}.png`;
}

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

export interface PageFacts {
  readonly title: string;
  readonly description: string;
  /** The page's absolute address. */
  readonly url: string;
  /** The share image's absolute address. */
  readonly image: string;
  /** When its facts were last checked, "yyyy-mm-dd", or null for pages with no date. */
  readonly modified: string | null;
  readonly siteName: string;
  readonly siteUrl: string;
  readonly licence: string;
  readonly version: string;
}

const publisher = (page: PageFacts) => ({ '@type': 'Organization', name: page.siteName, url: page.siteUrl });

/** The site's home: a WebSite with a search action, so search engines can offer the site search. */
export function websiteJsonLd(page: PageFacts, searchUrl: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: page.siteName,
    url: page.siteUrl,
    description: page.description,
    inLanguage: 'en',
    license: page.licence,
    version: page.version,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** An explainer, profile or reference page. */
export function articleJsonLd(page: PageFacts) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: page.title,
    description: page.description,
    url: page.url,
    mainEntityOfPage: page.url,
    image: page.image,
    inLanguage: 'en',
    ...(page.modified ? { dateModified: page.modified } : {}),
    author: publisher(page),
    publisher: publisher(page),
    license: page.licence,
    isPartOf: { '@type': 'WebSite', name: page.siteName, url: page.siteUrl },
  };
}

export interface LessonFacts {
  readonly gradeBand: string;
  /** Class time in minutes, or null when the plan does not say. */
  readonly minutes: number | null;
  readonly objectives: readonly string[];
  readonly standards: readonly string[];
}

/** "One 50-minute lesson, plus …" → 50: the class time a plan's duration names first. */
export function lessonMinutes(duration: string): number | null {
  const match = /(\d+)[- ]minute/.exec(duration);
  return match ? Number(match[1]) : null;
}

/** A lesson plan, described the way learning platforms and search engines read lessons. */
export function learningResourceJsonLd(page: PageFacts, lesson: LessonFacts) {
  return {
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    name: page.title,
    description: page.description,
    url: page.url,
    image: page.image,
    inLanguage: 'en',
    learningResourceType: 'Lesson plan',
    educationalLevel: lesson.gradeBand,
    ...(lesson.minutes ? { timeRequired: `PT${lesson.minutes}M` } : {}),
    teaches: lesson.objectives,
    ...(lesson.standards.length > 0
      ? {
          educationalAlignment: lesson.standards.map((code) => ({
            '@type': 'AlignmentObject',
            alignmentType: 'teaches',
            educationalFramework: 'C3 Framework for Social Studies State Standards',
            targetName: code,
          })),
        }
      : {}),
    ...(page.modified ? { dateModified: page.modified } : {}),
    author: publisher(page),
    publisher: publisher(page),
    license: page.licence,
    isAccessibleForFree: true,
  };
}

export interface DatasetFacts {
  readonly downloads: readonly { readonly url: string; readonly format: string; readonly name: string }[];
  /** "2014-06-13/2026-01-25": the first and last event dates. */
  readonly temporalCoverage: string;
}

/** The downloadable dataset, so dataset search engines can find and describe it. */
export function datasetJsonLd(page: PageFacts, data: DatasetFacts) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: page.title,
    description: page.description,
    url: page.url,
    version: page.version,
    ...(page.modified ? { dateModified: page.modified } : {}),
    license: page.licence,
    isAccessibleForFree: true,
    creator: publisher(page),
    publisher: publisher(page),
    inLanguage: 'en',
    keywords: ['Popular Mobilization Forces', 'Iraq', 'militias', 'Kataib Hezbollah', 'United States', 'conflict events'],
    spatialCoverage: { '@type': 'Place', name: 'Iraq' },
    temporalCoverage: data.temporalCoverage,
    distribution: data.downloads.map((d) => ({
      '@type': 'DataDownload',
      name: d.name,
      encodingFormat: d.format,
      contentUrl: d.url,
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> block: "<" is escaped so no string in the data
 * can close the script element early.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
