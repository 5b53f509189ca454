import { renderMail, type RenderedMail } from '@/lib/mail/render';

// Emails of self-service sign-up. Both say what to do if the reader did not ask for them.

export const signupEmails = {
  verify(p: { brand: string; url: string; minutes: number }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `Confirm your email to create your ${p.brand} account`,
      paragraphs: [
        'Hello,',
        `Someone (hopefully you) asked to create a ${p.brand} Trust Center account for this address. Open the link below to confirm the address, name your organization and choose a password. It works once and expires in ${p.minutes} minutes.`,
        'If you did not ask for this, ignore this email: no account is created.',
      ],
      action: { label: 'Confirm and create your account', url: p.url },
    });
  },
  alreadyHaveAccount(p: { brand: string; name: string; signInUrl: string; resetUrl: string }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `You already have an account with ${p.brand}`,
      paragraphs: [
        `Hello ${p.name},`,
        `Someone (hopefully you) tried to sign up for ${p.brand} with this address, but you already have an account, so no new one was created.`,
        `Sign in at ${p.signInUrl}. If you forgot your password, you can choose a new one at ${p.resetUrl}.`,
        'If you did not try to sign up, ignore this email: nothing changed.',
      ],
      action: { label: 'Sign in', url: p.signInUrl },
    });
  },
};
