import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areas, isRequirementId, requirementById, requirements } from '../../src/scenario/catalogue.js';

interface Row {
  readonly id: string;
  readonly kind: string;
  readonly area: string;
  readonly requirement: string;
  readonly check: string;
}

const areaOfHeading: Record<string, string> = {
  'Connection and security': 'connection',
  'Lookup and verification': 'lookup',
  'Data matching and cleansing': 'matching',
  'Portal, dossiers and data reuse': 'portal',
  'Interconnected procedures (liên thông)': 'lien-thong',
};

/** The requirement rows of docs/REQUIREMENTS.md, with the area of the section each sits in. */
function parseCatalogue(markdown: string): Row[] {
  const rows: Row[] = [];
  let area = '';
  for (const line of markdown.split('\n')) {
    const heading = /^## (.+)$/.exec(line);
    if (heading) area = areaOfHeading[heading[1]!] ?? '';
    const cells = /^\| (R-[A-Z]+-\d+) \|/.test(line) ? line.split('|').slice(1, -1).map((c) => c.trim()) : null;
    if (cells) rows.push({ id: cells[0]!, kind: cells[1]!, area, requirement: cells[2]!, check: cells[3]! });
  }
  return rows;
}

const markdown = readFileSync(new URL('../../docs/REQUIREMENTS.md', import.meta.url), 'utf8');
const rows = parseCatalogue(markdown);

describe('the requirement catalogue', () => {
  it('reads 43 rows from docs/REQUIREMENTS.md, as its closing line counts them', () => {
    expect(rows).toHaveLength(43);
    expect(markdown).toContain('43 requirement IDs: connection 4, lookup 10, matching 7, portal 17, interconnected 5.');
  });

  it('is a verbatim copy of the directive file when the shared copy is present', () => {
    let shared: string;
    try {
      shared = readFileSync('/work/shared/directives/REQUIREMENTS.md', 'utf8');
    } catch {
      return;
    }
    expect(markdown).toBe(shared);
  });

  it('holds exactly the IDs of docs/REQUIREMENTS.md, in its order, with the same kinds and areas', () => {
    expect(requirements.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(requirements.map((r) => [r.id, r.kind, r.area])).toEqual(rows.map((r) => [r.id, r.kind, r.area]));
  });

  it('marks a harness assumption exactly where the check column says "harness assumption"', () => {
    const marked = requirements.filter((r) => r.harnessAssumption).map((r) => r.id);
    expect(marked).toEqual(rows.filter((r) => /harness assumption/i.test(r.check)).map((r) => r.id));
    expect(marked.length).toBeGreaterThan(0);
  });

  it('cites only what the row cites: each source names a document and an item found in the row', () => {
    for (const requirement of requirements) {
      const row = rows.find((r) => r.id === requirement.id)!;
      // R-LT-2 says "same sources as R-LT-1".
      const text = /same sources as (R-[A-Z]+-\d+)/.exec(row.requirement)
        ? `${row.requirement} ${rows.find((r) => r.id === /same sources as (R-[A-Z]+-\d+)/.exec(row.requirement)![1])!.requirement}`
        : `${row.requirement} ${row.check}`;
      expect(requirement.sources.length, requirement.id).toBeGreaterThan(0);
      for (const source of requirement.sources) {
        const [document, ...item] = source.split(' ');
        expect(['CT05', 'CV452', 'TB299', 'BTTTT', 'BC2060'], `${requirement.id}: ${source}`).toContain(document);
        expect(text, `${requirement.id}: ${source}`).toContain(document);
        expect(text, `${requirement.id}: ${source}`).toContain(item.join(' '));
      }
    }
  });

  it('quotes the Vietnamese words the row quotes in the Vietnamese title or check', () => {
    let seen = 0;
    for (const requirement of requirements) {
      const row = rows.find((r) => r.id === requirement.id)!;
      const quoted = [...`${row.requirement} ${row.check}`.matchAll(/"([^"]+)"/g)].map((m) => m[1]!).filter((words) => /[^\x00-\x7f]/.test(words));
      for (const words of quoted) {
        expect(`${requirement.title.vi} ${requirement.check.vi}`.toLowerCase(), `${requirement.id}: "${words}"`).toContain(words.toLowerCase());
        seen++;
      }
    }
    expect(seen).toBeGreaterThanOrEqual(15);
  });

  it('writes every title and check in both languages, the Vietnamese in NFC', () => {
    for (const r of requirements) {
      for (const text of [r.title.en, r.title.vi, r.check.en, r.check.vi]) expect(text.trim().length, r.id).toBeGreaterThan(10);
      for (const text of [r.title.vi, r.check.vi]) expect(text, r.id).toBe(text.normalize('NFC'));
      expect(r.title.vi, r.id).not.toBe(r.title.en);
      expect(r.check.vi, r.id).not.toBe(r.check.en);
    }
    for (const area of areas) expect(area.title.vi).toBe(area.title.vi.normalize('NFC'));
  });

  it('finds a row by ID and answers undefined for an ID it does not hold', () => {
    expect(requirementById('R-CONN-3')?.kind).toBe('derived');
    expect(requirementById('R-CONN-99')).toBeUndefined();
    expect(isRequirementId('R-LT-5')).toBe(true);
    expect(isRequirementId('R-LT-6')).toBe(false);
  });
});
