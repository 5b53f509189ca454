// The abuse-report form's choices and limits: plain constants, so the browser's form can import them
// without the validation library (lib/validation/abuse.ts builds the schema from them).

export const ABUSE_CATEGORIES = {
  spam: 'Spam or unsolicited email',
  phishing: 'Phishing or credential theft',
  malware: 'Malware or a malicious attachment',
  impersonation: 'A message pretending to come from us',
  fraud: 'Fraud or a scam by SMS, push or email',
  other: 'Something else',
} as const;

export type TAbuseCategory = keyof typeof ABUSE_CATEGORIES;

export const ABUSE_LIMITS = { evidence: 20_000, description: 5_000, descriptionMin: 10 } as const;
