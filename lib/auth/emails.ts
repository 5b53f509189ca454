import { renderMail, type RenderedMail } from '@/lib/mail/render';

// Emails about sign-in and passwords.

export const authEmails = {
  passwordReset(p: { brand: string; name: string; url: string; minutes: number }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `Reset your ${p.brand} password`,
      paragraphs: [
        `Hello ${p.name},`,
        `Someone (hopefully you) asked to reset the password of your ${p.brand} account. The link below works once and expires in ${p.minutes} minutes.`,
        'If you did not ask for this, ignore this email: your password stays as it is.',
      ],
      action: { label: 'Choose a new password', url: p.url },
    });
  },
  passwordChanged(p: {
    brand: string;
    name: string;
    when: string;
    ip: string | null;
    supportEmail: string;
  }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `Your ${p.brand} password was changed`,
      paragraphs: [
        `Hello ${p.name},`,
        `The password of your ${p.brand} account was changed on ${p.when}${p.ip ? ` from ${p.ip}` : ''}. All your other sessions were signed out.`,
        `If this was not you, reset your password now and contact ${p.supportEmail}.`,
      ],
    });
  },
  accountLocked(p: {
    brand: string;
    name: string;
    minutes: number;
    ip: string | null;
    resetUrl: string;
  }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `Sign-in to your ${p.brand} account was paused`,
      paragraphs: [
        `Hello ${p.name},`,
        `We saw several wrong passwords for your account${p.ip ? ` (last from ${p.ip})` : ''}, so sign-in is paused for ${p.minutes} minutes. It resumes by itself.`,
        'If it was not you, your password was not revealed, but consider changing it. If you forgot it, you can reset it.',
      ],
      action: { label: 'Reset your password', url: p.resetUrl },
    });
  },
};
