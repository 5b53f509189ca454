// Source and rendered diffs for reviews and history. Changes are marked by sign and by words for screen
// readers (+/−, "Added"/"Removed"), never by colour alone.
import { diffArrays, diffLines, diffWordsWithSpace } from 'diff';
import { getConsoleTranslator, type ConsoleTranslator } from '@/lib/i18n/console';

const CONTEXT = 3;

interface Row {
  kind: 'same' | 'added' | 'removed';
  text: string;
  oldLine?: number;
  newLine?: number;
}

function lineRows(before: string, after: string): Row[] {
  const rows: Row[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (const part of diffLines(before, after)) {
    const lines = part.value.replace(/\n$/, '').split('\n');
    for (const text of lines) {
      if (part.added) rows.push({ kind: 'added', text, newLine: newLine++ });
      else if (part.removed) rows.push({ kind: 'removed', text, oldLine: oldLine++ });
      else rows.push({ kind: 'same', text, oldLine: oldLine++, newLine: newLine++ });
    }
  }
  return rows;
}

/** Unchanged runs longer than the context around changes fold into "N unchanged lines". */
function folded(rows: Row[]): (Row | { kind: 'gap'; count: number })[] {
  const near = rows.map((_, i) => rows.slice(Math.max(0, i - CONTEXT), i + CONTEXT + 1).some((r) => r.kind !== 'same'));
  const out: (Row | { kind: 'gap'; count: number })[] = [];
  rows.forEach((row, i) => {
    if (near[i]) out.push(row);
    else {
      const last = out.at(-1);
      if (last?.kind === 'gap') last.count++;
      else out.push({ kind: 'gap', count: 1 });
    }
  });
  return out;
}

const ROW_CLASS = {
  same: '',
  added: 'bg-ok/10',
  removed: 'bg-danger/10',
} as const;

export async function SourceDiff({ before, after, label }: { before: string; after: string; label: string }) {
  const t = await getConsoleTranslator('studio.diff');
  const rows = lineRows(before, after);
  const added = rows.filter((r) => r.kind === 'added').length;
  const removed = rows.filter((r) => r.kind === 'removed').length;
  if (!added && !removed) return <p className="text-sm text-fg-muted">{t('noSourceChanges')}</p>;
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm text-fg-muted">{t('sourceSummary', { label, added, removed })}</figcaption>
      <div className="relative overflow-x-auto rounded-md border border-border">
        <table className="w-full border-collapse font-mono text-xs">
          <caption className="sr-only">{label}</caption>
          <thead className="sr-only">
            <tr>
              <th scope="col">{t('columns.oldLine')}</th>
              <th scope="col">{t('columns.newLine')}</th>
              <th scope="col">{t('columns.change')}</th>
              <th scope="col">{t('columns.text')}</th>
            </tr>
          </thead>
          <tbody>
            {folded(rows).map((row, i) =>
              row.kind === 'gap' ? (
                <tr key={i} className="bg-bg-subtle text-fg-muted">
                  <td colSpan={4} className="px-3 py-1">
                    {t('unchangedLines', { count: row.count })}
                  </td>
                </tr>
              ) : (
                <tr key={i} className={ROW_CLASS[row.kind]}>
                  <td className="w-10 select-none px-2 text-right text-fg-muted">{row.oldLine ?? ''}</td>
                  <td className="w-10 select-none px-2 text-right text-fg-muted">{row.newLine ?? ''}</td>
                  <td className="w-6 select-none px-1 text-center font-bold">
                    {row.kind === 'added' ? (
                      <>
                        <span aria-hidden="true" className="text-ok">
                          +
                        </span>
                        <span className="sr-only">{t('added')}</span>
                      </>
                    ) : null}
                    {row.kind === 'removed' ? (
                      <>
                        <span aria-hidden="true" className="text-danger">
                          −
                        </span>
                        <span className="sr-only">{t('removed')}</span>
                      </>
                    ) : null}
                  </td>
                  <td className="whitespace-pre-wrap break-words px-2 py-0.5">{row.text || ' '}</td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

type Block =
  | { kind: 'same'; text: string }
  | { kind: 'changed'; before: string | null; after: string | null }
  | { kind: 'gap'; count: number };

/** Paragraph-level alignment first (so unchanged paragraphs fold away), then words within changed ones. */
export function renderedBlocks(before: string, after: string): Block[] {
  const blocks: Block[] = [];
  const parts = diffArrays(before.split(/\n{2,}/), after.split(/\n{2,}/));
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.added && !part.removed) {
      for (const text of part.value) blocks.push({ kind: 'same', text });
      continue;
    }
    // A removal followed by an addition: pair them up paragraph by paragraph for a word diff.
    const removed = part.removed ? part.value : [];
    const next = parts[i + 1];
    const added = part.added ? part.value : next?.added ? (i++, next.value) : [];
    for (let k = 0; k < Math.max(removed.length, added.length); k++)
      blocks.push({ kind: 'changed', before: removed[k] ?? null, after: added[k] ?? null });
  }
  // Keep one paragraph of context around each change.
  const near = blocks.map((_, i) => blocks.slice(Math.max(0, i - 1), i + 2).some((b) => b.kind === 'changed'));
  const out: Block[] = [];
  blocks.forEach((block, i) => {
    if (near[i]) out.push(block);
    else {
      const last = out.at(-1);
      if (last?.kind === 'gap') last.count++;
      else out.push({ kind: 'gap', count: 1 });
    }
  });
  return out;
}

function WordDiff({ before, after, t }: { before: string | null; after: string | null; t: ConsoleTranslator }) {
  return (
    <>
      {diffWordsWithSpace(before ?? '', after ?? '').map((part, i) =>
        part.added ? (
          <ins key={i} className="bg-ok/15 underline decoration-2">
            <span className="sr-only">{t('addedWordsStart')}</span>
            {part.value}
            <span className="sr-only">]</span>
          </ins>
        ) : part.removed ? (
          <del key={i} className="bg-danger/15 line-through">
            <span className="sr-only">{t('removedWordsStart')}</span>
            {part.value}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </>
  );
}

/**
 * The text a prospect reads, old against new: changed paragraphs with removed words struck through and
 * added ones underlined, one unchanged paragraph around each change, the rest folded.
 */
export async function RenderedDiff({ before, after }: { before: string | null; after: string | null }) {
  const t = await getConsoleTranslator('studio.diff');
  if (after === null) return <p className="text-sm text-fg-muted">{t('notRenderable')}</p>;
  const blocks = renderedBlocks(before ?? '', after);
  if (!blocks.some((b) => b.kind === 'changed'))
    return <p className="text-sm text-fg-muted">{t('noRenderedChanges')}</p>;
  const changed = blocks.filter((b) => b.kind === 'changed').length;
  return (
    <div className="space-y-2">
      <p className="text-sm text-fg-muted">{t('renderedSummary', { count: changed })}</p>
      <div className="relative divide-y divide-border rounded-md border border-border text-sm leading-relaxed">
        {blocks.map((block, i) =>
          block.kind === 'gap' ? (
            <p key={i} className="bg-bg-subtle px-4 py-1 text-xs text-fg-muted">
              {t('unchangedParagraphs', { count: block.count })}
            </p>
          ) : block.kind === 'same' ? (
            <p key={i} className="px-4 py-2 whitespace-pre-wrap text-fg-muted">
              {block.text}
            </p>
          ) : (
            <p key={i} className="border-l-4 border-link px-4 py-2 whitespace-pre-wrap">
              <span className="sr-only">
                {block.before === null
                  ? t('newParagraph')
                  : block.after === null
                    ? t('removedParagraph')
                    : t('changedParagraph')}
              </span>
              <WordDiff before={block.before} after={block.after} t={t} />
            </p>
          ),
        )}
      </div>
    </div>
  );
}
