import { ActionForm } from '@/components/questionnaires/action-form';
import { Button } from '@/components/ui/button';
import type { QuestionnaireMapping, SheetSummary } from '@/lib/questionnaires/mapping';
import { getConsoleTranslator } from '@/lib/i18n/console';
import { processQuestionnaireAction } from '../actions';

const CONTROL = 'rounded-md border border-border bg-bg px-2 py-1 text-sm';

/** Where the questions are: proposed at upload, confirmed (or changed) by staff before processing. */
export async function MappingForm({
  questionnaireId,
  mapping,
  sheets,
  processed,
}: {
  questionnaireId: string;
  mapping: QuestionnaireMapping;
  sheets: SheetSummary[];
  processed: boolean;
}) {
  const t = await getConsoleTranslator('studio.questionnaires.mapping');
  const sheet = sheets.find((s) => s.name === mapping.sheetName) ?? sheets[0]!;
  const width = Math.max(...sheets.map((s) => s.columns.length));
  const columns = Array.from({ length: width }, (_, i) => {
    const c = sheet.columns[i];
    const letter = c?.letter ?? sheets.find((s) => s.columns[i])!.columns[i]!.letter;
    const what = c?.header || c?.sample || t('empty');
    return { index: i + 1, label: `${letter}: ${what.length > 50 ? `${what.slice(0, 50)}…` : what}` };
  });
  const select = (name: string, label: string, value: number | null, optional = false) => (
    <label className="flex flex-col text-sm">
      {label}
      <select name={name} defaultValue={value ?? ''} className={CONTROL}>
        {optional ? <option value="">{t('none')}</option> : null}
        {columns.map((c) => (
          <option key={c.index} value={c.index}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <ActionForm action={processQuestionnaireAction} className="space-y-4" label={t('label')}>
      <input type="hidden" name="questionnaireId" value={questionnaireId} />
      <div className="flex flex-wrap items-end gap-4">
        <label className="flex flex-col text-sm">
          {t('sheet')}
          <select name="sheetName" defaultValue={mapping.sheetName} className={CONTROL}>
            {sheets.map((s) => (
              <option key={s.name} value={s.name}>
                {t('sheetOption', { name: s.name, rows: s.rowCount })}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          {t('headerRow')}
          <input
            name="headerRow"
            type="number"
            min={0}
            max={5000}
            defaultValue={mapping.headerRow}
            className={`${CONTROL} w-24`}
          />
        </label>
        {select('questionColumn', t('questionColumn'), mapping.questionColumn)}
        {select('answerColumn', t('answerColumn'), mapping.answerColumn)}
        {select('commentColumn', t('commentColumn'), mapping.commentColumn, true)}
      </div>
      <p className="text-sm text-fg-muted">
        {t('note')}
        {processed ? t('noteProcessed') : null}
      </p>
      <Button type="submit">{processed ? t('processAgain') : t('suggest')}</Button>
    </ActionForm>
  );
}
