// The notification catalogue: every event a user can be told about, who hears of it, and whether it may
// be switched off. Security-critical events always arrive, by email and in the app.

export type Audience = 'user' | 'admins' | 'user-and-admins';

export interface NotificationEventSpec {
  label: string;
  description: string;
  audience: Audience;
  critical: boolean;
  /** About the vendor's own work (the studio): listed only to the vendor's staff. */
  vendorOnly?: boolean;
}

export const NOTIFICATION_EVENTS = {
  'auth.lockout': {
    label: 'Sign-in paused after failed attempts',
    description: 'Several wrong passwords paused sign-in to your account.',
    audience: 'user',
    critical: true,
  },
  'auth.password_changed': {
    label: 'Password changed',
    description: 'Your password was changed or reset.',
    audience: 'user',
    critical: true,
  },
  'auth.new_device': {
    label: 'Sign-in from a new device',
    description: 'Someone signed in to your account from a browser or device not seen before.',
    audience: 'user',
    critical: false,
  },
  'mfa.disabled': {
    label: 'Two-factor authentication turned off',
    description: 'A second factor was removed from an account.',
    audience: 'user-and-admins',
    critical: true,
  },
  'mfa.reset': {
    label: 'Two-factor authentication reset',
    description: "An administrator reset a member's second factors.",
    audience: 'user-and-admins',
    critical: true,
  },
  'mfa.recovery_code_used': {
    label: 'Recovery code used',
    description: 'A recovery code was used to sign in.',
    audience: 'user',
    critical: true,
  },
  'mfa.recovery_codes_regenerated': {
    label: 'New recovery codes',
    description: 'New recovery codes were generated; the old ones stopped working.',
    audience: 'user',
    critical: true,
  },
  'mfa.factor_added': {
    label: 'Second factor added',
    description: 'An authenticator app, passkey or security key was added to your account.',
    audience: 'user',
    critical: true,
  },
  'mfa.code_reused': {
    label: 'Authentication code reused',
    description: 'An authenticator code was tried a second time, which can mean someone saw it.',
    audience: 'user',
    critical: true,
  },
  'user.access_granted': {
    label: 'New user granted access',
    description: 'Someone joined the organization.',
    audience: 'admins',
    critical: false,
  },
  'user.role_raised': {
    label: 'Role raised to administrator',
    description: 'A member was given Admin or Owner rights.',
    audience: 'admins',
    critical: true,
  },
  'ip_access.changed': {
    label: 'IP access rules changed',
    description: 'The IP allowlists of the organization changed.',
    audience: 'admins',
    critical: true,
  },
  'api_key.created': {
    label: 'API key created',
    description: 'A new API key was created for the organization.',
    audience: 'admins',
    critical: false,
  },
  'support_access.granted': {
    label: 'Support access granted',
    description: "The vendor's support staff were given access to the organization.",
    audience: 'admins',
    critical: true,
  },
  'support_access.used': {
    label: 'Support access used',
    description: "The vendor's support staff opened the organization under a grant.",
    audience: 'admins',
    critical: true,
  },
  'content.review_requested': {
    label: 'Page review requested',
    description: 'A colleague asked you to review a change to a trust-center page.',
    audience: 'user',
    critical: false,
    vendorOnly: true,
  },
  'content.review_decided': {
    label: 'Page review decided',
    description: 'Your change to a trust-center page was approved, sent back with requested changes, or published.',
    audience: 'user',
    critical: false,
    vendorOnly: true,
  },
} as const satisfies Record<string, NotificationEventSpec>;

export type NotificationEvent = keyof typeof NOTIFICATION_EVENTS;
