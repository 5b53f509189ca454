import zlib from 'node:zlib';
import { AppError } from '@/lib/errors';

// What a questionnaire upload may be, decided from its bytes (never its name): an Office Open XML
// workbook without macros, or CSV text. Everything else is refused with a reason the uploader can act on.
// Pure (no database): the integration tests and the demo script use it directly.

export const QUESTIONNAIRE_MAX_BYTES = 10 * 1024 * 1024;
export const QUESTIONNAIRE_MAX_ROWS = 5000;
/** A workbook whose parts unpack to more than this is refused before exceljs inflates it (zip bombs). */
export const QUESTIONNAIRE_MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

export type SpreadsheetFormat = 'xlsx' | 'csv';

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const starts = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

/** The entries of a ZIP archive from its central directory, or null when there is none to read. */
export function zipEntries(b: Uint8Array): ZipEntry[] | null {
  const view = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  // End of central directory: 22 bytes plus a comment of up to 64 KiB, at the end of the file.
  let eocd = -1;
  for (let i = view.length - 22; i >= Math.max(0, view.length - 22 - 65535); i--) {
    if (view.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.readUInt16LE(eocd + 10);
  let at = view.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > view.length || view.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLen = view.readUInt16LE(at + 28);
    const extraLen = view.readUInt16LE(at + 30);
    const commentLen = view.readUInt16LE(at + 32);
    entries.push({
      method: view.readUInt16LE(at + 10),
      compressedSize: view.readUInt32LE(at + 20),
      size: view.readUInt32LE(at + 24),
      localHeader: view.readUInt32LE(at + 42),
      name: view.toString('utf8', at + 46, at + 46 + nameLen),
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** One small entry's text (stored or deflated), or null. */
function entryText(b: Uint8Array, e: ZipEntry): string | null {
  const view = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  if (e.localHeader + 30 > view.length || view.readUInt32LE(e.localHeader) !== 0x04034b50) return null;
  const start = e.localHeader + 30 + view.readUInt16LE(e.localHeader + 26) + view.readUInt16LE(e.localHeader + 28);
  const data = view.subarray(start, start + e.compressedSize);
  try {
    if (e.method === 0) return data.toString('utf8');
    if (e.method === 8) return zlib.inflateRawSync(data, { maxOutputLength: 4 * 1024 * 1024 }).toString('utf8');
  } catch {
    return null;
  }
  return null;
}

function isText(b: Uint8Array): boolean {
  const sample = b.subarray(0, 64 * 1024);
  for (const c of sample) if (c === 0 || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    // Excel on Windows saves "CSV" as Windows-1252: accepted when every byte is printable.
    return [...sample].every((c) => c >= 0x20 || c === 0x09 || c === 0x0a || c === 0x0d);
  }
}

/**
 * The format of an upload, or an AppError saying why it is refused: too large, empty, an OLE compound file
 * (D0 CF 11 E0: Excel encrypts a password-protected workbook into one; old .xls is one too), a workbook
 * with a VBA project (.xlsm), a ZIP that is not a workbook, or binary data.
 */
export function checkQuestionnaireFile(bytes: Uint8Array): SpreadsheetFormat {
  if (bytes.length === 0) throw new AppError('QUESTIONNAIRE_FILE_EMPTY');
  if (bytes.length > QUESTIONNAIRE_MAX_BYTES)
    throw new AppError('QUESTIONNAIRE_FILE_TOO_LARGE', { limit: mb(QUESTIONNAIRE_MAX_BYTES) });
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) throw new AppError('QUESTIONNAIRE_ENCRYPTED');
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const entries = zipEntries(bytes);
    if (!entries) throw new AppError('QUESTIONNAIRE_UNREADABLE');
    const names = entries.map((e) => e.name);
    if (names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n) || /^xl\/macrosheets\//i.test(n)))
      throw new AppError('QUESTIONNAIRE_MACROS');
    const types = entries.find((e) => e.name === '[Content_Types].xml');
    if (!types || !names.some((n) => n.startsWith('xl/'))) throw new AppError('QUESTIONNAIRE_NOT_SPREADSHEET');
    const typesXml = entryText(bytes, types);
    if (typesXml === null) throw new AppError('QUESTIONNAIRE_UNREADABLE');
    if (/macroEnabled|vbaProject/i.test(typesXml)) throw new AppError('QUESTIONNAIRE_MACROS');
    if (!/spreadsheetml/i.test(typesXml)) throw new AppError('QUESTIONNAIRE_NOT_SPREADSHEET');
    const unpacked = entries.reduce((sum, e) => sum + e.size, 0);
    if (unpacked > QUESTIONNAIRE_MAX_UNPACKED_BYTES)
      throw new AppError('QUESTIONNAIRE_UNPACKS_TOO_LARGE', { limit: mb(QUESTIONNAIRE_MAX_UNPACKED_BYTES) });
    return 'xlsx';
  }
  if (isText(bytes)) return 'csv';
  throw new AppError('QUESTIONNAIRE_NOT_SPREADSHEET');
}
