import { renderMail, type RenderedMail } from '@/lib/mail/render';

// Emails about second factors. Each says what happened, when, from where, and what to do if it was not you.

interface Common {
  brand: string;
  name: string;
  when: string;
  ip: string | null;
  securityUrl: string;
}

const from = (ip: string | null) => (ip ? ` from ${ip}` : '');

export const mfaEmails = {
  factorAdded(p: Common & { what: string }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `${p.what} added to your ${p.brand} account`,
      paragraphs: [
        `Hello ${p.name},`,
        `${p.what} was added as a second factor to your ${p.brand} account on ${p.when}${from(p.ip)}.`,
        'If this was not you, change your password now, remove it on your security page, and tell your administrator.',
      ],
      action: { label: 'Review your security settings', url: p.securityUrl },
    });
  },
  factorRemoved(
    p: Common & { what: string; subject: string; stillProtected: boolean; forSomeoneElse: boolean },
  ): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: p.forSomeoneElse
        ? `A member removed a second factor (${p.brand})`
        : `${p.what} removed from your ${p.brand} account`,
      paragraphs: [
        `Hello ${p.name},`,
        p.forSomeoneElse
          ? `${p.subject} removed ${p.what.toLowerCase()} from their account on ${p.when}${from(p.ip)}.${p.stillProtected ? '' : ' Two-factor authentication is now off for them.'}`
          : `${p.what} was removed from your ${p.brand} account on ${p.when}${from(p.ip)}.${p.stillProtected ? '' : ' Two-factor authentication is now off for your account.'}`,
        p.forSomeoneElse
          ? 'You receive this because you administer the security of your organization.'
          : 'If this was not you, change your password now and set up two-factor authentication again.',
      ],
      action: { label: 'Open the security page', url: p.securityUrl },
    });
  },
  reset(p: Common & { member: string; admin: string; reason: string; toMember: boolean }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: p.toMember
        ? `Your two-factor authentication was reset (${p.brand})`
        : `Two-factor authentication reset for ${p.member} (${p.brand})`,
      paragraphs: [
        `Hello ${p.name},`,
        p.toMember
          ? `${p.admin}, an administrator of your organization, reset the two-factor authentication of your ${p.brand} account on ${p.when}. Your authenticator app, passkeys, security keys and recovery codes no longer work.`
          : `${p.admin} reset the two-factor authentication of ${p.member} on ${p.when}.`,
        `Reason given: ${p.reason}`,
        p.toMember
          ? 'Sign in with your password and set up two-factor authentication again. If you did not ask for this, contact your administrator.'
          : 'You receive this because you administer the security of your organization.',
      ],
      action: { label: 'Open the security page', url: p.securityUrl },
    });
  },
  recoveryCodeUsed(p: Common & { remaining: number }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `A recovery code was used to sign in to ${p.brand}`,
      paragraphs: [
        `Hello ${p.name},`,
        `A recovery code was used to sign in to your ${p.brand} account on ${p.when}${from(p.ip)}. ${p.remaining === 1 ? '1 code is' : `${p.remaining} codes are`} left.`,
        'If this was not you, change your password and generate new recovery codes now.',
      ],
      action: { label: 'Review your security settings', url: p.securityUrl },
    });
  },
  recoveryCodesRegenerated(p: Common): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `New recovery codes for your ${p.brand} account`,
      paragraphs: [
        `Hello ${p.name},`,
        `New recovery codes were generated for your ${p.brand} account on ${p.when}${from(p.ip)}. The previous codes no longer work.`,
        'If this was not you, change your password now and generate new codes yourself.',
      ],
      action: { label: 'Review your security settings', url: p.securityUrl },
    });
  },
  codeReused(p: Common): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `An authentication code was reused on your ${p.brand} account`,
      paragraphs: [
        `Hello ${p.name},`,
        `An authenticator-app code that had already been used was entered again for your ${p.brand} account on ${p.when}${from(p.ip)}. It was refused.`,
        'If you simply entered it twice, there is nothing to do. Otherwise someone may have seen your code and know your password: change your password now.',
      ],
      action: { label: 'Review your security settings', url: p.securityUrl },
    });
  },
};
