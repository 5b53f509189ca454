import { FIELD_LABELS } from '@/lib/subprocessors/diff';
import type { RegisterDiff, SubprocessorSnapshot } from '@/lib/subprocessors/types';
import { formatDate } from '@/lib/ui/format';
import { countryList, fieldValueText, mechanismLabel } from './format';

function Summary({ s }: { s: SubprocessorSnapshot }) {
  return (
    <>
      <span className="font-semibold">{s.legalName}</span>
      <span className="block text-sm text-fg-muted">
        {s.purpose} · {countryList(s.locations)} · {mechanismLabel(s.transferMechanism, s.sccModule)}
      </span>
    </>
  );
}

/** Added, removed and changed sub-processors of one change (notice, history, studio preview). */
export function DiffView({ diff, headingLevel = 3 }: { diff: RegisterDiff; headingLevel?: 2 | 3 | 4 }) {
  const H = `h${headingLevel}` as 'h3';
  return (
    <div className="space-y-4">
      {diff.added.length ? (
        <section>
          <H className="font-semibold text-ok">Added</H>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {diff.added.map((s) => (
              <li key={s.slug}>
                <Summary s={s} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {diff.removed.length ? (
        <section>
          <H className="font-semibold text-danger">Removed</H>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {diff.removed.map((s) => (
              <li key={s.slug}>
                <Summary s={s} />
                {s.effectiveUntil ? (
                  <span className="block text-sm">
                    Last day in use: <time dateTime={s.effectiveUntil}>{formatDate(s.effectiveUntil)}</time>
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {diff.changed.length ? (
        <section>
          <H className="font-semibold">Changed</H>
          <ul className="mt-1 list-disc space-y-2 pl-5">
            {diff.changed.map((c) => (
              <li key={c.slug}>
                <span className="font-semibold">{c.legalName}</span>
                <dl className="mt-1 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                  {c.fields.map((f) => (
                    <div key={f.field} className="contents">
                      <dt className="font-medium">{FIELD_LABELS[f.field]}</dt>
                      <dd>
                        <del className="text-fg-muted">{fieldValueText(f.field, f.before)}</del>
                        {' → '}
                        <ins className="no-underline">{fieldValueText(f.field, f.after)}</ins>
                      </dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
