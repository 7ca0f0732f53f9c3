/** The kinds of page a reader can filter search results by (each page declares its own). */
export const searchKinds = ['Explainer', 'Faction', 'Person', 'Glossary', 'For teachers', 'Timeline', 'About the site'] as const;
export type SearchKind = (typeof searchKinds)[number];
