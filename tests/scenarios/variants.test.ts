/**
 * Every scenario passes against the reference system, and fails against each faulty variant that targets it, on a
 * requirement the variant is meant to break, with evidence. A scenario no variant can make fail is not done.
 */
import { describe, expect, it } from 'vitest';
import { requirementById } from '../../src/scenario/catalogue.js';
import { createReferenceSystem, createVariantSystem, variants } from '../../src/scenario/sut/reference/system.js';
import type { Scenario } from '../../src/scenario/types.js';
import { runOne, sourceScenarios } from './helpers.js';

const scenarios = await sourceScenarios();

/** A scenario that cites only calibration rows reports figures and can neither pass nor fail: no variant targets it. */
const calibrationOnly = (s: Scenario): boolean => s.requirements.every((id) => requirementById(id)?.kind === 'calibration');

describe('the scenarios', () => {
  it('are found, with unique IDs', () => {
    expect(scenarios.length).toBeGreaterThan(0);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
  });

  it.each(scenarios.filter((s) => !calibrationOnly(s)).map((s) => [s.id, s] as const))('%s is targeted by at least one faulty variant', (id) => {
    expect(variants.filter((v) => v.scenarios.includes(id)).map((v) => v.id)).not.toEqual([]);
  });

  it('every variant targets scenarios that exist, on requirements they cite', () => {
    for (const variant of variants) {
      for (const id of variant.scenarios) {
        const scenario = scenarios.find((s) => s.id === id);
        expect(scenario, `${variant.id} targets unknown scenario ${id}`).toBeDefined();
        expect(variant.breaks.some((r) => scenario!.requirements.includes(r)), `${variant.id} breaks none of ${id}'s requirements`).toBe(true);
      }
    }
  });
});

describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
  it('passes against the reference system', { timeout: 60_000 }, async () => {
    const checks = await runOne(scenario, createReferenceSystem());
    const failed = checks.filter((c) => c.verdict === 'fail');
    expect(failed.map((c) => `${c.requirement}: ${c.message}`)).toEqual([]);
    if (calibrationOnly(scenario)) expect(checks.filter((c) => c.figure !== undefined).length).toBeGreaterThan(0);
    else expect(checks.filter((c) => c.verdict === 'pass').length).toBeGreaterThan(0);
  });

  for (const variant of variants.filter((v) => v.scenarios.includes(scenario.id))) {
    it(`fails against ${variant.id}, on ${variant.breaks.join(' or ')}, with evidence`, { timeout: 60_000 }, async () => {
      const checks = await runOne(scenario, createVariantSystem(variant));
      const failed = checks.filter((c) => c.verdict === 'fail' && variant.breaks.includes(c.requirement));
      expect(failed.length, `no check of ${variant.breaks.join(', ')} failed`).toBeGreaterThan(0);
      expect(failed.every((c) => c.evidence !== undefined && (c.evidence.journal !== undefined || c.evidence.data !== undefined)), 'a failing check without evidence').toBe(true);
    });
  }
});
