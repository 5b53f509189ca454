'use client';

import {
  Children,
  isValidElement,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactElement,
  type ReactNode,
} from 'react';
import { tabIndexForKey } from './tab-keys';

interface TabProps {
  label: string;
  children?: ReactNode;
}

/**
 * <Tabs> with <Tab label="…"> children: the WAI-ARIA tabs pattern (arrow keys, Home and End move
 * between tabs). Every panel is in the HTML — hidden ones only by a class — so search engines, the
 * print stylesheet (which shows them all) and readers without JavaScript (the first tab) get the content.
 */
export function Tabs({ children }: { children?: ReactNode }) {
  const tabs = Children.toArray(children).filter((c): c is ReactElement<TabProps> => isValidElement(c));
  const [active, setActive] = useState(0);
  const id = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const next = tabIndexForKey(event.key, index, tabs.length);
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
    buttons.current[next]?.focus();
  }

  return (
    <div className="my-6 rounded-lg border border-border">
      <div role="tablist" className="flex gap-1 overflow-x-auto border-b border-border px-2 print:hidden">
        {tabs.map((tab, i) => (
          <button
            key={i}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${i}`}
            aria-selected={i === active}
            aria-controls={`${id}-panel-${i}`}
            tabIndex={i === active ? 0 : -1}
            onClick={() => setActive(i)}
            onKeyDown={(e) => onKeyDown(e, i)}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap ${
              i === active ? 'border-link text-fg' : 'border-transparent text-fg-muted hover:text-fg'
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
          className={`px-4 py-1 [&>p]:my-3 ${i === active ? '' : 'hidden print:block'}`}
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
