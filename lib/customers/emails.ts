import { renderMail, type RenderedMail } from '@/lib/mail/render';

// Emails to a customer organization's owners about its lifecycle.

type Base = { brand: string; name: string; organization: string; supportEmail: string };

export const customerEmails = {
  suspended(p: Base): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `${p.organization} has been suspended on ${p.brand}`,
      paragraphs: [
        `Hello ${p.name},`,
        `${p.brand} suspended the organization ${p.organization}. Its members were signed out, nobody can sign in to it and its API keys are refused until it is reactivated. Nothing has been deleted.`,
        `To find out why, or to have it reactivated, contact ${p.supportEmail}.`,
      ],
    });
  },
  reactivated(p: Base & { url: string }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `${p.organization} has been reactivated on ${p.brand}`,
      paragraphs: [
        `Hello ${p.name},`,
        `${p.brand} reactivated the organization ${p.organization}. Its members can sign in again and its API keys work again.`,
      ],
      action: { label: 'Sign in', url: p.url },
    });
  },
  deletionScheduled(p: Base & { purgeOn: string }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `${p.organization} will be deleted on ${p.purgeOn}`,
      paragraphs: [
        `Hello ${p.name},`,
        `${p.brand} scheduled the organization ${p.organization} for deletion. It can no longer be used; on ${p.purgeOn} its users, settings, keys and audit log will be removed permanently.`,
        `Until then it can be restored: contact ${p.supportEmail} if this is a mistake.`,
      ],
    });
  },
  restored(p: Base): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `${p.organization} will not be deleted`,
      paragraphs: [
        `Hello ${p.name},`,
        `${p.brand} cancelled the deletion of the organization ${p.organization}. Nothing was removed.`,
      ],
    });
  },
  purged(p: Base): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `${p.organization} has been deleted`,
      paragraphs: [
        `Hello ${p.name},`,
        `The organization ${p.organization} and its data have now been removed permanently from ${p.brand}. This is the last email about it.`,
        `Questions: ${p.supportEmail}.`,
      ],
    });
  },
};
