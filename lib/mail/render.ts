// The one email layout: plain text and HTML from the same paragraphs. Values are escaped for HTML; links
// must be built from APP_URL (getConfig().appUrl), never from request headers.

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function renderMail(p: {
  brand: string;
  subject: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer?: string;
  /** The signature in the recipient's language (lib/i18n: emails.sign); English by default. */
  sign?: string;
}): RenderedMail {
  const sign = p.sign ?? `— ${p.brand} Trust Center`;
  const text = [
    ...p.paragraphs,
    ...(p.action ? [`${p.action.label}: ${p.action.url}`] : []),
    '',
    sign,
    ...(p.footer ? [p.footer] : []),
  ].join('\n\n');
  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111827">',
    ...p.paragraphs.map((x) => `<p>${escapeHtml(x)}</p>`),
    p.action ? `<p><a href="${escapeHtml(p.action.url)}">${escapeHtml(p.action.label)}</a></p>` : '',
    `<p style="color:#4b5563">${escapeHtml(sign)}</p>`,
    p.footer ? `<p style="color:#6b7280;font-size:12px">${escapeHtml(p.footer)}</p>` : '',
    '</body></html>',
  ].join('');
  return { subject: p.subject, text, html };
}
