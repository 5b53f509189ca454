import { loadSubprocessors, TRANSFER_MECHANISMS } from '@/lib/content/structured-data';
import { formatDate } from '@/lib/ui/format';
import { ScrollTable } from './table';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** <SubprocessorTable />: the current list from content/data/subprocessors.json. */
export function SubprocessorTable() {
  const rows = loadSubprocessors();
  return (
    <ScrollTable caption={`Current sub-processors (${rows.length})`}>
      <thead>
        <tr>
          <th scope="col">Sub-processor</th>
          <th scope="col">Purpose</th>
          <th scope="col">Personal data</th>
          <th scope="col">Location</th>
          <th scope="col">Transfer mechanism</th>
          <th scope="col">Since</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <tr key={s.id}>
            <th scope="row" className="font-semibold">
              <a href={s.website} rel="noopener noreferrer">
                {s.name}
              </a>
            </th>
            <td>{s.purpose}</td>
            <td>
              {s.dataCategories.join(', ')}
              <span className="block text-fg-muted">Subjects: {s.dataSubjects.join(', ')}</span>
            </td>
            <td>{s.locations.map((c) => regionNames.of(c) ?? c).join(', ')}</td>
            <td>{TRANSFER_MECHANISMS[s.transferMechanism]}</td>
            <td className="whitespace-nowrap">
              <time dateTime={s.effectiveFrom}>{formatDate(s.effectiveFrom)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
