/**
 * Looks like a search box: a plain link to the search page, which works before the page's scripts have
 * loaded and without them. SearchDialogHost (search-dialog-host.tsx) turns a click on it into the search
 * dialog, and shows "⌘K" instead of "Ctrl K" on Apple devices (the server cannot know the platform).
 * One launcher for every screen size: beside the "Menu" on small screens, full width above the sidebar
 * from 64rem. Rendered on the server: no JavaScript of its own in the page.
 */
export function SearchLauncher({ href, label, hiddenLabel }: { href: string; label: string; hiddenLabel: string }) {
  return (
    <a
      href={href}
      data-search-launcher=""
      aria-keyshortcuts="Control+K Meta+K"
      className="trust-launcher flex items-center gap-2 rounded-md border border-border bg-bg px-3 py-2 text-sm text-fg-muted! no-underline! hover:border-link hover:text-fg!"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        className="h-4 w-4 shrink-0"
      >
        <circle cx="11" cy="11" r="7" />
        <path d="m20 20-3.5-3.5" />
      </svg>
      <span className="lg:flex-1">
        {label}
        <span className="sr-only">{hiddenLabel}</span>
      </span>
      <kbd
        data-search-shortcut=""
        className="hidden rounded border border-border px-1.5 font-sans text-xs lg:inline"
        aria-hidden="true"
      >
        Ctrl K
      </kbd>
    </a>
  );
}
