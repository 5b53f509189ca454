import { RenderedDiff, SourceDiff } from './diff-views';
import { Tabs } from './tabs';

/** "Rendered changes" (what prospects will read) and "Source changes" (the MDX) of one revision. */
export function DiffTabs(props: {
  before: string;
  after: string;
  renderedBefore: string | null;
  renderedAfter: string | null;
  label: string;
}) {
  return (
    <Tabs
      label="Changes"
      tabs={[
        {
          id: 'rendered',
          title: 'Rendered changes',
          content: <RenderedDiff before={props.renderedBefore} after={props.renderedAfter} />,
        },
        {
          id: 'source',
          title: 'Source changes',
          content: <SourceDiff before={props.before} after={props.after} label={props.label} />,
        },
      ]}
    />
  );
}
