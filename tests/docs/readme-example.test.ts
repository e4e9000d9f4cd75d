import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
// The README's example, through the package's own exports (the built files: npm test builds first).
import { createHarness } from 'vn06';
import { useMocks } from 'vn06/intercept';
import { defaultClients, systems } from 'vn06/mocks';

describe('the README example', () => {
  const m = useMocks(() => createHarness({ seed: 7, population: 2_000, systems, clients: defaultClients }), { beforeAll, afterEach, afterAll });

  it('looks a citizen up', async () => {
    const form = 'grant_type=client_credentials&client_id=procedure-system&client_secret=procedure-system-secret';
    const token = (await (await fetch(`${m.origin}/npd/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form })).json()) as { access_token: string };
    const res = await fetch(`${m.origin}/npd/v1/citizens/001085999001`, { headers: { authorization: `Bearer ${token.access_token}` } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { HoVaTen: unknown } }).data.HoVaTen).toEqual({ Ho: 'Nguyễn', ChuDem: 'Văn', Ten: 'An' });
  });
});
