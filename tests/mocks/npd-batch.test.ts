import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/generator/dataset.js';
import { serve, type Served } from './helpers.js';

let s: Served;
beforeAll(async () => {
  s = await serve();
});
afterAll(async () => {
  await s.server.close();
});

const encoder = new TextEncoder();

async function open(token: string, format: 'ndjson' | 'csv'): Promise<string> {
  const r = await s.call('POST', '/npd/v1/batches', { token, json: { format } });
  expect(r.status).toBe(201);
  return r.json().data.batchId as string;
}

async function upload(token: string, id: string, type: string, chunks: AsyncIterable<Uint8Array> | string) {
  const res = await fetch(`${s.server.url}/npd/v1/batches/${id}/records`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': type },
    body: chunks as never,
    duplex: 'half',
  } as RequestInit);
  return { status: res.status, json: (await res.json()) as any };
}

async function results(token: string, id: string, from = 1, limit = 100_000) {
  const res = await fetch(`${s.server.url}/npd/v1/batches/${id}/results?from=${from}&limit=${limit}`, { headers: { authorization: `Bearer ${token}` } });
  const text = await res.text();
  return { next: res.headers.get('x-vn06-next-from'), lines: text.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l)) };
}

describe('NPD batch matching (R-MATCH-1, R-MATCH-2)', () => {
  it('matches a realistic sector file record by record, each verdict agreeing with the ground truth', async () => {
    const token = await s.token('telecom');
    const id = await open(token, 'ndjson');
    const entries = [...generateDataset({ seed: 1, count: 2000, profile: 'realistic' })];
    const ndjson = entries
      .map(({ record }, i) => JSON.stringify({ ref: i + 1, SoDinhDanh: record.personalId ?? '', HoVaTen: record.fullName ?? undefined, NgayThangNamSinh: record.dateOfBirth ?? undefined }))
      .join('\n');
    const done = await upload(token, id, 'application/x-ndjson', ndjson);
    expect(done.status).toBe(200);
    expect(done.json.data).toMatchObject({ status: 'done', received: 2000, processed: 2000 });
    const counts = done.json.data.counts as Record<string, number>;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(2000);
    const { lines } = await results(token, id);
    expect(lines).toHaveLength(2000);
    lines.forEach((result, i) => {
      const { truth } = entries[i]!;
      const only = (code: string) => truth.corruptions.length === 1 && truth.corruptions[0] === code;
      if (truth.corruptions.length === 0 && !entries[i]!.record.dateOfDeath) expect(result.verdict, `record ${i + 1}`).toBe('matched');
      if (only('legacy-id')) expect(result).toMatchObject({ verdict: 'resolved-from-legacy-id', SoDinhDanh: truth.personalId });
      if (only('deceased-listed')) expect(result.verdict).toBe('deceased');
      if (only('diacritics-lost') || only('name-typo')) expect(result.mismatches?.map((m: { field: string }) => m.field)).toEqual(['HoVaTen']);
      if (only('day-month-swapped')) expect(result.mismatches?.[0]).toMatchObject({ field: 'NgayThangNamSinh' });
      if (only('decomposed-unicode') || only('date-format')) expect(result.verdict).toBe('matched');
      if (result.verdict === 'mismatched') expect(result.SoDinhDanh).toBe(truth.personalId);
    });
  });

  it('reads CSV too, and marks rows without a usable ID invalid', async () => {
    const token = await s.token('telecom');
    const id = await open(token, 'csv');
    const persona = '038050999003';
    const done = await upload(token, id, 'text/csv', `ref,SoDinhDanh,HoVaTen,NgayThangNamSinh\n1,${persona},Lê Văn Bình,1950-08-20\n2,,Nguyễn Văn A,1990-01-01\n3,001190999004,Phạm Thị Không,1990-01-01\n`);
    expect(done.json.data.counts).toMatchObject({ deceased: 1, invalid: 1, 'not-found': 1 });
  });

  it('shows progress while the records are still streaming in', async () => {
    const token = await s.token('telecom');
    const id = await open(token, 'ndjson');
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    async function* slow() {
      yield encoder.encode(`${JSON.stringify({ SoDinhDanh: '001085999001', HoVaTen: 'Nguyễn Văn An', NgayThangNamSinh: '1985-04-12' })}\n`.repeat(50));
      await gate;
      yield encoder.encode(`${JSON.stringify({ SoDinhDanh: '001085999001' })}\n`);
    }
    const uploading = upload(token, id, 'application/x-ndjson', slow());
    let status: any;
    for (let i = 0; i < 100; i++) {
      status = (await s.call('GET', `/npd/v1/batches/${id}`, { token })).json().data;
      if (status.processed >= 50) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(status).toMatchObject({ status: 'receiving', processed: 50 });
    release();
    expect((await uploading).json.data).toMatchObject({ status: 'done', processed: 51 });
  });

  it('pages results, hides a batch from other clients, refuses a second upload and a wrong content type', async () => {
    const token = await s.token('telecom');
    const id = await open(token, 'ndjson');
    await upload(token, id, 'application/x-ndjson', `${JSON.stringify({ SoDinhDanh: '001085999001' })}\n`.repeat(5));
    const first = await results(token, id, 1, 2);
    expect([first.lines.length, first.next]).toEqual([2, '3']);
    const last = await results(token, id, 5, 2);
    expect([last.lines.length, last.next]).toEqual([1, null]);
    const other = await s.token('procedure-system');
    expect((await s.call('GET', `/npd/v1/batches/${id}`, { token: other })).status).toBe(404);
    expect((await upload(token, id, 'application/x-ndjson', '{}\n')).status).toBe(409);
    const second = await open(token, 'ndjson');
    expect((await upload(token, second, 'application/json', '{}')).status).toBe(415);
    expect((await s.call('GET', `/npd/v1/batches/${id}`, { token: await s.token('bank') })).status).toBe(403);
  });
});

describe('batch result files', () => {
  const batchDirs = async (): Promise<string[]> => {
    const { readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    return readdirSync(tmpdir()).filter((d) => d.startsWith('vn06-batches-'));
  };

  it('are removed on reset, and on dispose', async () => {
    s.harness.reset();
    const token = await s.token();
    const before = new Set(await batchDirs());
    const id = await open(token, 'ndjson');
    expect((await upload(token, id, 'application/x-ndjson', '{"SoDinhDanh":"001085999001"}\n')).status).toBe(200);
    const made = (await batchDirs()).filter((d) => !before.has(d));
    expect(made).toHaveLength(1);
    s.harness.reset();
    expect((await batchDirs()).filter((d) => !before.has(d))).toEqual([]);

    const token2 = await s.token();
    const id2 = await open(token2, 'ndjson');
    await upload(token2, id2, 'application/x-ndjson', '{"SoDinhDanh":"001085999001"}\n');
    expect((await batchDirs()).filter((d) => !before.has(d))).toHaveLength(1);
    s.harness.dispose();
    expect((await batchDirs()).filter((d) => !before.has(d))).toEqual([]);
    s.harness.reset();
  });
});
