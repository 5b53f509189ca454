import type { ReactNode } from 'react';
import type { NavSection } from '@/lib/content/assemble-site';
import { SearchDialogHost } from '@/components/search/search-dialog-host';
import { SearchLauncher } from '@/components/search/search-launcher';
import { SidebarNav } from './sidebar-nav';

/**
 * The frame of every public page: the section sidebar (a "Menu" disclosure on small screens), the
 * search launcher and the main landmark. `current` is the route to mark in the navigation.
 */
export function TrustShell({ nav, current, children }: { nav: NavSection[]; current: string; children: ReactNode }) {
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-1 gap-8 px-4">
      <aside aria-label="Sections" className="hidden w-64 shrink-0 lg:block print:hidden">
        <div className="sticky top-0 max-h-screen space-y-4 overflow-y-auto py-8 pr-1">
          <SearchLauncher />
          <SidebarNav nav={nav} current={current} />
        </div>
      </aside>
      <div className="min-w-0 flex-1">
        <div className="mt-4 flex items-start gap-2 lg:hidden print:hidden">
          <details className="group min-w-0 flex-1 rounded-md border border-border">
            <summary className="flex cursor-pointer list-none items-center gap-2 px-3 py-2 text-sm font-medium [&::-webkit-details-marker]:hidden">
              <span aria-hidden="true">☰</span> Menu
            </summary>
            <div className="border-t border-border p-2">
              <SidebarNav nav={nav} current={current} />
            </div>
          </details>
          <SearchLauncher compact />
        </div>
        <main id="main" tabIndex={-1} className="py-8 outline-none">
          {children}
        </main>
      </div>
      <SearchDialogHost />
    </div>
  );
}
