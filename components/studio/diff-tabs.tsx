import { getConsoleTranslator } from '@/lib/i18n/console';
import { RenderedDiff, SourceDiff } from './diff-views';
import { Tabs } from './tabs';

/** "Rendered changes" (what prospects will read) and "Source changes" (the MDX) of one revision. */
export async function DiffTabs(props: {
  before: string;
  after: string;
  renderedBefore: string | null;
  renderedAfter: string | null;
  label: string;
}) {
  const t = await getConsoleTranslator('studio.diff');
  return (
    <Tabs
      label={t('tabs')}
      tabs={[
        {
          id: 'rendered',
          title: t('rendered'),
          content: <RenderedDiff before={props.renderedBefore} after={props.renderedAfter} />,
        },
        {
          id: 'source',
          title: t('source'),
          content: <SourceDiff before={props.before} after={props.after} label={props.label} />,
        },
      ]}
    />
  );
}
