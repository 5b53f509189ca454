'use client';

import { useEffect } from 'react';

/** Headings whose top is above this line (px from the viewport's top) count as "being read". */
const READING_LINE = 120;

/**
 * Scroll-spy for "On this page": marks the link of the section being read (aria-current="location").
 * The list itself is server-rendered (TocList); this island gets only the list's id and finds the
 * links and headings in the document, so the headings are not shipped a third time as props.
 */
export function TocScrollSpy({ listId }: { listId: string }) {
  useEffect(() => {
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
  }, [listId]);
  return null;
}
