// The README's scenario example, through the package's own exports (the built files: npm test builds first).
import { describe, expect, it } from 'vitest';
import { defineScenario, renderReport, runSuite } from 'vn06';
import { createReferenceSystem, createVariantSystem, findVariant } from 'vn06/reference';

const example = defineScenario({
  id: 'lookup/legacy-id-example',
  title: { en: 'Resolves an old 9-digit ID through the NPD', vi: 'Tra số CMND 9 số qua CSDLQG về dân cư' },
  requirements: ['R-LOOK-3'],
  async run({ sut, mocks, check }) {
    const since = mocks.harness.journal.mark;
    const found = await sut.call('lookupCitizen', { id: '012999007' });
    const calls = mocks.harness.journal.list({ route: 'npd.legacy-id', sinceSeq: since });
    check('R-LOOK-3', found.requestedFromCitizen.length === 0 && calls.length > 0, 'resolved without asking for a paper', { journal: calls });
  },
});

describe('the README scenario example', () => {
  it('passes against the reference system and reports in Vietnamese', { timeout: 60_000 }, async () => {
    const result = await runSuite({ scenarios: [example], sut: createReferenceSystem(), sutName: 'reference', seed: 1, population: 1000 });
    expect(result.failed).toBe(false);
    expect(renderReport(result, { format: 'console', lang: 'vi' })).toContain('Đạt');
    expect(renderReport(result, { format: 'html', lang: 'vi' })).toContain('Tra số CMND 9 số');
  });

  it('fails against the variant that asks for a paper', { timeout: 60_000 }, async () => {
    const variant = findVariant('demands-legacy-id-paper')!;
    const result = await runSuite({ scenarios: [example], sut: createVariantSystem(variant), sutName: variant.id, seed: 1, population: 1000 });
    expect(result.failed).toBe(true);
  });
});
