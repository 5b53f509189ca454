'use client';

import { useEffect, useState } from 'react';
import type { PageHeading } from '@/lib/content/extract';
import { TocList } from './toc-list';

/** Headings whose top is above this line (px from the viewport's top) count as "being read". */
const READING_LINE = 120;

/**
 * "On this page" with scroll-spy: the heading of the section being read is marked (aria-current).
 * The links are plain fragment links, so the list works before (and without) JavaScript.
 */
export function TableOfContents({ headings }: { headings: PageHeading[] }) {
  const [active, setActive] = useState<string | null>(null);

  useEffect(() => {
    const elements = headings.map((h) => document.getElementById(h.id)).filter((e): e is HTMLElement => !!e);
    let frame = 0;
    const update = () => {
      frame = 0;
      let current: string | null = elements[0]?.id ?? null;
      for (const el of elements) {
        if (el.getBoundingClientRect().top <= READING_LINE) current = el.id;
        else break;
      }
      // At the very bottom the last sections may never reach the line: the last one is being read.
      if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) current = elements.at(-1)?.id ?? current;
      setActive(current);
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
  }, [headings]);

  return <TocList headings={headings} active={active} />;
}
