import { renderMail, type RenderedMail } from '@/lib/mail/render';

// Emails of account self-service: the new address proves itself; the old one is always told.

export const accountEmails = {
  confirmNewEmail(p: { brand: string; name: string; url: string; minutes: number; oldEmail: string }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `Confirm your new email address for ${p.brand}`,
      paragraphs: [
        `Hello ${p.name},`,
        `You asked to move your ${p.brand} account from ${p.oldEmail} to this address. Open the link below to confirm; it works once and expires in ${p.minutes} minutes. Until then you keep signing in with ${p.oldEmail}.`,
        'If you did not ask for this, ignore this email: nothing changes.',
      ],
      action: { label: 'Confirm the new address', url: p.url },
    });
  },
  addressInUse(p: { brand: string }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `Someone tried to use your address for another ${p.brand} account`,
      paragraphs: [
        'Hello,',
        `Someone asked to move another ${p.brand} account to this address. This address already has an account, so nothing was changed.`,
        'If this was you, sign in with this address instead. Otherwise, ignore this email.',
      ],
    });
  },
  changeRequestedNotice(p: {
    brand: string;
    name: string;
    newEmail: string;
    when: string;
    ip: string | null;
    supportEmail: string;
  }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `A change of your ${p.brand} email address was requested`,
      paragraphs: [
        `Hello ${p.name},`,
        `On ${p.when}${p.ip ? ` from ${p.ip}` : ''}, someone signed in to your account asked to change its email address to ${p.newEmail}. This address stays in use until the change is confirmed from the new one.`,
        `If this was not you, change your password now and contact ${p.supportEmail}.`,
      ],
    });
  },
  changedNotice(p: {
    brand: string;
    name: string;
    newEmail: string;
    when: string;
    supportEmail: string;
  }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `Your ${p.brand} email address was changed`,
      paragraphs: [
        `Hello ${p.name},`,
        `On ${p.when}, the email address of your account was changed to ${p.newEmail}. Sign in with that address from now on.`,
        `If this was not you, contact ${p.supportEmail} right away.`,
      ],
    });
  },
  accountDeleted(p: { brand: string; name: string; when: string }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `Your ${p.brand} account was deleted`,
      paragraphs: [
        `Hello ${p.name},`,
        `Your ${p.brand} account was deleted on ${p.when}, as you asked. Every session was signed out.`,
      ],
    });
  },
};
