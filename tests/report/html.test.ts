import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import type { SuiteResult } from '../../src/scenario/types.js';
import { catalogue, failingSuite, nasty, passingSuite } from './fixtures.js';

const en = renderHtml(failingSuite, 'en', catalogue);
const vi = renderHtml(failingSuite, 'vi', catalogue);

/** The HTML of one requirement's section. */
function group(html: string, id: string): string {
  const start = html.indexOf(`<section class="requirement" id="${id}"`);
  if (start === -1) throw new Error(`no section for ${id}`);
  return html.slice(start, html.indexOf('</section>', start));
}

describe('the HTML report', () => {
  it('is one self-contained file: inline style, no script, no external reference', () => {
    expect(en.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(en).toContain('<style>');
    expect(en).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(en).not.toMatch(/\b(?:src|href)="(?!#)/);
    expect(en).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('opens with a summary: SUT, seed, date, totals and the verdict', () => {
    const summary = en.slice(en.indexOf('<header id="summary"'), en.indexOf('</header>'));
    expect(summary).toContain('class="summary verdict-fail"');
    expect(summary).toContain('Result: FAIL');
    expect(summary).toContain('<dt>System under test</dt><dd>reference (faulty: retry-storm)</dd>');
    expect(summary).toContain('<dt>Seed</dt><dd>42</dd>');
    expect(summary).toContain('<dt>Started</dt><dd>2024-05-01 10:00:00 UTC</dd>');
    expect(summary).toContain('<dt>Checks</dt><dd>7 (3 pass, 3 fail, 1 info)</dd>');
    expect(renderHtml(passingSuite, 'en', catalogue)).toContain('Result: PASS');
  });

  it('groups by requirement ID, citing the sources, the title, the kind and each check with its evidence closed', () => {
    const g = group(en, 'R-CONN-3');
    expect(g).toContain('data-verdict="fail"');
    expect(g).toContain('Portal runs without congestion');
    expect(g).toContain('<p class="sources">Sources: <cite>CV452 3, 5th indent</cite></p>');
    expect(g).toContain('Kind: <strong>derived</strong>. Derived by the harness');
    expect(g).toContain('<span class="badge fail">Fail</span> <span class="scenario">connection/retry-backoff</span> <span class="message">backs off on 429</span>');
    expect(g).toContain('<details class="evidence"><summary>Evidence (5 calls)</summary>');
    expect(g).not.toContain('<details open');
    expect(g).toContain('<td><code>/portal/v1/dossiers</code></td><td class="n">429</td>');
  });

  it('lists every requirement of the catalogue, saying when none ran', () => {
    for (const r of catalogue) expect(en).toContain(`id="${r.id}"`);
    expect(group(en, 'R-LOOK-3')).toContain('No scenario ran for this requirement.');
    expect(group(en, 'R-PORT-99')).toContain('not in the requirement catalogue');
  });

  it('shows pilot failures as reported, calibration figures beside the published ones, and expected failures with their reason', () => {
    expect(group(en, 'R-PORT-11')).toContain('<p class="note">pilot: reported, not a gate</p>');
    expect(group(en, 'R-PORT-11')).toContain('data-verdict="reported"');
    expect(group(en, 'R-MATCH-5')).toContain('<p class="figure">match rate: observed 70.125% · published 69.9%</p>');
    expect(group(en, 'R-LT-5')).toContain('expected failure (reason: regime table not delivered yet)');
    expect(group(en, 'R-LOOK-2')).toContain('error: TypeError: cannot read &quot;dossier&quot; of undefined');
  });

  it('says a check rests on a harness assumption', () => {
    expect(group(en, 'R-CONN-2')).toContain('<p class="assumption">Harness assumption: the sources do not state this check.</p>');
    expect(group(en, 'R-CONN-3')).not.toContain('class="assumption"');
  });

  it('escapes all text from the results', () => {
    expect(en).not.toContain(nasty);
    expect(en).toContain('Không hỏi &quot;sổ hộ khẩu&quot; &lt;b&gt;&amp;&#39;tạm trú&#39;&lt;/b&gt;');
    const hostile: SuiteResult = { ...passingSuite, sut: '</title><script>alert(1)</script>' };
    const out = renderHtml(hostile, 'en', catalogue);
    expect(out).not.toContain('<script');
    expect(out).toContain('&lt;/title&gt;&lt;script&gt;');
  });

  it('is in Vietnamese when asked: lang attribute, fixed strings, titles and verdicts, NFC', () => {
    expect(vi.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true);
    expect(vi).toContain('<h1>Báo cáo kiểm tra tuân thủ vn06</h1>');
    expect(vi).toContain('Kết quả: KHÔNG ĐẠT');
    expect(group(vi, 'R-CONN-3')).toContain('Cổng vận hành thông suốt, không tắc nghẽn <span class="badge fail">Không đạt</span>');
    expect(group(vi, 'R-CONN-2')).toContain('<span class="badge pass">Đạt</span>');
    expect(group(vi, 'R-CONN-3')).toContain('<summary>Bằng chứng (5 lượt gọi)</summary>');
    expect(group(vi, 'R-PORT-11')).toContain('thí điểm: chỉ ghi nhận, không phải điều kiện đạt');
    for (const english of ['Evidence', 'Sources', 'Pass<', 'Requirement', 'Harness assumption']) expect(vi).not.toContain(english);
    expect(vi.normalize('NFC')).toBe(vi);
  });

  it('gives the same output for the same input', () => {
    expect(renderHtml(structuredClone(failingSuite), 'vi', catalogue)).toBe(vi);
  });
});
