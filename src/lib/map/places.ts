/**
 * The map's fixed geography: the box it shows, the enlarged Baghdad panel, the places it names
 * for orientation and where the neighbours' names go. Coordinates are approximate (to about 1 km),
 * enough for a chart; they are not event data and place no event.
 */
import type { Extent, LonLat } from './geo.ts';

/** Iraq with a margin, so the edges of Syria, Turkey, Iran, Kuwait, Jordan and Saudi Arabia show. */
export const IRAQ_FRAME: Extent = { west: 37.6, south: 28.7, east: 49.0, north: 37.8 };

/** ISO 3166 numeric code of Iraq, the id world-atlas gives its feature. */
export const IRAQ_ID = '368';

export interface InsetSpec {
  /** The city the panel enlarges: the main map labels the panel's outline with it. */
  readonly name: string;
  /** Heading drawn in the panel. */
  readonly title: string;
  readonly extent: Extent;
}

/**
 * Half the events in the dataset happened in and around Baghdad, within a few kilometres of each
 * other: at country scale they would be one blot, so they get a panel of their own.
 */
export const BAGHDAD_INSET: InsetSpec = {
  name: 'Baghdad',
  title: 'Baghdad area, enlarged',
  extent: { west: 44.1, south: 33.12, east: 44.68, north: 33.6 },
};

export interface KeyPlace {
  readonly name: string;
  readonly at: LonLat;
  /**
   * 'city' is always named (with a small ring) for orientation; 'site' (a base or district) only
   * when an event on the map lies within a few kilometres of it.
   */
  readonly kind: 'city' | 'site';
}

/** In order of priority: when labels collide, earlier ones win. */
export const KEY_PLACES: readonly KeyPlace[] = [
  { name: 'Baghdad', at: [44.37, 33.31], kind: 'city' },
  { name: 'Mosul', at: [43.13, 36.34], kind: 'city' },
  { name: 'Erbil', at: [44.01, 36.19], kind: 'city' },
  { name: 'Basra', at: [47.78, 30.51], kind: 'city' },
  { name: 'Kirkuk', at: [44.39, 35.47], kind: 'city' },
  { name: 'Ain al-Asad', at: [42.44, 33.8], kind: 'site' },
  { name: 'Camp Taji', at: [44.26, 33.52], kind: 'site' },
  { name: 'Airport', at: [44.23, 33.26], kind: 'site' },
  { name: 'Central Baghdad', at: [44.38, 33.31], kind: 'site' },
  { name: 'K-1', at: [44.28, 35.51], kind: 'site' },
  { name: 'Balad', at: [44.36, 33.94], kind: 'site' },
  { name: 'al-Qaim', at: [41.09, 34.37], kind: 'site' },
];

export interface CountryLabelSpec {
  readonly name: string;
  /** Points inside the country where its name fits, best first (tests check each lies inside it). */
  readonly candidates: readonly LonLat[];
}

export const COUNTRY_LABELS: readonly CountryLabelSpec[] = [
  {
    name: 'Iraq',
    candidates: [
      [42.2, 32.4],
      [43.2, 31.4],
    ],
  },
  {
    name: 'Turkey',
    candidates: [
      [40.5, 37.45],
      [39, 37.3],
      [43.5, 37.6],
    ],
  },
  {
    name: 'Syria',
    candidates: [
      [39.3, 35.2],
      [39.8, 34.6],
    ],
  },
  {
    name: 'Iran',
    candidates: [
      [47.6, 33.6],
      [47.2, 34.8],
    ],
  },
  {
    name: 'Jordan',
    candidates: [
      [38.3, 32.95],
      [38.9, 32.6],
      [38.4, 32.3],
    ],
  },
  {
    name: 'Saudi Arabia',
    candidates: [
      [41.5, 29.6],
      [43.5, 29.2],
      [44.6, 28.95],
      [40.3, 30.4],
    ],
  },
  {
    name: 'Kuwait',
    candidates: [
      [47.7, 29.3],
      [47.6, 29.5],
    ],
  },
];
