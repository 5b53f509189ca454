// File types are decided by content (magic bytes), never by the name's extension.

export interface SniffResult {
  ok: true;
  contentType: string;
  extension: string;
}
export interface SniffRefusal {
  ok: false;
  message: string;
}

const starts = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ascii = (b: Uint8Array, from: number, to: number) => Buffer.from(b.subarray(from, to)).toString('latin1');

/** File names inside a ZIP, from its local file headers (enough to tell DOCX from XLSX from any ZIP). */
function zipEntryNames(b: Uint8Array, limit = 200): string[] {
  const names: string[] = [];
  const view = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  let i = 0;
  while (i + 30 <= b.length && names.length < limit) {
    if (view.readUInt32LE(i) !== 0x04034b50) break;
    const compressed = view.readUInt32LE(i + 18);
    const nameLen = view.readUInt16LE(i + 26);
    const extraLen = view.readUInt16LE(i + 28);
    names.push(ascii(b, i + 30, i + 30 + nameLen));
    const flags = view.readUInt16LE(i + 6);
    if (flags & 0x08) break; // sizes follow the data: stop scanning, the names seen so far are enough
    i += 30 + nameLen + extraLen + compressed;
  }
  return names;
}

function isPlainText(b: Uint8Array): boolean {
  const sample = b.subarray(0, 8192);
  if (sample.length === 0) return false;
  for (const c of sample)
    if (c === 0 || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.length === b.length ? sample : b.subarray(0, 8000));
    return true;
  } catch {
    return false;
  }
}

const EXECUTABLE =
  'This file is a program (executable), not a document, whatever its name says. Upload a PDF, PNG, JPEG, Word (DOCX), Excel (XLSX) or plain-text file.';

export function sniffDocument(b: Uint8Array): SniffResult | SniffRefusal {
  if (starts(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { ok: true, contentType: 'application/pdf', extension: 'pdf' };
  if (starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { ok: true, contentType: 'image/png', extension: 'png' };
  if (starts(b, [0xff, 0xd8, 0xff])) return { ok: true, contentType: 'image/jpeg', extension: 'jpg' };
  if (
    starts(b, [0x4d, 0x5a]) ||
    starts(b, [0x7f, 0x45, 0x4c, 0x46]) ||
    starts(b, [0xcf, 0xfa, 0xed, 0xfe]) ||
    starts(b, [0xfe, 0xed, 0xfa, 0xcf]) ||
    starts(b, [0x23, 0x21])
  ) {
    return { ok: false, message: EXECUTABLE };
  }
  if (starts(b, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(b);
    if (names.includes('[Content_Types].xml') || names.some((n) => n.startsWith('word/') || n.startsWith('xl/'))) {
      if (names.some((n) => n.startsWith('word/')))
        return {
          ok: true,
          contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          extension: 'docx',
        };
      if (names.some((n) => n.startsWith('xl/')))
        return {
          ok: true,
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          extension: 'xlsx',
        };
    }
    return {
      ok: false,
      message: 'This ZIP archive is not a Word (DOCX) or Excel (XLSX) document. Archives are not accepted.',
    };
  }
  if (isPlainText(b)) return { ok: true, contentType: 'text/plain; charset=utf-8', extension: 'txt' };
  return {
    ok: false,
    message: 'This file type is not accepted. Upload a PDF, PNG, JPEG, Word (DOCX), Excel (XLSX) or plain-text file.',
  };
}
