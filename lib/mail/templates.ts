// Plain-text and HTML bodies for every email the product sends. Values are escaped for HTML; links are
// built from APP_URL only, never from request headers.

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function layout(brand: string, paragraphs: string[], action?: { label: string; url: string }): { text: string; html: string } {
  const text = [...paragraphs, ...(action ? [`${action.label}: ${action.url}`] : []), '', `— ${brand} Trust Center`].join('\n\n');
  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111827">',
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    action ? `<p><a href="${escapeHtml(action.url)}">${escapeHtml(action.label)}</a></p>` : '',
    `<p style="color:#4b5563">— ${escapeHtml(brand)} Trust Center</p>`,
    '</body></html>',
  ].join('');
  return { text, html };
}

export const mailTemplates = {
  passwordReset(p: { brand: string; name: string; url: string; minutes: number }): RenderedMail {
    return {
      subject: `Reset your ${p.brand} password`,
      ...layout(
        p.brand,
        [
          `Hello ${p.name},`,
          `Someone (hopefully you) asked to reset the password of your ${p.brand} account. The link below works once and expires in ${p.minutes} minutes.`,
          'If you did not ask for this, ignore this email: your password stays as it is.',
        ],
        { label: 'Choose a new password', url: p.url },
      ),
    };
  },
  passwordChanged(p: { brand: string; name: string; when: string; ip: string | null; supportEmail: string }): RenderedMail {
    return {
      subject: `Your ${p.brand} password was changed`,
      ...layout(p.brand, [
        `Hello ${p.name},`,
        `The password of your ${p.brand} account was changed on ${p.when}${p.ip ? ` from ${p.ip}` : ''}. All your other sessions were signed out.`,
        `If this was not you, reset your password now and contact ${p.supportEmail}.`,
      ]),
    };
  },
  accountLocked(p: { brand: string; name: string; minutes: number; ip: string | null; resetUrl: string }): RenderedMail {
    return {
      subject: `Sign-in to your ${p.brand} account was paused`,
      ...layout(
        p.brand,
        [
          `Hello ${p.name},`,
          `We saw several wrong passwords for your account${p.ip ? ` (last from ${p.ip})` : ''}, so sign-in is paused for ${p.minutes} minutes. It resumes by itself.`,
          'If it was not you, your password was not revealed, but consider changing it. If you forgot it, you can reset it.',
        ],
        { label: 'Reset your password', url: p.resetUrl },
      ),
    };
  },
};

export type MailTemplate = keyof typeof mailTemplates;
