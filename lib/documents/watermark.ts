import { degrees, PDFDocument, rgb, StandardFonts } from 'pdf-lib';

export interface WatermarkFacts {
  name: string;
  email: string;
  company: string;
  at: Date;
  documentId: string;
}

/** Standard fonts only encode WinAnsi: anything else is replaced rather than failing the download. */
const winAnsi = (s: string) => s.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '?');

export function watermarkLine(f: WatermarkFacts): string {
  return winAnsi(
    `Confidential - ${f.name} <${f.email}>, ${f.company} - ${f.at.toISOString().replace('T', ' ').slice(0, 16)} UTC - ${f.documentId}`,
  );
}

/** Stamps every page with the viewer's identity: a footer line and a faint diagonal mark. */
export async function watermarkPdf(pdf: Uint8Array, facts: WatermarkFacts): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { ignoreEncryption: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const line = watermarkLine(facts);
  for (const page of doc.getPages()) {
    const { width, height } = page.getSize();
    const size = Math.max(5, Math.min(8, (width - 40) / (font.widthOfTextAtSize(line, 1) || 1)));
    page.drawText(line, { x: 20, y: 12, size, font, color: rgb(0.45, 0.1, 0.1) });
    page.drawText(winAnsi(`${facts.email} - ${facts.company}`), {
      x: width * 0.15,
      y: height * 0.3,
      size: 28,
      font,
      color: rgb(0.6, 0.6, 0.6),
      opacity: 0.18,
      rotate: degrees(35),
    });
  }
  doc.setSubject(line);
  return doc.save();
}
