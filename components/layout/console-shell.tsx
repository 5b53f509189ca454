import { signOutAndRedirect } from '@/app/(auth)/actions';
import { ConsoleNav, type NavItem } from './console-nav';

/** Shared frame of the signed-in areas: who is signed in, where, the navigation, and sign-out. */
export function ConsoleShell(props: {
  area: string;
  navLabel: string;
  items: NavItem[];
  user: { name: string; email: string };
  organization: string | null;
  role: string | null;
  /** The area's words from its catalogue (the account console passes them; English otherwise). */
  signOutLabel?: string;
  unreadLabel?: string;
  /** Shown above everything on every page, e.g. the support-session banner. */
  banner?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <>
      {props.banner}
      <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col gap-6 px-4 py-8 md:flex-row">
        <aside className="no-print md:w-60 md:shrink-0">
          <div className="mb-4 rounded-md border border-border p-3 text-sm">
            <p className="font-semibold">{props.user.name}</p>
            <p className="break-all text-fg-muted">{props.user.email}</p>
            {props.organization ? (
              <p className="mt-1 text-fg-muted">
                {props.organization}
                {props.role ? ` · ${props.role}` : ''}
              </p>
            ) : null}
            <form action={signOutAndRedirect} className="mt-3">
              <button type="submit" className="text-sm text-link underline">
                {props.signOutLabel ?? 'Sign out'}
              </button>
            </form>
          </div>
          <p className="mb-2 px-3 text-xs font-semibold uppercase tracking-wide text-fg-muted">{props.area}</p>
          <ConsoleNav label={props.navLabel} items={props.items} unreadLabel={props.unreadLabel} />
        </aside>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 outline-none">
          {props.children}
        </main>
      </div>
    </>
  );
}
