/**
 * The controlled vocabularies of the dataset. Every enum the schemas use, with the plain-language
 * label and description a reader sees in legends, filters and the data dictionary.
 * One source of truth: schemas, charts and the /data/ page all read from here.
 */

/** A labelled enum value. */
export interface Term<T extends string = string> {
  readonly value: T;
  readonly label: string;
  readonly description: string;
}

function vocabulary<const T extends string>(terms: readonly Term<T>[]) {
  return { terms, values: terms.map((t) => t.value) as [T, ...T[]] };
}

export const datePrecisions = vocabulary([
  { value: 'day', label: 'Day', description: 'The exact day is known.' },
  { value: 'month', label: 'Month', description: 'Only the month is known; the date is the first of that month.' },
  { value: 'year', label: 'Year', description: 'Only the year is known; the date is 1 January of that year.' },
]);

export const sourceKinds = vocabulary([
  { value: 'news', label: 'News report', description: 'A report by a news organisation or wire service.' },
  {
    value: 'official',
    label: 'Official document',
    description: 'A government or UN release, designation, law or record: evidence of what that body said or did.',
  },
  { value: 'report', label: 'Research report', description: 'A think-tank, NGO or rights-group report.' },
  { value: 'encyclopedia', label: 'Encyclopedia', description: 'A referenced encyclopedia article.' },
  { value: 'academic', label: 'Academic work', description: 'A peer-reviewed article or scholarly book.' },
  {
    value: 'statement',
    label: 'Statement by a party',
    description: "A party's own statement or outlet, cited only for that party's claims.",
  },
]);

export const alignments = vocabulary([
  {
    value: 'iran-aligned',
    label: 'Iran-aligned',
    description: 'Factions that follow or openly back Iran’s leadership and the IRGC’s “axis of resistance”.',
  },
  {
    value: 'najaf-shrine',
    label: 'Shrine units (Najaf)',
    description: 'Units raised by the Shia shrines and loyal to Grand Ayatollah al-Sistani in Najaf.',
  },
  { value: 'sadrist', label: 'Sadrist', description: 'Units loyal to the cleric Muqtada al-Sadr.' },
  { value: 'sunni-tribal', label: 'Sunni tribal', description: 'Units raised from Sunni Arab tribes.' },
  {
    value: 'minority',
    label: 'Minority community',
    description: 'Units raised from Christian, Yazidi, Turkmen, Shabak or other minority communities.',
  },
  {
    value: 'front-group',
    label: 'Front name',
    description: 'A name used to claim attacks, credibly linked by others to established factions.',
  },
  { value: 'other', label: 'Other', description: 'None of the above.' },
]);

export const factionStatuses = vocabulary([
  { value: 'active', label: 'Active', description: 'Operating as of the record’s “as of” date.' },
  { value: 'inactive', label: 'Inactive', description: 'No recent activity reported.' },
  { value: 'dissolved', label: 'Dissolved', description: 'Formally disbanded.' },
  { value: 'merged', label: 'Merged', description: 'Absorbed into another body.' },
]);

export const designationKinds = vocabulary([
  {
    value: 'FTO',
    label: 'Foreign Terrorist Organization',
    description: 'US State Department listing under the Immigration and Nationality Act.',
  },
  {
    value: 'SDGT',
    label: 'Specially Designated Global Terrorist',
    description: 'US listing under Executive Order 13224 (State or Treasury).',
  },
  {
    value: 'SDN',
    label: 'Sanctions (SDN list)',
    description: 'Other US Treasury sanctions, such as human-rights (Global Magnitsky) listings.',
  },
  {
    value: 'other',
    label: 'Other designation',
    description:
      'Any other listing or sanctions order, by the United States under another executive order (such as E.O. 13438 on threats to Iraq’s stability) or by another government; the record’s notes say which.',
  },
]);

export const organizationKinds = vocabulary([
  { value: 'state', label: 'State', description: 'A country acting as a whole.' },
  { value: 'military', label: 'Military force', description: 'An armed force or coalition of a state or states.' },
  { value: 'government-body', label: 'Government body', description: 'A ministry, parliament, commission or other official body.' },
  { value: 'armed-group', label: 'Armed group', description: 'A non-state armed group that is not a PMF faction.' },
  { value: 'religious-authority', label: 'Religious authority', description: 'A clerical establishment.' },
  { value: 'movement', label: 'Movement', description: 'A political or protest movement.' },
]);

export const eventTypes = vocabulary([
  { value: 'rocket-attack', label: 'Rocket attack', description: 'Rockets or mortars fired at a site.' },
  { value: 'drone-attack', label: 'Drone attack', description: 'An attack by armed drones.' },
  { value: 'ied-attack', label: 'Roadside bomb', description: 'A roadside bomb (IED), usually against a convoy.' },
  { value: 'missile-strike', label: 'Missile strike', description: 'Ballistic or cruise missiles fired by a state or group.' },
  { value: 'airstrike', label: 'Airstrike', description: 'A strike by aircraft or drones of a state.' },
  { value: 'explosion', label: 'Explosion', description: 'A blast whose cause is disputed.' },
  { value: 'armed-assault', label: 'Armed assault', description: 'A ground attack by armed men.' },
  { value: 'siege', label: 'Siege or storming', description: 'A crowd or force besieging or breaking into a site.' },
  { value: 'targeted-killing', label: 'Targeted killing', description: 'The killing of a named person.' },
  { value: 'crackdown', label: 'Violence against protesters', description: 'Killings or injuries of protesters.' },
  { value: 'military-operation', label: 'Military operation', description: 'A campaign or battle.' },
  { value: 'protest', label: 'Protest', description: 'Demonstrations and sit-ins.' },
  { value: 'designation', label: 'Sanctions or listing', description: 'Sanctions, terrorist listings and their removal.' },
  { value: 'legislation', label: 'Law or vote', description: 'Laws, decrees and parliamentary votes.' },
  { value: 'election', label: 'Election', description: 'A national election.' },
  { value: 'political', label: 'Political', description: 'Appointments, resignations, statements and agreements.' },
]);

export const severityLevels = [
  { value: 0, label: 'Political or legal act', description: 'No violence: a law, vote, sanction, election or statement.' },
  { value: 1, label: 'Attack without casualties', description: 'An attack or strike with no reported casualties.' },
  { value: 2, label: 'Injuries', description: 'People were wounded but none reported killed.' },
  { value: 3, label: 'Deaths', description: 'One or more people were killed.' },
  {
    value: 4,
    label: 'State strike or leader killed',
    description: 'A strike by one state on another state’s forces, or the killing of a senior leader.',
  },
] as const;

export const actorRoles = vocabulary([
  { value: 'perpetrator', label: 'Perpetrator', description: 'Carried out the act (as claimed, attributed or confirmed).' },
  { value: 'target', label: 'Target', description: 'The act was aimed at this actor.' },
  { value: 'claimant', label: 'Claimant', description: 'A name that publicly claimed the act.' },
  { value: 'subject', label: 'Subject', description: 'The one sanctioned, elected, appointed or legislated for.' },
  { value: 'participant', label: 'Participant', description: 'Took part in another way.' },
]);

export const attributionStatuses = vocabulary([
  { value: 'claimed', label: 'Claimed', description: 'The group publicly took responsibility.' },
  {
    value: 'attributed',
    label: 'Attributed',
    description: 'A government, investigator or major outlet blamed the group; “attributed by” says who.',
  },
  { value: 'denied', label: 'Denied', description: 'The group publicly denied involvement.' },
  { value: 'unattributed', label: 'Unattributed', description: 'Suspected in reporting, but nobody credible has said who did it.' },
  { value: 'confirmed', label: 'Confirmed', description: 'Not in doubt: a target, a state’s acknowledged act, the subject of a listing.' },
]);

export const placePrecisions = vocabulary([
  { value: 'exact', label: 'Exact site', description: 'A named base, building or street.' },
  { value: 'city', label: 'City', description: 'Somewhere in or near the named city.' },
  { value: 'province', label: 'Province', description: 'Somewhere in the named province.' },
  { value: 'country', label: 'Country', description: 'Somewhere in the named country.' },
]);

export const relationKinds = vocabulary([
  { value: 'split-from', label: 'Split from', description: 'Was founded by people who left the other group.' },
  { value: 'front-for', label: 'Front for', description: 'A name credibly linked to the other group, which uses it to claim attacks.' },
  { value: 'allied-with', label: 'Allied with', description: 'In a declared alliance or joint list.' },
  { value: 'patron-of', label: 'Patron of', description: 'Funds, arms, trains or directs the other group.' },
  { value: 'merged-into', label: 'Merged into', description: 'Became part of the other group.' },
  { value: 'rival-of', label: 'Rival of', description: 'Competes or has clashed with the other group.' },
]);

/** Labels by value, for rendering. */
export function labelOf<T extends string>(vocab: { terms: readonly Term<T>[] }, value: T): string {
  return vocab.terms.find((t) => t.value === value)?.label ?? value;
}
