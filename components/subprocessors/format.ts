// How register values read on screen (public pages, notices, the studio preview). Pure, no React.
import { countryName } from '@/lib/subprocessors/countries';
import type { SnapshotField } from '@/lib/subprocessors/types';
import { TRANSFER_MECHANISM_LABELS, type TTransferMechanism } from '@/lib/validation/subprocessors';

export function mechanismLabel(mechanism: string, sccModule: number | null): string {
  const label = TRANSFER_MECHANISM_LABELS[mechanism as TTransferMechanism] ?? mechanism;
  return mechanism === 'SCC_2021' && sccModule ? `${label}, module ${sccModule}` : label;
}

export const countryList = (codes: readonly string[]) => codes.map(countryName).join(', ');

/** "A GmbH, B Ltd." ending a sentence: one full stop, even when the last name ends in "Ltd.". */
export const namesSentence = (list: readonly { legalName: string }[]) =>
  list
    .map((s) => s.legalName)
    .join(', ')
    .replace(/\.?$/, '.');

/** One field's value as text ("—" when empty). */
export function fieldValueText(field: SnapshotField, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'locations' && Array.isArray(value)) return countryList(value as string[]);
  if (field === 'transferMechanism') return TRANSFER_MECHANISM_LABELS[value as TTransferMechanism] ?? String(value);
  if (field === 'sccModule') return `Module ${String(value)}`;
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}
