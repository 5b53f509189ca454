/**
 * Looks like a search box: a plain link to the search page, which works before the page's scripts have
 * loaded and without them. SearchDialogHost (search-dialog-host.tsx) turns a click on it into the search
 * dialog, and shows "⌘K" instead of "Ctrl K" on Apple devices (the server cannot know the platform).
 * One launcher for every screen size: beside the "Menu" on small screens, full width above the sidebar
 * from 64rem. Rendered on the server (no JavaScript of its own) and styled by .trust-launcher in
 * app/(trust)/trust.css, its icon included: short markup, since a cached page carries it twice.
 */
export function SearchLauncher({ href, label, hiddenLabel }: { href: string; label: string; hiddenLabel: string }) {
  return (
    <a href={href} data-search-launcher="" aria-keyshortcuts="Control+K Meta+K" className="trust-launcher">
      <span>
        {label}
        <span className="sr-only">{hiddenLabel}</span>
      </span>
      <kbd data-search-shortcut="" aria-hidden="true">
        Ctrl K
      </kbd>
    </a>
  );
}
