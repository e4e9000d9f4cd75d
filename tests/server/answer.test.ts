import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultClients, systems } from '../../mocks/index.js';
import { isPending } from '../../src/mock/eventually.js';
import { createHarness } from '../../src/mock/harness.js';
import { defineRoute, type RouteResult } from '../../src/mock/route.js';
import { defaultErrorBody, defineMockSystem } from '../../src/mock/system.js';
import { bytesSource, createEagerAnswerer, splitTarget } from '../../src/server/answer.js';
import { testPopulation } from '../mocks/helpers.js';

function byUrl(target: string): { path: string; query: Record<string, string> } {
  const url = new URL(target || '/', 'http://localhost');
  return { path: url.pathname, query: Object.fromEntries(url.searchParams) };
}

/** The result, or that it threw (the URL parser refuses `//`: the answerer then answers 500, before and after). */
function outcome(split: (target: string) => unknown, target: string): unknown {
  try {
    return split(target);
  } catch {
    return 'throws';
  }
}

describe('splitTarget', () => {
  it('splits plain targets by hand into the path and query the URL parser gives', () => {
    for (const target of ['/', '/npd/v1/citizens/001099012345', '/npd/v1/citizens/001099012345?fields=Cha,Me&format=xml', '/vneid/.well-known/openid-configuration', '/x?a=1&a=2&b=+c']) {
      expect(splitTarget(target)).toEqual(byUrl(target));
    }
  });

  it('leaves to the URL parser what it would change: dot segments, escapes, a leading //, a second ?, fragments', () => {
    for (const target of ['/a/../b', '/a/./b', '//evil.test/x', '/x??a=1', '/a b?c d', '/x#frag', '/%7e?q=%zz', '/ả?tên=ả', '*', 'http://other.test/p?q=1', '']) {
      expect(splitTarget(target)).toEqual(byUrl(target));
    }
  });

  it('agrees with the URL parser on any target', () => {
    const char = fc.constantFrom(...'/?#.%&=+ abcZ09-_~!$\'()*,;:@"<>\\^`{|}[]ảđ\t'.split(''));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 24 }), (chars) => {
        const target = `/${chars.join('')}`;
        expect(outcome(splitTarget, target)).toEqual(outcome(byUrl, target));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the eager answerer', () => {
  const harness = createHarness({ seed: 1, populationIndex: testPopulation(), systems, clients: defaultClients, clock: { start: '2026-01-01T00:00:00Z', frozen: true } });
  const answer = createEagerAnswerer(harness);
  const origin = 'http://vn06.test';
  const lookup = (token: string) => ({ method: 'GET', target: `/npd/v1/citizens/${testPopulation().at(7).personalId}`, headers: [['authorization', `Bearer ${token}`]] as [string, string][], origin, ...bytesSource(null) });

  it('answers a lookup with a token it has verified before in the same tick, and waits for a token it has not', async () => {
    const form = new TextEncoder().encode(`grant_type=client_credentials&client_id=procedure-system&client_secret=${defaultClients.find((c) => c.id === 'procedure-system')!.secret}`);
    const grant = await answer({ method: 'POST', target: '/npd/oauth/token', headers: [['content-type', 'application/x-www-form-urlencoded']], origin, ...bytesSource(form) });
    const token = (JSON.parse(grant.body) as { access_token: string }).access_token;
    const first = answer(lookup(token));
    expect(isPending(first)).toBe(true);
    expect((await first).status).toBe(200);
    const again = answer(lookup(token));
    expect(isPending(again)).toBe(false);
    expect(again).toEqual(await first);
  });

  it('answers a route that throws with a 500 naming it, at once when it throws at once and later when it rejects', async () => {
    const route = (id: string, handle: () => RouteResult | Promise<RouteResult>) => defineRoute<null>({ id, method: 'GET', path: `/${id}`, summary: id, scopes: null, responses: {}, handle });
    const broken = defineMockSystem<null>({
      id: 'broken',
      title: 'routes that fail',
      version: '0',
      basePath: '/broken',
      createState: () => null,
      routes: [route('throws', () => { throw new Error('boom'); }), route('rejects', () => Promise.reject(new Error('later')))],
      errorBody: defaultErrorBody,
    });
    const failing = createEagerAnswerer(createHarness({ seed: 1, populationIndex: testPopulation(), systems: [broken], clients: [] }));
    const request = (path: string) => ({ method: 'GET', target: path, headers: [], origin, ...bytesSource(null) });
    const thrown = failing(request('/broken/throws'));
    expect(isPending(thrown)).toBe(false);
    expect(thrown).toMatchObject({ status: 500, body: expect.stringContaining('a bug in vn06 (route throws): boom') });
    const rejected = failing(request('/broken/rejects'));
    expect(isPending(rejected)).toBe(true);
    expect(await rejected).toMatchObject({ status: 500, body: expect.stringContaining('a bug in vn06 (route rejects): later') });
  });
});
