import { escapeHtml } from '@/lib/mail/render';
import { countryName } from '@/lib/subprocessors/countries';
import { TRANSFER_MECHANISM_LABELS } from '@/lib/validation/subprocessors';
import type { FieldChange, RegisterDiff, SnapshotField, SubprocessorSnapshot } from '@/lib/subprocessors/types';

// A register diff in words, for email (text and HTML), feeds and pages.

export const FIELD_LABELS: Record<SnapshotField, string> = {
  legalName: 'Legal name',
  purpose: 'Purpose',
  dataCategories: 'Data categories',
  dataSubjects: 'Data subjects',
  locations: 'Locations',
  transferMechanism: 'Transfer mechanism',
  sccModule: 'SCC module',
  website: 'Website',
  privacyUrl: 'Privacy notice',
  effectiveFrom: 'In use from',
  effectiveUntil: 'In use until',
};

export function formatValue(field: SnapshotField, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'locations' && Array.isArray(value))
    return value.length ? value.map((c) => `${countryName(String(c))} (${c})`).join(', ') : '—';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  if (field === 'transferMechanism')
    return TRANSFER_MECHANISM_LABELS[String(value) as keyof typeof TRANSFER_MECHANISM_LABELS] ?? String(value);
  return String(value);
}

/** One line per fact, grouped: "Added: …", "Removed: …", "Changed: …" with "field: before → after". */
export interface DiffSection {
  heading: string;
  items: { title: string; details: string[] }[];
}

function describeSnapshot(s: SubprocessorSnapshot): string[] {
  return [
    `Purpose: ${s.purpose}`,
    `Data categories: ${formatValue('dataCategories', s.dataCategories)}`,
    `Locations: ${formatValue('locations', s.locations)}`,
    `Transfer mechanism: ${formatValue('transferMechanism', s.transferMechanism)}${s.sccModule ? ` (module ${s.sccModule})` : ''}`,
  ];
}

const describeChange = (c: FieldChange) =>
  `${FIELD_LABELS[c.field] ?? c.field}: ${formatValue(c.field, c.before)} → ${formatValue(c.field, c.after)}`;

export function diffSections(diff: RegisterDiff): DiffSection[] {
  const sections: DiffSection[] = [];
  if (diff.added.length)
    sections.push({
      heading: 'Added',
      items: diff.added.map((s) => ({ title: s.legalName, details: describeSnapshot(s) })),
    });
  if (diff.removed.length)
    sections.push({
      heading: 'Removed',
      items: diff.removed.map((s) => ({ title: s.legalName, details: [`Purpose: ${s.purpose}`] })),
    });
  if (diff.changed.length)
    sections.push({
      heading: 'Changed',
      items: diff.changed.map((c) => ({ title: c.legalName, details: c.fields.map(describeChange) })),
    });
  return sections;
}

export function diffText(diff: RegisterDiff): string {
  const sections = diffSections(diff);
  if (!sections.length) return 'No sub-processor is added, removed or changed.';
  return sections
    .map((s) =>
      [`${s.heading}:`, ...s.items.map((i) => [`- ${i.title}`, ...i.details.map((d) => `    ${d}`)].join('\n'))].join(
        '\n',
      ),
    )
    .join('\n\n');
}

export function diffHtml(diff: RegisterDiff): string {
  const sections = diffSections(diff);
  if (!sections.length) return '<p>No sub-processor is added, removed or changed.</p>';
  return sections
    .map(
      (s) =>
        `<h3 style="font-size:16px;margin:16px 0 4px">${escapeHtml(s.heading)}</h3><ul>` +
        s.items
          .map(
            (i) =>
              `<li><strong>${escapeHtml(i.title)}</strong><ul>${i.details.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul></li>`,
          )
          .join('') +
        '</ul>',
    )
    .join('');
}
