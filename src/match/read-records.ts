/**
 * Reads sector records from a CSV or NDJSON file one at a time, never the whole file: each non-empty line is one
 * record (CSV after its header row), numbered from 1. A line that cannot be read is yielded as a problem, not thrown.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export const inputFormats = ['csv', 'ndjson'] as const;
export type InputFormat = (typeof inputFormats)[number];

/** One line of input: the record it holds, or why it holds none. */
export type InputLine = { readonly record: number; readonly value: Record<string, unknown> } | { readonly record: number; readonly problem: string };

/** The format a file name suggests: `.csv` is CSV, anything else NDJSON. */
export const formatOfPath = (path: string): InputFormat => (/\.csv$/i.test(path) ? 'csv' : 'ndjson');

/** Splits one CSV line (RFC 4180 quoting, fields on one line); undefined when a quote is left open. */
export function splitCsvLine(line: string): string[] | undefined {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const close = line.indexOf('"', i);
        if (close < 0) return undefined;
        value += line.slice(i, close);
        if (line[close + 1] === '"') {
          value += '"';
          i = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      fields.push(value);
      if (i >= line.length) return fields;
      if (line[i] !== ',') return undefined;
      i++;
    } else {
      const comma = line.indexOf(',', i);
      if (comma < 0) {
        fields.push(line.slice(i));
        return fields;
      }
      fields.push(line.slice(i, comma));
      i = comma + 1;
    }
  }
}

/** A CSV row as a record: empty cells left out, dotted columns (`ThuongTru.MaTinhThanh`) nested. */
function rowToRecord(columns: readonly string[], cells: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  columns.forEach((column, k) => {
    const cell = cells[k];
    if (cell === undefined || cell === '') return;
    const dot = column.indexOf('.');
    if (dot < 0) out[column] = cell;
    else ((out[column.slice(0, dot)] ??= {}) as Record<string, string>)[column.slice(dot + 1)] = cell;
  });
  return out;
}

/** The records of a file, in order; the first `skip` are counted but not parsed (a resumed run). */
export async function* readRecords(path: string, format: InputFormat, skip = 0): AsyncGenerator<InputLine, void, undefined> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Number.POSITIVE_INFINITY });
  let columns: string[] | undefined;
  let record = 0;
  try {
    for await (const raw of lines) {
      const text = record === 0 && columns === undefined ? raw.replace(/^\uFEFF/, '') : raw;
      if (text.trim() === '') continue;
      if (format === 'csv' && columns === undefined) {
        columns = (splitCsvLine(text) ?? []).map((c) => c.trim());
        continue;
      }
      record++;
      if (record <= skip) continue;
      if (format === 'ndjson') {
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (error) {
          yield { record, problem: `line is not valid JSON: ${(error as Error).message}` };
          continue;
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) yield { record, problem: 'line is not a JSON object' };
        else yield { record, value: value as Record<string, unknown> };
        continue;
      }
      const cells = splitCsvLine(text);
      if (cells === undefined) yield { record, problem: 'row has an unterminated quote' };
      else if (cells.length > columns!.length) yield { record, problem: `row has ${cells.length} cells, the header ${columns!.length}` };
      else yield { record, value: rowToRecord(columns!, cells) };
    }
  } finally {
    lines.close();
  }
}
