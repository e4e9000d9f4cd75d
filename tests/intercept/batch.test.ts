import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useMocks } from '../../src/intercept/index.js';
import { FORM, makeHarness, tokenForm } from './helpers.js';

describe('NPD batch matching in process', () => {
  const m = useMocks(() => makeHarness(), { beforeAll, afterEach, afterAll });

  it('matches NDJSON records uploaded through msw, as over HTTP', async () => {
    const token = ((await (await fetch(`${m.origin}/npd/oauth/token`, { method: 'POST', headers: { 'content-type': FORM }, body: tokenForm('telecom') })).json()) as { access_token: string }).access_token;
    const auth = { authorization: `Bearer ${token}` };
    const open = (await (await fetch(`${m.origin}/npd/v1/batches`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{"format":"ndjson"}' })).json()) as { data: { batchId: string } };
    const put = await fetch(`${m.origin}/npd/v1/batches/${open.data.batchId}/records`, {
      method: 'PUT',
      headers: { ...auth, 'content-type': 'application/x-ndjson' },
      body: '{"SoDinhDanh":"001085999001","HoVaTen":"Nguyễn Văn An"}\n{"SoDinhDanh":"12"}\n',
    });
    expect(put.status).toBe(200);
    const done = (await put.json()) as { data: { status: string; counts: Record<string, number> } };
    expect(done.data.status).toBe('done');
    expect(done.data.counts).toMatchObject({ matched: 1, invalid: 1 });
  });
});
