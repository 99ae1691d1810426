import { CsvError, parse } from 'csv-parse/sync';

/**
 * RFC 4180 CSV, by csv-parse: comma-separated, fields optionally double-quoted, `""` escapes a
 * quote inside a quoted field, quoted fields may span lines, and any of CRLF, LF or CR ends a
 * record. A quote anywhere else (`Say "hi"`, `"x"y`, an unclosed `"x`) is a SyntaxError naming
 * its line: the hand-written parser this replaces kept a stray quote as part of the title.
 * Blank lines are skipped. Each record comes with the line it ends on (1-based).
 */
export function parseCsv(text: string): Array<{ line: number; cells: string[] }> {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    // With `info: true` each record comes wrapped with its position; the typings miss that.
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true, // a short or long row is the caller's per-row error
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    throw new SyntaxError(`${line ? `line ${line}: ` : ''}${error.message}`);
  }
  return records
    .filter(({ record }) => !(record.length === 1 && record[0]!.trim() === ''))
    .map(({ record, info }) => ({ line: info.lines, cells: record }));
}
