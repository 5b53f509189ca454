/**
 * The interactive bits of content, for a part sent as HTML only and for one rendered by React alike
 * (static-slot.tsx), through listeners on the part itself (no inline handlers: the CSP allows none):
 * heading and FAQ "copy link" anchors (components/mdx/copy-link.tsx), <Tabs> (components/mdx/tabs.tsx,
 * rendered with the first tab selected) and same-site links, which navigate client-side like next/link
 * (a next/link handles its own click first). Returns the cleanup.
 */
export function enhanceStaticHtml(root: HTMLElement, navigate: (href: string) => void): () => void {
  function onClick(event: MouseEvent) {
    if (event.defaultPrevented || event.button !== 0) return;
    const target = event.target instanceof Element ? event.target : null;
    const tab = target?.closest<HTMLElement>('[role="tab"]');
    if (tab && root.contains(tab)) return selectTab(tab, false);
    const link = target?.closest<HTMLAnchorElement>('a[href]');
    if (!link || !root.contains(link)) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (link.classList.contains('trust-copy-link')) return void copyLink(event, link);
    const href = link.getAttribute('href')!;
    if (href.startsWith('/') && !href.startsWith('//') && !link.target && !link.hasAttribute('download')) {
      event.preventDefault();
      navigate(href);
    }
  }
  function onKeyDown(event: KeyboardEvent) {
    const tab = event.target instanceof Element ? event.target.closest<HTMLElement>('[role="tab"]') : null;
    if (!tab || !root.contains(tab)) return;
    const tabs = tabsOf(tab);
    const index = tabs.indexOf(tab);
    const last = tabs.length - 1;
    const next = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    selectTab(tabs[next]!, true);
  }
  root.addEventListener('click', onClick);
  root.addEventListener('keydown', onKeyDown);
  return () => {
    root.removeEventListener('click', onClick);
    root.removeEventListener('keydown', onKeyDown);
  };
}

function tabsOf(tab: HTMLElement): HTMLElement[] {
  return [...(tab.closest('[role="tablist"]')?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])];
}

// The classes components/mdx/tabs.tsx gives a selected and an unselected tab.
const SELECTED = ['border-link', 'text-fg'];
const UNSELECTED = ['border-transparent', 'text-fg-muted', 'hover:text-fg'];

function selectTab(selected: HTMLElement, focus: boolean) {
  for (const tab of tabsOf(selected)) {
    const on = tab === selected;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    tab.classList.remove(...(on ? UNSELECTED : SELECTED));
    tab.classList.add(...(on ? SELECTED : UNSELECTED));
    const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
    panel?.classList.toggle('hidden', !on);
    panel?.classList.toggle('print:block', !on);
  }
  if (focus) selected.focus();
}

async function copyLink(event: MouseEvent, link: HTMLAnchorElement) {
  if (!navigator.clipboard) return;
  event.preventDefault();
  const id = link.getAttribute('href')!.slice(1);
  history.replaceState(history.state, '', `#${id}`);
  const status = link.querySelector('[role="status"]');
  try {
    await navigator.clipboard.writeText(`${location.origin}${location.pathname}#${id}`);
    link.dataset.copied = '';
    if (status) status.textContent = link.dataset.copiedText ?? 'Link copied';
    setTimeout(() => {
      delete link.dataset.copied;
      if (status) status.textContent = '';
    }, 2000);
  } catch {
    location.hash = id; // clipboard refused: at least the address bar shows the link
  }
}
