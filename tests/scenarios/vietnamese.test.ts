/**
 * Issue 6: a ministry tester can hand the Vietnamese report on as it is. Every scenario of the converted areas gives its
 * title in English and Vietnamese (NFC); one representative scenario per area, run against the reference system,
 * records every check and note with a Vietnamese message (NFC, not the English).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultScenariosDir, loadScenarios } from '../../src/scenario/discover.js';
import { createReferenceSystem } from '../../src/scenario/sut/reference/system.js';
import type { Scenario } from '../../src/scenario/types.js';
import { runScenario } from './helpers.js';

/** The areas whose titles and messages are in both languages. */
const AREAS = ['connection/', 'lookup/', 'matching/', 'portal/', 'lien-thong/'] as const;

/** One scenario per area, run once: checks and notes (token-expiry, clinic-card, vneid-sign-in), messages built in loops and helpers (vaccination-review, birth-chain). */
const REPRESENTATIVE = ['connection/token-expiry', 'lookup/clinic-card', 'matching/vaccination-review', 'portal/vneid-sign-in', 'lien-thong/birth-chain'] as const;

const scenarios = await loadScenarios();
const inArea = (area: string): Scenario[] => scenarios.filter((s) => s.id.startsWith(area));

const isNfc = (text: string): boolean => text === text.normalize('NFC');

describe.each(AREAS.map((area) => [area] as const))('%s scenarios', (area) => {
  it(`${area}: every title is an {en, vi} pair, the Vietnamese in NFC`, () => {
    const found = inArea(area);
    expect(found.length).toBeGreaterThan(0);
    const wrong = found.filter((s) => {
      const title = s.title;
      return typeof title === 'string' || title.en.trim() === '' || title.vi.trim() === '' || title.vi === title.en || !isNfc(title.vi);
    });
    expect(wrong.map((s) => s.id)).toEqual([]);
  });

  it(`${area}: the scenario sources are in NFC (the runner normalises messages, the sources should not need it)`, () => {
    const dir = join(defaultScenariosDir(), area);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.filter((f) => !isNfc(readFileSync(join(dir, f), 'utf8')))).toEqual([]);
  });
});

describe.each(REPRESENTATIVE.map((id) => [id] as const))('%s', (id) => {
  it(`${id}: every check and note carries a Vietnamese message in NFC that is not the English`, { timeout: 60_000 }, async () => {
    const scenario = scenarios.find((s) => s.id === id);
    expect(scenario, `${id} not found`).toBeDefined();
    const result = await runScenario(scenario!, createReferenceSystem());
    expect(result.status, result.error).not.toMatch(/^(error|timeout)$/);
    expect(result.titleVi).toBeDefined();
    expect(result.checks.length).toBeGreaterThan(0);
    const untranslated = result.checks
      .filter((c) => c.messageVi === undefined || c.messageVi.trim() === '' || c.messageVi === c.message || !isNfc(c.messageVi))
      .map((c) => `${c.requirement} ${c.verdict}: ${c.message}`);
    expect(untranslated).toEqual([]);
  });
});
