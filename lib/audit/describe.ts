import 'server-only';
import { getConsoleTranslator } from '@/lib/i18n/console';
import { AUDIT_ACTIONS, type AuditAction } from './catalogue';

// Words for the viewer: what an action means, in one line a customer understands. They live in the message
// catalogue (messages/<locale>/account.json, `account.audit.actions.<action>`, the action's dots nesting the
// keys), so a later language is data, not code; tests/unit/audit-descriptions.test.ts fails when an action of
// the catalogue has no description there (or a description names no action), so the catalogue stays documented.

export const ACTION_DESCRIPTIONS_NAMESPACE = 'account.audit.actions';

/** "auth.signin.failed" → "Auth signin failed": an action name the catalogue does not know (older events). */
const humanize = (action: string) => action.replace(/[._]/g, ' ').replace(/^\w/, (c) => c.toUpperCase());

const known = (action: string): action is AuditAction => Object.hasOwn(AUDIT_ACTIONS, action);

/** describe(action): the action's description in the request's language. */
export async function getActionDescriber(): Promise<(action: string) => string> {
  const t = await getConsoleTranslator(ACTION_DESCRIPTIONS_NAMESPACE);
  return (action) => (known(action) && t.has(action) ? t(action) : humanize(action));
}
