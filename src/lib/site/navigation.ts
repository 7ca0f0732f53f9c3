/** A link in the primary navigation. */
export interface NavItem {
  readonly label: string;
  readonly href: string;
  /** One line on what the reader finds there, for the home page's "where to start". */
  readonly blurb: string;
}

/**
 * The primary navigation as designed, in order. An entry is shown only once its page exists
 * (see visibleNavigation), so the header never links to a missing or stub page.
 */
export const plannedNavigation: readonly NavItem[] = [
  { label: 'Start here', href: '/start/', blurb: 'The PMF in five minutes: what it is, why it formed, who is in it, why it matters.' },
  {
    label: 'History',
    href: '/history/',
    blurb: 'From the 2014 fatwa and the war on ISIS to the attacks of 2023–24 and the later designations.',
  },
  {
    label: '2019–20',
    href: '/escalation-2019-2020/',
    blurb: 'The escalation with the United States: rockets, strikes, 3 January, Iran’s missiles and the logic of deniability.',
  },
  {
    label: 'Timeline',
    href: '/timeline/',
    blurb: 'Every event in the dataset, from the 2014 fatwa to the latest rounds, with who claimed, was blamed or denied.',
  },
  { label: 'Factions', href: '/factions/', blurb: 'Profiles of the factions and units, grouped by the current they belong to.' },
  { label: 'People', href: '/people/', blurb: 'The commanders, clerics and officials who shape the PMF.' },
  { label: 'Glossary', href: '/glossary/', blurb: 'Hashd, marja’, muqawama, FTO and the other words you will meet.' },
  { label: 'For teachers', href: '/teach/', blurb: 'Lesson plans, handouts and quizzes ready for class.' },
  { label: 'Data', href: '/data/', blurb: 'Download the events, factions, people and sources behind every chart, with a data dictionary.' },
  { label: 'Method', href: '/method/', blurb: 'How facts are checked, how attribution works, and what the site does not know.' },
];

/** Pages that go deeper, linked from the home page and the footer rather than the header. */
export const furtherReading: readonly NavItem[] = [
  {
    label: 'By day: the factions in politics',
    href: '/by-day/',
    blurb: 'Parties and lists, seats, ministries, salaries and the 2016 law.',
  },
  {
    label: 'By night: the factions as armed groups',
    href: '/by-night/',
    blurb: 'Rockets and drones, front-group names, attacks on protesters, and who claimed, was blamed or denied.',
  },
  {
    label: 'How different sides see the PMF',
    href: '/perspectives/',
    blurb: 'The US, Iraq’s governments, the factions, Iran, protesters, Najaf, Kurds and Sunni Iraqis, each in their own terms.',
  },
  { label: 'Sources', href: '/sources/', blurb: 'Every source behind the site, grouped by kind.' },
  { label: 'Corrections', href: '/corrections/', blurb: 'What we got wrong, what the site says now, and when it changed.' },
];

/**
 * The URL a file in src/pages/ serves, or null for dynamic routes ([id].astro), the 404 page and
 * endpoints, which are not navigation targets. Example: "/src/pages/data/index.astro" → "/data/".
 */
export function routeOfPageFile(path: string): string | null {
  const match = /\/src\/pages\/(.+)\.(astro|mdx|md)$/.exec(path);
  if (!match?.[1]) return null;
  const route = match[1].replace(/(^|\/)index$/, '');
  if (route.includes('[') || route === '404') return null;
  return route === '' ? '/' : `/${route}/`;
}

/** The planned entries whose pages exist, in the planned order. */
export function visibleNavigation(planned: readonly NavItem[], routes: ReadonlySet<string>): NavItem[] {
  return planned.filter((item) => routes.has(item.href));
}

/** Whether a nav entry is the current page or one of its sub-pages. */
export function isCurrent(href: string, pathname: string): boolean {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return href === '/' ? path === '/' : path.startsWith(href);
}
