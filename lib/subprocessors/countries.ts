// Countries a sub-processor may process data in, with what matters under GDPR Chapter V: membership of
// the European Economic Area (no transfer at all) and an EU adequacy decision (a transfer needing no
// further safeguard). Pure data, shared by the server and the studio form. Facts as of November 2026;
// review when the Commission adopts or withdraws a decision.

export interface CountryFacts {
  name: string;
  eea: boolean;
  adequacy: boolean;
  /** When the adequacy decision covers only part of the recipients. */
  adequacyNote?: string;
}

const EEA: Record<string, string> = {
  AT: 'Austria',
  BE: 'Belgium',
  BG: 'Bulgaria',
  HR: 'Croatia',
  CY: 'Cyprus',
  CZ: 'Czechia',
  DK: 'Denmark',
  EE: 'Estonia',
  FI: 'Finland',
  FR: 'France',
  DE: 'Germany',
  GR: 'Greece',
  HU: 'Hungary',
  IE: 'Ireland',
  IT: 'Italy',
  LV: 'Latvia',
  LT: 'Lithuania',
  LU: 'Luxembourg',
  MT: 'Malta',
  NL: 'Netherlands',
  PL: 'Poland',
  PT: 'Portugal',
  RO: 'Romania',
  SK: 'Slovakia',
  SI: 'Slovenia',
  ES: 'Spain',
  SE: 'Sweden',
  // EEA members outside the EU
  IS: 'Iceland',
  LI: 'Liechtenstein',
  NO: 'Norway',
};

const ADEQUATE: Record<string, string> = {
  AD: 'Andorra',
  AR: 'Argentina',
  CA: 'Canada',
  FO: 'Faroe Islands',
  GG: 'Guernsey',
  IL: 'Israel',
  IM: 'Isle of Man',
  JP: 'Japan',
  JE: 'Jersey',
  NZ: 'New Zealand',
  KR: 'South Korea',
  CH: 'Switzerland',
  GB: 'United Kingdom',
  UY: 'Uruguay',
  US: 'United States',
};

const ADEQUACY_NOTES: Record<string, string> = {
  CA: 'commercial organisations subject to PIPEDA',
  US: 'organisations certified under the EU-US Data Privacy Framework',
};

const THIRD_COUNTRIES: Record<string, string> = {
  AU: 'Australia',
  BR: 'Brazil',
  CL: 'Chile',
  CN: 'China',
  CO: 'Colombia',
  EG: 'Egypt',
  HK: 'Hong Kong',
  ID: 'Indonesia',
  IN: 'India',
  KE: 'Kenya',
  MA: 'Morocco',
  MX: 'Mexico',
  MY: 'Malaysia',
  NG: 'Nigeria',
  PH: 'Philippines',
  RS: 'Serbia',
  SA: 'Saudi Arabia',
  SG: 'Singapore',
  TH: 'Thailand',
  TR: 'Türkiye',
  TW: 'Taiwan',
  UA: 'Ukraine',
  AE: 'United Arab Emirates',
  VN: 'Vietnam',
  ZA: 'South Africa',
};

export const COUNTRIES: Readonly<Record<string, CountryFacts>> = Object.fromEntries([
  ...Object.entries(EEA).map(([code, name]) => [code, { name, eea: true, adequacy: false }] as const),
  ...Object.entries(ADEQUATE).map(
    ([code, name]) => [code, { name, eea: false, adequacy: true, adequacyNote: ADEQUACY_NOTES[code] }] as const,
  ),
  ...Object.entries(THIRD_COUNTRIES).map(([code, name]) => [code, { name, eea: false, adequacy: false }] as const),
]);

export const isKnownCountry = (code: string): boolean => Object.hasOwn(COUNTRIES, code);

export const countryName = (code: string): string => COUNTRIES[code]?.name ?? code;

/** "EEA", "Adequacy decision" (with its limit), or "Third country" — as the public table says it. */
export function transferStatusOf(code: string): string {
  const c = COUNTRIES[code];
  if (!c) return 'Unknown';
  if (c.eea) return 'EEA';
  if (c.adequacy) return c.adequacyNote ? `Adequacy decision (${c.adequacyNote})` : 'Adequacy decision';
  return 'Third country';
}

/** Every country in the table, by name (for the filter and the studio form's hint). */
export const COUNTRY_CODES_BY_NAME: readonly string[] = Object.keys(COUNTRIES).sort((a, b) =>
  COUNTRIES[a]!.name.localeCompare(COUNTRIES[b]!.name),
);
