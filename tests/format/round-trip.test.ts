import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { DatasetRecord } from '../../src/generator/corruptions.js';
import type { TruthRecord } from '../../src/generator/dataset.js';
import { writeDataset } from '../../src/generator/write-dataset.js';
import { recordColumns, rowToRecord } from '../../src/format/columns.js';
import type { Sink } from '../../src/format/sink.js';
import type { Format } from '../../src/format/writers.js';
import { generateDataset } from '../../src/generator/dataset.js';

function memorySink(): Sink & { text: () => string } {
  const parts: string[] = [];
  return { write: async (t) => void parts.push(t), close: async () => {}, abort: () => {}, text: () => parts.join('') };
}

async function write(format: Format, count: number): Promise<{ records: string; truth: string }> {
  const out = memorySink();
  const truth = memorySink();
  await writeDataset({ seed: 9, count, profile: 'adversarial', format, out, truth });
  return { records: out.text(), truth: truth.text() };
}

const expected = [...generateDataset({ seed: 9, count: 5000, profile: 'adversarial' })];
const expectedRecords: DatasetRecord[] = expected.map((e) => e.record);
const expectedTruth: TruthRecord[] = expected.map((e) => e.truth);

describe('output formats', () => {
  it('round-trips NDJSON: every line parses back to the record written, NFD and legacy-encoded names included', async () => {
    const { records, truth } = await write('ndjson', 5000);
    const lines = records.trimEnd().split('\n');
    expect(lines).toHaveLength(5000);
    expect(lines.map((l) => JSON.parse(l))).toEqual(expectedRecords);
    expect(truth.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual(expectedTruth);
  });

  it('round-trips CSV through a standard CSV parser, nested addresses as dotted columns', async () => {
    const { records, truth } = await write('csv', 5000);
    const rows = parse(records, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(recordColumns);
    expect(rows.map(rowToRecord)).toEqual(expectedRecords);
    const truthRows = parse(truth, { columns: true }) as Record<string, string>[];
    expect(truthRows[0]).toEqual({
      record: String(expectedTruth[0]!.record),
      personalId: expectedTruth[0]!.personalId,
      corruptions: expectedTruth[0]!.corruptions.join('|'),
      duplicateOf: expectedTruth[0]!.duplicateOf === null ? '' : String(expectedTruth[0]!.duplicateOf),
    });
    expect(truthRows).toHaveLength(5000);
  });

  it('writes JSON as one valid array, also when empty', async () => {
    const { records } = await write('json', 300);
    expect(JSON.parse(records)).toEqual(expectedRecords.slice(0, 300));
    const empty = memorySink();
    await writeDataset({ seed: 9, count: 0, profile: 'clean', format: 'json', out: empty });
    expect(JSON.parse(empty.text())).toEqual([]);
  });
});
