import { getConsoleTranslator } from '@/lib/i18n/console';
import { diffSections } from '@/lib/subprocessors/notices/diff-text';
import type { RegisterDiff } from '@/lib/subprocessors/types';

/** A notice's added, removed and changed sub-processors, in words. */
export async function NoticeDiff({ diff }: { diff: RegisterDiff }) {
  const t = await getConsoleTranslator('account.notices.noticeDiff');
  const sections = diffSections(diff);
  if (!sections.length) return <p className="text-sm">{t('noSubProcessorIs')}</p>;
  return (
    <div className="space-y-4">
      {sections.map((s) => (
        <section key={s.heading} aria-label={s.heading}>
          <h3 className="text-base font-semibold">{s.heading}</h3>
          <ul className="mt-1 list-disc space-y-2 pl-6 text-sm">
            {s.items.map((i) => (
              <li key={i.title}>
                <span className="font-medium">{i.title}</span>
                <ul className="list-[circle] pl-5 text-fg-muted">
                  {i.details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
