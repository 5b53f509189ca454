'use client';
import { useEffect, useRef } from 'react';

/** Moves focus to the returned element once `when` turns true, so screen readers announce what replaced a form. */
export function useFocusOn<T extends HTMLElement>(when: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (when) ref.current?.focus();
  }, [when]);
  return ref;
}
