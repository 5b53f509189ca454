// The shapes shared by the register (publishing, as-of views, machine-readable exports) and the change
// notices (email, feeds, webhooks): a notice's diff is stored as RegisterDiff in SubprocessorChange.diff.

export type TransferMechanismKey = 'ADEQUACY' | 'SCC_2021' | 'BCR' | 'NONE_NEEDED';

/** One sub-processor as the register shows it on a given date. Dates are "YYYY-MM-DD". */
export interface SubprocessorSnapshot {
  slug: string;
  legalName: string;
  purpose: string;
  dataCategories: string[];
  dataSubjects: string[];
  /** ISO 3166-1 alpha-2 codes. */
  locations: string[];
  transferMechanism: TransferMechanismKey;
  /** SCC 2021 module (1–4) when transferMechanism is SCC_2021. */
  sccModule: number | null;
  website: string;
  privacyUrl: string;
  effectiveFrom: string;
  /** Last day in use (inclusive), when its end is known. */
  effectiveUntil: string | null;
}

export type SnapshotField = Exclude<keyof SubprocessorSnapshot, 'slug'>;

export interface FieldChange {
  field: SnapshotField;
  before: unknown;
  after: unknown;
}

/** What publishing a change does to the register, computed against the register on its effective date. */
export interface RegisterDiff {
  added: SubprocessorSnapshot[];
  removed: SubprocessorSnapshot[];
  changed: { slug: string; legalName: string; fields: FieldChange[] }[];
}

/** A published change as notices present it (email, Atom, JSON feed, webhook payload). */
export interface ChangeNotice {
  id: string;
  number: number;
  summary: string;
  effectiveDate: string;
  objectionDeadline: string;
  publishedAt: string;
  diff: RegisterDiff;
  /** Absolute URL of the notice on the public site. */
  url: string;
}
