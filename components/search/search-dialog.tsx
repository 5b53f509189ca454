'use client';

import { useTranslations } from 'use-intl';
import { IntlClientProvider } from '@/components/i18n/intl-client-provider';
import { useLocalePath, usePageLocale } from '@/components/i18n/locale-context';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '@/lib/content/search';
import { Highlighted } from './highlighted';

type State =
  { status: 'idle' | 'loading' } | { status: 'done'; query: string; hits: SearchHit[] } | { status: 'error' };

/** Loaded the first time the dialog opens, with its texts (compiled) and use-intl: no page carries them before. */
export default function SearchDialogWithMessages({
  messages,
  onClose,
}: {
  messages: Record<string, unknown>;
  onClose: () => void;
}) {
  return (
    <IntlClientProvider locale={usePageLocale()} messages={messages}>
      <SearchDialog onClose={onClose} />
    </IntlClientProvider>
  );
}

/**
 * The ⌘K search: a modal <dialog> with a combobox. Results come from /search/suggest as the visitor
 * types; arrow keys move through them, Enter opens one, Escape closes. "See all results" opens the
 * search page, which also works without JavaScript.
 */
function SearchDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const id = useId();
  const [query, setQuery] = useState('');
  const t = useTranslations('search.dialog');
  const href = useLocalePath();
  const [state, setState] = useState<State>({ status: 'idle' });
  const [active, setActive] = useState(0);
  const hits = state.status === 'done' ? state.hits : [];

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    const onCloseEvent = () => onClose();
    el?.addEventListener('close', onCloseEvent);
    return () => el?.removeEventListener('close', onCloseEvent);
  }, [onClose]);

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setState({ status: 'loading' });
      try {
        const res = await fetch(`${href('/search/suggest')}?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (!res.ok) throw new Error(String(res.status));
        const body = (await res.json()) as { hits: SearchHit[] };
        setState({ status: 'done', query: q, hits: body.hits });
        setActive(0);
      } catch (err) {
        if ((err as Error).name !== 'AbortError') setState({ status: 'error' });
      }
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, href]);

  function go(url: string) {
    const target = new URL(url, location.href);
    dialog.current?.close();
    if (target.pathname === location.pathname && target.hash)
      location.hash = target.hash; // fires hashchange
    else router.push(url);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // A search input would use the first Escape to clear itself; here Escape always closes.
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.current?.close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!hits.length) return;
      setActive((i) => (event.key === 'ArrowDown' ? (i + 1) % hits.length : (i - 1 + hits.length) % hits.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[active];
      if (hit) go(hit.url);
      else if (query.trim()) go(`${href('/search')}?q=${encodeURIComponent(query.trim())}`);
    }
  }

  const listId = `${id}-results`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const q = query.trim();
  const message = !q
    ? t('typeToSearch')
    : state.status === 'error'
      ? t('unavailable')
      : state.status === 'done' && state.query === q
        ? hits.length
          ? t('count', { count: hits.length })
          : t('none', { query: q })
        : t('searching');

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      className="fixed inset-x-0 top-0 m-0 mx-auto mt-0 flex max-h-dvh w-full max-w-2xl flex-col overflow-hidden border border-border bg-bg p-0 text-fg shadow-2xl backdrop:bg-black/50 sm:mt-[10vh] sm:max-h-[75vh] sm:rounded-lg [&:not([open])]:hidden"
    >
      <h2 id={`${id}-title`} className="sr-only">
        {t('title')}
      </h2>
      <div className="flex items-center gap-2 border-b border-border px-4 focus-within:ring-2 focus-within:ring-[var(--focus)] focus-within:ring-inset">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          className="h-5 w-5 shrink-0 text-fg-muted"
        >
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <input
          type="search"
          role="combobox"
          aria-label={t('title')}
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-activedescendant={hits.length ? optionId(active) : undefined}
          aria-autocomplete="list"
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            if (!e.target.value.trim()) setState({ status: 'idle' });
          }}
          onKeyDown={onKeyDown}
          placeholder={t('placeholder')}
          className="min-w-0 flex-1 bg-transparent py-4 text-base outline-none! placeholder:text-fg-muted"
        />
        <button
          type="button"
          onClick={() => dialog.current?.close()}
          className="rounded-md border border-border px-2 py-1 text-xs text-fg-muted hover:text-fg"
        >
          Esc<span className="sr-only">{t('close')}</span>
        </button>
      </div>
      <p role="status" className={hits.length ? 'sr-only' : 'px-4 py-6 text-center text-sm text-fg-muted'}>
        {message}
      </p>
      <ul id={listId} role="listbox" aria-label={t('results')} className="min-h-0 flex-1 overflow-y-auto p-2">
        {hits.map((hit, i) => (
          <li
            key={hit.url}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            onMouseMove={() => setActive(i)}
            onClick={() => go(hit.url)}
            className={`cursor-pointer rounded-md px-3 py-2 ${i === active ? 'bg-bg-subtle ring-2 ring-link' : ''}`}
          >
            <span className="block text-xs text-fg-muted">
              {hit.kind === 'faq' ? 'FAQ · ' : ''}
              {hit.sectionTitle}
            </span>
            <span className="block font-medium">
              <Highlighted segments={hit.title} />
            </span>
            <span className="mt-0.5 block text-sm text-fg-muted">
              <Highlighted segments={hit.snippet} />
            </span>
          </li>
        ))}
      </ul>
      {q ? (
        <p className="border-t border-border px-4 py-2 text-sm">
          <a
            href={`${href('/search')}?q=${encodeURIComponent(q)}`}
            onClick={(e) => {
              e.preventDefault();
              go(`${href('/search')}?q=${encodeURIComponent(q)}`);
            }}
          >
            {t('seeAll', { query: q })}
          </a>
        </p>
      ) : null}
    </dialog>
  );
}
