// CSV in and out for questionnaires. Reading: RFC 4180 (quoted cells, doubled quotes, CRLF or LF), with
// the separator guessed from the first line (comma, semicolon as European Excel writes, or tab). Writing:
// the same formula-safe cells as the sub-processor register (lib/subprocessors/exports.ts, csvCell).

const SEPARATORS = [',', ';', '\t'] as const;

function guessSeparator(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  let best: string = ',';
  let bestCount = 0;
  for (const sep of SEPARATORS) {
    // Separators inside quotes do not count.
    const count = firstLine.replace(/"[^"]*"/g, '').split(sep).length - 1;
    if (count > bestCount) [best, bestCount] = [sep, count];
  }
  return best;
}

export function parseCsv(text: string): string[][] {
  const sep = guessSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A cell a spreadsheet would run as a formula (= + - @, tab or carriage return first) gets a leading apostrophe. */
export function formulaSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One RFC 4180 cell, formula-safe (as the register's csvCell). */
export function csvCell(value: string): string {
  const safe = formulaSafe(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function writeCsv(rows: string[][]): string {
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
