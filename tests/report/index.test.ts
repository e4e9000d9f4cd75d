import { describe, expect, it } from 'vitest';
import { renderReport, reportFormats } from '../../src/report/index.js';
import { requirements } from '../../src/scenario/catalogue.js';
import { catalogue, failingSuite } from './fixtures.js';

describe('renderReport', () => {
  it('renders each format from the same result', () => {
    const out = Object.fromEntries(reportFormats.map((format) => [format, renderReport(failingSuite, { format, lang: 'en', catalogue })]));
    expect(out.console).toMatch(/ · FAIL\n$/);
    expect(JSON.parse(out.json!).verdict).toBe('fail');
    expect(out.junit).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
    expect(out.html).toMatch(/^<!doctype html>/);
  });

  it('uses the real catalogue when none is given: every requirement listed, titles in the chosen language', () => {
    const html = renderReport(failingSuite, { format: 'html', lang: 'vi' });
    for (const r of requirements) expect(html).toContain(`id="${r.id}"`);
    const conn3 = requirements.find((r) => r.id === 'R-CONN-3')!;
    expect(html).toContain(conn3.title.vi.replaceAll('"', '&quot;').replaceAll("'", '&#39;').replaceAll('<', '&lt;').replaceAll('>', '&gt;'));
    expect(html.normalize('NFC')).toBe(html);
  });
});
