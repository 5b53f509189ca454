import { renderMail, type RenderedMail } from '@/lib/mail/render';

// Emails to prospects who request gated documents. Links come from APP_URL (lib/mail/render.ts).

export const documentEmails = {
  verify(p: { brand: string; name: string; url: string; hours: number }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `Confirm your email to request ${p.brand} documents`,
      paragraphs: [
        `Hello ${p.name},`,
        `Please confirm this is your email address so we can process your request for documents. The link works for ${p.hours} hours.`,
        'If you did not ask for documents, ignore this email.',
      ],
      action: { label: 'Confirm my email address', url: p.url },
    });
  },
  granted(p: { brand: string; name: string; url: string; expires: string; documents: string[] }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `Your access to ${p.brand} documents`,
      paragraphs: [
        `Hello ${p.name},`,
        `You can now open: ${p.documents.join(', ')}.`,
        `Your access lasts until ${p.expires}. The link below works once and opens the documents in your browser; every copy is marked with your name.`,
      ],
      action: { label: 'Open the documents', url: p.url },
    });
  },
  denied(p: { brand: string; name: string; message: string }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `Your request for ${p.brand} documents`,
      paragraphs: [
        `Hello ${p.name},`,
        'We cannot give you access to the documents you asked for.',
        `Message from our team: ${p.message}`,
      ],
    });
  },
  received(p: { brand: string; name: string }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `We received your request for ${p.brand} documents`,
      paragraphs: [
        `Hello ${p.name},`,
        'Thank you for confirming your email. Our team reviews requests on working days; you will get an email with a link as soon as access is granted.',
      ],
    });
  },
};
