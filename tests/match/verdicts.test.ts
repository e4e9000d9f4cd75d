/** `vn06 match` scored against the generator's ground truth (R-MATCH-1, R-MATCH-5). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreFiles, type VerdictScore } from '../../src/match/score.js';
import { run } from '../cli/helpers.js';
import { ndjson, scratch } from './helpers.js';

const dir = scratch();

describe('on the adversarial profile', () => {
  let score: VerdictScore;
  beforeAll(async () => {
    expect((await run('generate', '--sector', 'telecom', '--profile', 'adversarial', '-n', '4000', '--out', join(dir, 'adv.ndjson'), '--truth', join(dir, 'adv.truth.ndjson'))).code).toBe(0);
    const matched = await run('match', join(dir, 'adv.ndjson'), '--out', join(dir, 'adv.results.ndjson'));
    expect(matched.code).toBe(0);
    score = await scoreFiles(join(dir, 'adv.results.ndjson'), join(dir, 'adv.truth.ndjson'));
  });

  it.each(['matched', 'not-found', 'deceased'] as const)('finds %s records with precision and recall of at least 0.99', (verdict) => {
    const c = score.classes.find((k) => k.verdict === verdict)!;
    expect(c.expected).toBeGreaterThan(50);
    expect(c.precision).toBeGreaterThanOrEqual(0.99);
    expect(c.recall).toBeGreaterThanOrEqual(0.99);
  });

  it('answers every record and reports each class with its F1 and MCC', () => {
    expect(score.records).toBe(4000);
    expect(score.unanswered).toBe(0);
    for (const c of score.classes) if (c.expected > 0) expect(c.mcc).not.toBeNull();
    expect(score.accuracy).toBeGreaterThanOrEqual(0.99);
  });
});

describe('on the realistic profile', () => {
  it('leaves 69.9% ± 1 of the records untouched, and reports the exact-match rate it observes', async () => {
    const data = join(dir, 'real.ndjson');
    const truth = join(dir, 'real.truth.ndjson');
    expect((await run('generate', '--sector', 'telecom', '--profile', 'realistic', '-n', '20000', '--out', data, '--truth', truth)).code).toBe(0);
    const report = join(dir, 'real.report.json');
    const r = await run('match', data, '--out', join(dir, 'real.results.ndjson'), '--report', report);
    expect(r.code).toBe(0);
    const untouched = ndjson(truth).filter((t) => t.corruptions.length === 0).length / 20000;
    expect(Math.abs(untouched - 0.699)).toBeLessThanOrEqual(0.01);
    const { exactMatchRate } = JSON.parse(readFileSync(report, 'utf8')) as { exactMatchRate: number };
    // The observed rate also counts records whose only fault lies in a field the sector does not keep, and leaves out the dead.
    expect(exactMatchRate).toBeGreaterThan(0.68);
    expect(exactMatchRate).toBeLessThan(0.76);
    expect(r.stdout).toMatch(/exact-match rate \d+\.\d% \(matched as given; 2022 national: 69\.9%\)/);
  });
});

it('scores a results file that disagrees with the truth below 1, per class', async () => {
  const results = join(dir, 'adv.results.ndjson');
  const lines = ndjson(results).map((r) => (r.verdict === 'deceased' ? { ...r, verdict: 'matched' } : r));
  const { writeFileSync } = await import('node:fs');
  const wrong = join(dir, 'wrong.ndjson');
  writeFileSync(wrong, lines.map((l) => JSON.stringify(l)).join('\n'));
  const r = await run('match', 'score', wrong, '--truth', join(dir, 'adv.truth.ndjson'), '--json');
  expect(r.code).toBe(0);
  const score = JSON.parse(r.stdout) as VerdictScore;
  expect(score.classes.find((c) => c.verdict === 'deceased')!.recall).toBe(0);
  expect(score.classes.find((c) => c.verdict === 'matched')!.precision).toBeLessThan(0.99);
});
