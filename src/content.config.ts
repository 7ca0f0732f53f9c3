/**
 * The content collections. Dataset schemas live in src/lib/data/schemas.ts so the integrity
 * checks, downloads and tests share them; the page schema in src/lib/content/page-schema.ts.
 */

import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { handoutSchema, lessonSchema, pageSchema, profileSchema } from './lib/content/page-schema.ts';
import { contentDir, dataDir } from './lib/data/paths.ts';
import {
  type CollectionName,
  correctionSchema,
  electionSchema,
  eventSchema,
  factionSchema,
  glossarySchema,
  organizationSchema,
  personSchema,
  quizSchema,
  relationSchema,
  releaseSchema,
  sourceSchema,
} from './lib/data/schemas.ts';

/** One YAML file per record; the file name is the id. */
const records = (name: CollectionName) => glob({ pattern: '*.yaml', base: `${dataDir()}/${name}` });

export const collections = {
  sources: defineCollection({ loader: records('sources'), schema: sourceSchema }),
  factions: defineCollection({ loader: records('factions'), schema: factionSchema }),
  people: defineCollection({ loader: records('people'), schema: personSchema }),
  organizations: defineCollection({ loader: records('organizations'), schema: organizationSchema }),
  events: defineCollection({ loader: records('events'), schema: eventSchema }),
  relations: defineCollection({ loader: records('relations'), schema: relationSchema }),
  elections: defineCollection({ loader: records('elections'), schema: electionSchema }),
  glossary: defineCollection({ loader: records('glossary'), schema: glossarySchema }),
  corrections: defineCollection({ loader: records('corrections'), schema: correctionSchema }),
  quizzes: defineCollection({ loader: records('quizzes'), schema: quizSchema }),
  releases: defineCollection({ loader: records('releases'), schema: releaseSchema }),
  profiles: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${contentDir()}/profiles` }), schema: profileSchema }),
  lessons: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${contentDir()}/lessons` }), schema: lessonSchema }),
  handouts: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${contentDir()}/handouts` }), schema: handoutSchema }),
  simple: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${contentDir()}/simple` }), schema: pageSchema }),
  pages: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: `${contentDir()}/pages` }), schema: pageSchema }),
};
