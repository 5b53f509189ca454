'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { SIGNED_IN_HINT_PATTERN } from '@/lib/ui/signed-in-hint';

const hint = new RegExp(SIGNED_IN_HINT_PATTERN);

/** Keeps <html data-signed-in> in step with the hint cookie after client-side navigations (signing in, out). */
export function SignedInMarker() {
  const pathname = usePathname();
  useEffect(() => {
    document.documentElement.toggleAttribute('data-signed-in', hint.test(document.cookie));
  }, [pathname]);
  return null;
}
