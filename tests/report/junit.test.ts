import { describe, expect, it } from 'vitest';
import { renderJunit } from '../../src/report/junit.js';
import type { SuiteResult } from '../../src/scenario/types.js';
import { catalogue, failingSuite, nasty, passingSuite } from './fixtures.js';
import { attributeValues, decodeXml, xmlProblems } from './xml-check.js';

const xml = renderJunit(failingSuite, 'en', catalogue);

function testcase(name: string): string {
  const cases = xml.split('<testcase ').slice(1);
  const hit = cases.find((c) => decodeXml(/\sname="([^"]*)"/.exec(c)?.[1] ?? '') === name);
  if (!hit) throw new Error(`no testcase named ${name}`);
  return hit.slice(0, hit.indexOf('</testcase>') === -1 ? hit.indexOf('/>') : hit.indexOf('</testcase>'));
}

describe('the JUnit report', () => {
  it('is well formed, names and Vietnamese included', () => {
    expect(xmlProblems(xml)).toEqual([]);
    expect(xmlProblems(renderJunit(passingSuite, 'vi', catalogue))).toEqual([]);
  });

  it('finds a structural problem when one is there', () => {
    expect(xmlProblems(xml.replace('&lt;b&gt;', '<b>'))).not.toEqual([]);
    expect(xmlProblems(xml.replace('&amp;', '&'))).not.toEqual([]);
  });

  it('has one testsuite per scenario and one testcase per check, named with its requirement ID and message', () => {
    expect(attributeValues(xml, 'testsuite', 'name')).toEqual(failingSuite.scenarios.map((s) => s.id));
    const names = attributeValues(xml, 'testcase', 'name');
    expect(names).toContain('R-CONN-3: backs off on 429');
    expect(names).toContain('R-CONN-3: bounds its retries');
    expect(names).toContain(`R-CONN-2: ${nasty}`);
  });

  it('escapes markup, quotes and ampersands so the names round-trip exactly, accents kept as UTF-8', () => {
    expect(xml).toContain('R-CONN-2: Không hỏi &quot;sổ hộ khẩu&quot; &lt;b&gt;&amp;&apos;tạm trú&apos;&lt;/b&gt;');
    expect(xml).not.toContain(nasty);
  });

  it('replaces characters XML 1.0 forbids and keeps newlines in attributes', () => {
    const odd: SuiteResult = {
      ...passingSuite,
      scenarios: [{ id: 'a/b', title: 't', requirements: ['R-LOOK-3'], status: 'fail', durationMs: 1, checks: [{ requirement: 'R-LOOK-3', verdict: 'fail', message: 'bell\u0007 line\nbreak \uD800]]>' }] }],
    };
    const out = renderJunit(odd, 'en', catalogue);
    expect(xmlProblems(out)).toEqual([]);
    expect(attributeValues(out, 'failure', 'message')).toEqual(['bell\uFFFD line\nbreak \uFFFD]]>']);
  });

  it('marks a failing duty or derived check as a failure carrying the evidence', () => {
    const c = testcase('R-CONN-3: backs off on 429');
    expect(c).toContain('<failure message="backs off on 429" type="derived by the harness">');
    expect(c).toContain('10:00:01.250 POST /portal/v1/dossiers → 429 (3 ms) fault=status:429');
    expect(c).toContain('Sources: CV452 3, 5th indent');
    expect(testcase('R-CONN-3: bounds its retries')).not.toContain('<failure');
  });

  it('reports a failing pilot check as skipped, not as a failure', () => {
    const c = testcase('R-PORT-11: paper intake accepted on a no-paper day');
    expect(c).toContain('<skipped message="pilot: reported, not a gate"/>');
    expect(c).not.toContain('<failure');
  });

  it('passes a calibration row with the observed and published figures in system-out', () => {
    const c = testcase('R-MATCH-5: match rate of NPD lookups');
    expect(c).toContain('<system-out>');
    expect(c).toContain('match rate: observed 70.125% · published 69.9%');
    expect(c).not.toMatch(/<failure|<skipped/);
  });

  it('does not attribute a harness-assumption check to the sources', () => {
    const failing: SuiteResult = {
      ...passingSuite,
      scenarios: [{ id: 'connection/token-in-url', title: 't', requirements: ['R-CONN-2'], status: 'fail', durationMs: 1, checks: [{ requirement: 'R-CONN-2', verdict: 'fail', message: 'token in query' }] }],
    };
    const out = renderJunit(failing, 'en', catalogue);
    expect(out).toContain('Harness assumption: the sources do not state this check.');
    expect(out).not.toContain('CT05 A15');
  });

  it('counts an error, a skipped scenario and an expected failure without turning them into failures', () => {
    expect(xml).toMatch(/<testsuites [^>]*tests="9" failures="1" errors="1" skipped="3"/);
    expect(testcase('R-LOOK-2: Never asks for the household book (error)')).toContain('<error message="error: TypeError: cannot read &quot;dossier&quot; of undefined" type="error">');
    expect(testcase('R-LT-5: standard allowance paid silently')).toContain('<skipped message="expected failure (reason: regime table not delivered yet)"/>');
    expect(testcase('R-PORT-4: Three channels')).toContain('<skipped message="skipped"/>');
  });

  it('fails the expectation itself when an expected failure now passes', () => {
    const now: SuiteResult = {
      ...passingSuite,
      failed: true,
      scenarios: [{ id: 'lookup/x', title: 't', requirements: ['R-LOOK-3'], status: 'pass', durationMs: 1, checks: [{ requirement: 'R-LOOK-3', verdict: 'pass', message: 'ok' }], expectedFailure: { reason: 'ticket 12', outcome: 'now-passing' } }],
    };
    const out = renderJunit(now, 'en', catalogue);
    expect(attributeValues(out, 'testcase', 'name')).toEqual(['R-LOOK-3: ok', 'lookup/x: expected failure now passing: remove it from the expect-fail file']);
    expect(out).toMatch(/<testsuites [^>]*failures="1"/);
  });

  it('writes the failure text in Vietnamese when asked', () => {
    const vi = renderJunit(failingSuite, 'vi', catalogue);
    expect(vi).toContain('R-CONN-3 — Cổng vận hành thông suốt, không tắc nghẽn');
    expect(vi).toContain('<skipped message="thí điểm: chỉ ghi nhận, không phải điều kiện đạt"/>');
    expect(vi.normalize('NFC')).toBe(vi);
  });

  it('gives the same output for the same input', () => {
    expect(renderJunit(structuredClone(failingSuite), 'en', catalogue)).toBe(xml);
  });
});
