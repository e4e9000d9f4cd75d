/**
 * A client of the NPD's batch matching API (R-MATCH-1, -2), used by `vn06 match` and the reference system: opens a job,
 * streams the records as NDJSON, polls the job's progress while the upload runs, then reads the results page by page.
 */
import type { GatewayReply } from '../scenario/sut/reference/gateway.js';

/** What the batch client needs: an authorised, retrying gateway (the reference's `GatewayClient`) and a log. */
export interface BatchCaller {
  readonly gateway: { call(method: string, path: string, init?: { json?: unknown; body?: string; headers?: Record<string, string> }): Promise<GatewayReply> };
  log(line: string): void;
}

/** One record as the NPD's batch API takes it. */
export interface NpdBatchRecord {
  readonly ref?: string | number;
  readonly SoDinhDanh?: string;
  readonly SoCMND?: string;
  readonly HoVaTen?: string;
  readonly NgayThangNamSinh?: string;
  readonly GioiTinh?: '1' | '2';
}

/** One result line of the NPD's batch API. */
export interface NpdBatchResult {
  readonly line: number;
  readonly ref?: string | number;
  readonly verdict: 'matched' | 'mismatched' | 'resolved-from-legacy-id' | 'not-found' | 'deceased' | 'invalid';
  readonly SoDinhDanh?: string;
  readonly mismatches?: readonly { readonly field: 'HoVaTen' | 'NgayThangNamSinh' | 'GioiTinh'; readonly canonical: string }[];
  /** yyyyMMdd. */
  readonly NgayMat?: string;
  readonly reason?: string;
}

/** A progress report of the job, as polled. */
export interface BatchProgress {
  readonly status: string;
  readonly received: number;
  readonly processed: number;
}

const BASE = '/npd/v1/batches';
const POLL_MS = 40;
const PAGE = 10_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function failed(step: string, reply: { status: number; text: string }): Error {
  return new Error(`the NPD batch API refused to ${step}: ${reply.status} ${reply.text.slice(0, 200)}`);
}

/** Polls the job until `done` settles, keeping every report; a log line every few reports shows the operator how far it got. */
async function pollWhile(core: BatchCaller, batchId: string, total: number, done: Promise<unknown>): Promise<BatchProgress[]> {
  const reports: BatchProgress[] = [];
  let settled = false;
  void done.then(
    () => (settled = true),
    () => (settled = true),
  );
  while (!settled) {
    await sleep(POLL_MS);
    if (settled) break;
    const reply = await core.gateway.call('GET', `${BASE}/${batchId}`);
    if (reply.status !== 200) continue;
    const { status, received, processed } = reply.json().data as BatchProgress;
    reports.push({ status, received, processed });
    if (reports.length % 10 === 1) core.log(`batch ${batchId}: ${processed} of ${total} matched (${status})`);
  }
  return reports;
}

/** Reads every result line of a finished job, a page at a time. */
async function readResults(core: BatchCaller, batchId: string): Promise<NpdBatchResult[]> {
  const results: NpdBatchResult[] = [];
  for (let from: number | null = 1; from !== null; ) {
    const reply = await core.gateway.call('GET', `${BASE}/${batchId}/results?from=${from}&limit=${PAGE}`);
    if (reply.status !== 200) throw failed('give the results', reply);
    for (const line of reply.text.split('\n')) if (line.trim() !== '') results.push(JSON.parse(line) as NpdBatchResult);
    const next = reply.headers['x-vn06-next-from'];
    from = next === undefined ? null : Number(next);
  }
  return results;
}

/**
 * Matches records through the NPD's batch API; the results in the order of the records (the NPD numbers them by
 * line), and the progress seen while they were matched. With `poll` off, the upload is awaited blindly.
 */
export async function matchThroughNpd(core: BatchCaller, records: readonly NpdBatchRecord[], options: { poll: boolean }): Promise<{ results: NpdBatchResult[]; progress: BatchProgress[] }> {
  if (records.length === 0) return { results: [], progress: [] };
  const opened = await core.gateway.call('POST', BASE, { json: { format: 'ndjson' } });
  if (opened.status !== 201) throw failed('open a batch', opened);
  const batchId = opened.json().data.batchId as string;
  const body = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
  const upload = core.gateway.call('PUT', `${BASE}/${batchId}/records`, { body, headers: { 'content-type': 'application/x-ndjson; charset=utf-8' } });
  const progress = options.poll ? await pollWhile(core, batchId, records.length, upload) : [];
  let uploaded = await upload;
  // A connection lost after the NPD took the records, then retried, finds the upload done already: read the job instead.
  if (uploaded.status === 409) uploaded = await core.gateway.call('GET', `${BASE}/${batchId}`);
  if (uploaded.status !== 200 || uploaded.json().data.status !== 'done') throw failed('match the records', uploaded);
  core.log(`batch ${batchId}: ${records.length} records matched`);
  const results = await readResults(core, batchId);
  const byLine = new Map(results.map((r) => [r.line, r]));
  return { results: records.map((_, i) => byLine.get(i + 1) ?? { line: i + 1, verdict: 'invalid', reason: 'the NPD gave no result for this line' }), progress };
}
