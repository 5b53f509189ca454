import type { BuiltInRole } from '@/lib/access/permissions';

// The demo world: one vendor (Acme Mail) and two customers. Listed in README; password for all below.
export const DEMO_PASSWORD = 'demo-Trust-center-2026';

export const DEMO_ORGANIZATIONS = [
  { slug: 'acme-mail', name: 'Acme Mail', kind: 'VENDOR' },
  { slug: 'globex', name: 'Globex', kind: 'CUSTOMER' },
  { slug: 'initech', name: 'Initech', kind: 'CUSTOMER' },
] as const;

export const DEMO_USERS: { email: string; name: string; org: string; role: BuiltInRole }[] = [
  { email: 'owner@globex.example', name: 'Gina Owens', org: 'globex', role: 'owner' },
  { email: 'admin@globex.example', name: 'Adam Alvarez', org: 'globex', role: 'admin' },
  { email: 'member@globex.example', name: 'Mia Moreno', org: 'globex', role: 'member' },
  { email: 'owner@initech.example', name: 'Ivan Ortega', org: 'initech', role: 'owner' },
  // The vendor's own owner: manages the vendor's staff and its customer organizations.
  { email: 'owner@acme.example', name: 'Omar Achebe', org: 'acme-mail', role: 'owner' },
  { email: 'compliance@acme.example', name: 'Clara Compton', org: 'acme-mail', role: 'compliance_editor' },
  // A second editor, so the four-eyes publishing flow can be shown: one edits, the other approves and publishes.
  { email: 'legal@acme.example', name: 'Lena Brandt', org: 'acme-mail', role: 'compliance_editor' },
  { email: 'support@acme.example', name: 'Sam Porter', org: 'acme-mail', role: 'support' },
];

/** Example SMTP allowlist entries for Globex (documentation addresses). The list stays off: nobody is blocked. */
export const DEMO_IP_RULES: { org: string; scope: 'PANEL' | 'API' | 'SMTP'; cidr: string; label: string }[] = [
  { org: 'globex', scope: 'SMTP', cidr: '203.0.113.0/24', label: 'Office (example)' },
  { org: 'globex', scope: 'SMTP', cidr: '2001:db8:6b::/48', label: 'Mail servers (example)' },
];
