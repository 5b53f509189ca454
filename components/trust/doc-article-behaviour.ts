/** Headings whose top is above this line (px from the viewport's top) count as "being read". */
const READING_LINE = 120;

/** Starts a content page's behaviour (doc-article-effects.tsx); returns the cleanup. */
export function startDocArticleBehaviour(tocListId: string | undefined): () => void {
  const stopFaq = openLinkedAnswers();
  const stopToc = tocListId ? spyOnContents(tocListId) : undefined;
  return () => {
    stopFaq();
    stopToc?.();
  };
}

/** Opens the FAQ answer a link points to (/faq#faq-data-location), on arrival and when the fragment changes. */
function openLinkedAnswers(): () => void {
  function open() {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (target instanceof HTMLDetailsElement && !target.open) {
      target.open = true;
      target.scrollIntoView({ block: 'start' });
    }
  }
  open();
  window.addEventListener('hashchange', open);
  // The print stylesheet cannot open <details>: open all of them while printing.
  const opened: HTMLDetailsElement[] = [];
  const beforePrint = () => {
    for (const d of document.querySelectorAll('details:not([open])')) {
      (d as HTMLDetailsElement).open = true;
      opened.push(d as HTMLDetailsElement);
    }
  };
  const afterPrint = () => opened.splice(0).forEach((d) => (d.open = false));
  window.addEventListener('beforeprint', beforePrint);
  window.addEventListener('afterprint', afterPrint);
  return () => {
    window.removeEventListener('hashchange', open);
    window.removeEventListener('beforeprint', beforePrint);
    window.removeEventListener('afterprint', afterPrint);
  };
}

/**
 * Scroll-spy for "On this page": marks the link of the section being read (aria-current="location"). The
 * list is server-rendered (TocList); the links and headings are found in the document, not shipped as props.
 */
function spyOnContents(listId: string): () => void {
  const links = [...(document.getElementById(listId)?.querySelectorAll<HTMLAnchorElement>('a[href^="#"]') ?? [])];
  const entries = links
    .map((link) => ({ link, heading: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
    .filter((e): e is { link: HTMLAnchorElement; heading: HTMLElement } => !!e.heading);
  let frame = 0;
  const update = () => {
    frame = 0;
    let current = entries[0];
    for (const entry of entries) {
      if (entry.heading.getBoundingClientRect().top <= READING_LINE) current = entry;
      else break;
    }
    // At the very bottom the last sections may never reach the line: the last one is being read.
    if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2)
      current = entries.at(-1) ?? current;
    for (const entry of entries) {
      if (entry === current) entry.link.setAttribute('aria-current', 'location');
      else entry.link.removeAttribute('aria-current');
    }
  };
  const onScroll = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  update();
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('hashchange', update);
  return () => {
    window.removeEventListener('scroll', onScroll);
    window.removeEventListener('hashchange', update);
    if (frame) cancelAnimationFrame(frame);
  };
}
