// The click-through NDA shown on the request form. Changing the text means a new version: every
// acceptance is stored with the version it was given for.

export const NDA = {
  version: '2026-01',
  title: 'Mutual non-disclosure terms for trust-center documents',
  paragraphs: [
    'The documents you request contain confidential information about our security programme. You receive them only to assess our services for your organization.',
    'You will not share them outside your organization, except with your advisers bound by confidentiality, and you will delete them when you no longer need them for that purpose.',
    'Each copy is marked with your name, email address and company, and every download is recorded.',
    'These terms last for three years from acceptance and are governed by the law agreed in any contract between us, or else the law of our registered seat.',
  ],
} as const;
