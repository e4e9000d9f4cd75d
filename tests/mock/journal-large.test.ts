/** The journal keeps the start and the length of a large body, never the whole of it (10,000 entries must stay small). */
import { describe, expect, it } from 'vitest';
import { createHarness } from '../../src/mock/harness.js';
import { defineRoute } from '../../src/mock/route.js';
import { defaultErrorBody, defineMockSystem } from '../../src/mock/system.js';
import { testPopulation } from '../mocks/helpers.js';

const big = 'x'.repeat(200_000);
const system = defineMockSystem<Record<string, never>>({
  id: 'big',
  title: 'big',
  version: '0',
  basePath: '/big',
  createState: () => ({}),
  errorBody: defaultErrorBody,
  routes: [
    defineRoute({ id: 'big.get', method: 'GET', path: '/', summary: 'a large text reply', scopes: null, responses: {}, handle: () => ({ status: 200, body: big }) }),
    defineRoute({ id: 'big.small', method: 'GET', path: '/small', summary: 'a small text reply', scopes: null, responses: {}, handle: () => ({ status: 200, body: 'small' }) }),
  ],
});

describe('large bodies in the journal', () => {
  it('keeps the first 4,096 characters and the length of a large reply, and small replies whole', async () => {
    const harness = createHarness({ seed: 1, populationIndex: testPopulation(), systems: [system], clients: [] });
    const request = { method: 'GET', path: '/big/', query: {}, headers: {}, body: null, origin: 'http://x' };
    const [large, small] = harness.routes;
    const answered = await harness.handle(large!, {}, request as never);
    expect(answered.body.length).toBe(200_000);
    await harness.handle(small!, {}, { ...request, path: '/big/small' } as never);
    const [first, second] = harness.journal.list();
    expect(first!.response.body).toBe(`${'x'.repeat(4096)}… (200000 characters)`);
    expect(second!.response.body).toBe('small');
  });
});
