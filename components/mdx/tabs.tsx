import { Children, isValidElement, useId, type ReactElement, type ReactNode } from 'react';

interface TabProps {
  label: string;
  children?: ReactNode;
}

/**
 * <Tabs> with <Tab label="…"> children: the WAI-ARIA tabs pattern (arrow keys, Home and End move
 * between tabs). Every panel is in the HTML — hidden ones only by a class — so search engines, the
 * print stylesheet (which shows them all) and readers without JavaScript (the first tab) get the content.
 * Rendered on the server with the first tab selected; selecting another is done by one listener for the
 * whole content body (components/trust/static-enhance.ts), so no client component is shipped per page.
 */
export function Tabs({ children }: { children?: ReactNode }) {
  const tabs = Children.toArray(children).filter((c): c is ReactElement<TabProps> => isValidElement(c));
  const id = useId();
  return (
    <div className="my-6 rounded-lg border border-border">
      <div role="tablist" className="flex gap-1 overflow-x-auto border-b border-border px-2 print:hidden">
        {tabs.map((tab, i) => (
          <button
            key={i}
            type="button"
            role="tab"
            id={`${id}-tab-${i}`}
            aria-selected={i === 0}
            aria-controls={`${id}-panel-${i}`}
            tabIndex={i === 0 ? 0 : -1}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap ${
              i === 0 ? 'border-link text-fg' : 'border-transparent text-fg-muted hover:text-fg'
            }`}
          >
            {tab.props.label}
          </button>
        ))}
      </div>
      {tabs.map((tab, i) => (
        <div
          key={i}
          role="tabpanel"
          id={`${id}-panel-${i}`}
          aria-labelledby={`${id}-tab-${i}`}
          tabIndex={0}
          className={`px-4 py-1 [&>p]:my-3 ${i === 0 ? '' : 'hidden print:block'}`}
        >
          <p className="hidden font-semibold print:block">{tab.props.label}</p>
          {tab.props.children}
        </div>
      ))}
    </div>
  );
}

/** Holds one tab's label and content; <Tabs> renders it. */
export function Tab({ children }: TabProps) {
  return <>{children}</>;
}
