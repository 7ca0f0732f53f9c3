/**
 * Every dataset collection's schema, gathered from ./schemas/ (one file per seam). Astro's content layer validates records with
 * these (src/content.config.ts); the integrity checks, downloads and tests reuse them.
 * Cross-references are plain ids resolved by ./integrity.ts, because an actor may be a faction, a
 * person or an organization — a union that reference() cannot express — and so every broken link
 * fails with the same file / record / field message.
 */
import type { z } from 'astro/zod';
import { factionSchema, organizationSchema, personSchema } from './schemas/actors.ts';
import { correctionSchema } from './schemas/corrections.ts';
import { eventSchema } from './schemas/events.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { electionSchema, relationSchema } from './schemas/links.ts';
import { quizSchema } from './schemas/quizzes.ts';
import { releaseSchema } from './schemas/releases.ts';
import { sourceSchema } from './schemas/sources.ts';

export {
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
};

/** Every dataset collection and its schema, by folder name under content/data/. */
export const datasetSchemas = {
  sources: sourceSchema,
  factions: factionSchema,
  people: personSchema,
  organizations: organizationSchema,
  events: eventSchema,
  relations: relationSchema,
  elections: electionSchema,
  glossary: glossarySchema,
  corrections: correctionSchema,
  quizzes: quizSchema,
  releases: releaseSchema,
} as const;

export type CollectionName = keyof typeof datasetSchemas;
export type Source = z.infer<typeof sourceSchema>;
export type Faction = z.infer<typeof factionSchema>;
export type Person = z.infer<typeof personSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Event = z.infer<typeof eventSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Election = z.infer<typeof electionSchema>;
export type GlossaryTerm = z.infer<typeof glossarySchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Release = z.infer<typeof releaseSchema>;
