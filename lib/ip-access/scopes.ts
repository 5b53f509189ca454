// The three places an organization can restrict by address. URLs, forms and the API say `panel`, `api`,
// `smtp`; the database enum is upper-case.
import type { IpAccessScope } from '@/lib/generated/prisma/enums';

export const SCOPES = ['panel', 'api', 'smtp'] as const;
export type Scope = (typeof SCOPES)[number];

export const SCOPE_INFO: Record<Scope, { title: string; description: string }> = {
  panel: {
    title: 'Panel',
    description: 'The account console and every signed-in page of this website, checked on every request.',
  },
  api: {
    title: 'API',
    description: 'Requests to /api/v1 made with your organization’s API keys.',
  },
  smtp: {
    title: 'SMTP sending',
    description: 'Sending mail through our SMTP servers, which ask this list before accepting a message.',
  },
};

export const toDbScope = (scope: Scope): IpAccessScope => scope.toUpperCase() as IpAccessScope;
export const fromDbScope = (scope: IpAccessScope): Scope => scope.toLowerCase() as Scope;

/** Most rules one scope may hold: far beyond any office or server list, and bounded for the UI. */
export const MAX_RULES_PER_SCOPE = 2000;
