import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nowPassing, parseExpectedFailures, readExpectedFailures } from '../../src/scenario/expect-fail.js';
import { runSuite } from '../../src/scenario/runner.js';
import { defineScenario, type RequirementId, type Scenario } from '../../src/scenario/types.js';
import { toySut } from './toy-sut.js';

const scenarioIds = ['lookup/one', 'lookup/two'];

describe('parseExpectedFailures', () => {
  it('reads requirement and scenario IDs with their reasons, skipping comments and blank lines', () => {
    const text = '# known gaps\n\nR-PORT-4   no SMS gateway yet\r\nlookup/two\tthe NPD sandbox is down  \n  # indented comment\n';
    expect(parseExpectedFailures(text, scenarioIds)).toEqual([
      { id: 'R-PORT-4', kind: 'requirement', reason: 'no SMS gateway yet', line: 3 },
      { id: 'lookup/two', kind: 'scenario', reason: 'the NPD sandbox is down', line: 4 },
    ]);
  });

  it.each([
    ['R-PORT-4\n', /line 1: write an ID, then whitespace and a reason \(got "R-PORT-4"\)/],
    ['# ok\nR-PORT-99 gap\n', /line 2: "R-PORT-99" is neither a requirement ID of the catalogue nor the ID of a scenario/],
    ['lookup/three gap\n', /line 1: "lookup\/three" is neither/],
    ['R-PORT-4 a\n\nR-PORT-4 b\n', /line 3: R-PORT-4 is already listed on line 1/],
    ['R-PORT-11 pilot gap\n', /line 1: R-PORT-11 is a pilot row: it never fails a run/],
    ['R-MATCH-5 rate\n', /line 1: R-MATCH-5 is a calibration row/],
  ])('refuses %j, naming the line', (text, message) => {
    expect(() => parseExpectedFailures(text, scenarioIds, 'gaps.txt')).toThrow(message);
    expect(() => parseExpectedFailures(text, scenarioIds, 'gaps.txt')).toThrow(/^Failed to read gaps.txt: line \d+: /);
  });

  it('reads a file, and names a file it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vn06-expect-'));
    writeFileSync(join(dir, 'gaps.txt'), 'R-LOOK-2 legacy form\n');
    expect(readExpectedFailures(join(dir, 'gaps.txt'), [])).toEqual([{ id: 'R-LOOK-2', kind: 'requirement', reason: 'legacy form', line: 1 }]);
    expect(() => readExpectedFailures(join(dir, 'missing.txt'), [])).toThrow(/Failed to read the expected failures .*missing\.txt: ENOENT/);
  });
});

/** A scenario making one check per requirement, each passing or failing as given. */
const scenario = (id: string, verdicts: Partial<Record<RequirementId, boolean>>): Scenario =>
  defineScenario({
    id,
    title: id,
    requirements: Object.keys(verdicts) as RequirementId[],
    async run({ check }) {
      for (const [requirement, ok] of Object.entries(verdicts)) check(requirement as RequirementId, ok === true, `${requirement} ${ok ? 'holds' : 'broken'}`);
    },
  });
const throwing = (id: string): Scenario => defineScenario({ id, title: id, requirements: ['R-LOOK-1'], run: () => Promise.reject(new Error('down')) });

async function suite(scenarios: Scenario[], file: string) {
  const expectFail = parseExpectedFailures(file, scenarios.map((s) => s.id));
  const result = await runSuite({ scenarios, expectFail, sut: toySut().factory, sutName: 'toy', seed: 1, population: 100 });
  return { result, stale: nowPassing(result.scenarios, expectFail), outcome: (id: string) => result.scenarios.find((r) => r.id === id)!.expectedFailure };
}

describe('expected failures in a run', () => {
  it('lets a listed scenario fail without failing the run', async () => {
    const { result, outcome, stale } = await suite([scenario('a/gap', { 'R-LOOK-2': false }), scenario('b/ok', { 'R-LOOK-1': true })], 'a/gap not fixed yet\n');
    expect(outcome('a/gap')).toEqual({ reason: 'not fixed yet', outcome: 'still-failing' });
    expect(outcome('b/ok')).toBeUndefined();
    expect(stale).toEqual([]);
    expect(result.failed).toBe(false);
  });

  it('lets a listed requirement fail without failing the run', async () => {
    const { result, outcome } = await suite([scenario('a/gap', { 'R-LOOK-1': true, 'R-LOOK-2': false })], 'R-LOOK-2 legacy form\n');
    expect(result.scenarios[0]!.status).toBe('fail');
    expect(outcome('a/gap')).toEqual({ reason: 'legacy form', outcome: 'still-failing' });
    expect(result.failed).toBe(false);
  });

  it('still fails the run when a scenario also fails on a requirement that is not listed', async () => {
    const { result, outcome } = await suite([scenario('a/gap', { 'R-LOOK-1': false, 'R-LOOK-2': false })], 'R-LOOK-2 legacy form\n');
    expect(outcome('a/gap')).toBeUndefined();
    expect(result.failed).toBe(true);
  });

  it('covers an error only when the scenario, or every requirement it cites, is listed', async () => {
    const listed = await suite([throwing('a/down')], 'a/down sandbox down\n');
    expect(listed.outcome('a/down')).toEqual({ reason: 'sandbox down', outcome: 'still-failing' });
    expect(listed.result.failed).toBe(false);
    const byRequirement = await suite([throwing('a/down')], 'R-LOOK-1 sandbox down\n');
    expect(byRequirement.result.failed).toBe(false);
    const other = await suite([throwing('a/down'), scenario('b/other', { 'R-LOOK-2': false })], 'R-LOOK-2 something else\n');
    expect(other.outcome('a/down')).toBeUndefined();
    expect(other.result.failed).toBe(true);
  });

  it('fails the run when a listed scenario now passes, saying which entry to remove', async () => {
    const { result, outcome, stale } = await suite([scenario('a/fixed', { 'R-LOOK-1': true })], '\n\na/fixed was broken\n');
    expect(result.scenarios[0]!.status).toBe('pass');
    expect(outcome('a/fixed')).toEqual({ reason: 'was broken', outcome: 'now-passing' });
    expect(stale).toEqual([{ id: 'a/fixed', kind: 'scenario', reason: 'was broken', line: 3 }]);
    expect(result.failed).toBe(true);
  });

  it('fails the run when a listed requirement passes everywhere it is checked', async () => {
    const { result, outcome, stale } = await suite([scenario('a/x', { 'R-LOOK-2': true }), scenario('b/y', { 'R-LOOK-1': true })], 'R-LOOK-2 was broken\n');
    expect(outcome('a/x')).toEqual({ reason: 'was broken', outcome: 'now-passing' });
    expect(outcome('b/y')).toBeUndefined();
    expect(stale.map((e) => e.id)).toEqual(['R-LOOK-2']);
    expect(result.failed).toBe(true);
  });

  it('keeps a listed requirement expected while any scenario still fails on it', async () => {
    const { result, outcome, stale } = await suite([scenario('a/x', { 'R-LOOK-2': true }), scenario('b/y', { 'R-LOOK-2': false })], 'R-LOOK-2 half done\n');
    expect(outcome('a/x')).toBeUndefined();
    expect(outcome('b/y')).toEqual({ reason: 'half done', outcome: 'still-failing' });
    expect(stale).toEqual([]);
    expect(result.failed).toBe(false);
  });

  it('ignores an entry whose scenario or requirement was not run', async () => {
    const { result, stale } = await suite([scenario('a/x', { 'R-LOOK-1': true })], 'R-PORT-4 no SMS\n');
    expect(stale).toEqual([]);
    expect(result.failed).toBe(false);
  });
});
