import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HarnessError } from '../../src/errors.js';
import { requirementById } from '../../src/scenario/catalogue.js';
import { defaultScenariosDir, loadScenarios } from '../../src/scenario/discover.js';

/** A folder of built scenario modules (ES modules), from path → source. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vn06-scenarios-'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  return dir;
}

const scenario = (id: string, requirements = ['R-LOOK-1']): string =>
  `{ id: ${JSON.stringify(id)}, title: 't', requirements: ${JSON.stringify(requirements)}, run: async () => {} }`;

describe('loadScenarios', () => {
  it('imports every scenario module under the area folders, default or array exports, sorted by ID', async () => {
    const dir = folder({
      'portal/b.js': `export default ${scenario('portal/b')};`,
      'lookup/many.js': `export const scenarios = [${scenario('lookup/z')}, ${scenario('lookup/a')}];`,
      'lookup/many.d.ts': 'this is not JavaScript',
      'lookup/many.js.map': '{}',
      'steps.js': 'export const helper = 1;',
      'lookup/_shared.js': 'export const helper = 2;',
      '_fixtures/x.js': 'export const helper = 3;',
    });
    const loaded = await loadScenarios(dir);
    expect(loaded.map((s) => s.id)).toEqual(['lookup/a', 'lookup/z', 'portal/b']);
  });

  it.each([
    [{ 'lookup/a.js': 'export const nothing = 1;' }, /lookup\/a\.js: it exports no scenario/],
    [{ 'lookup/a.js': 'export default { id: "lookup/a" };' }, /lookup\/a\.js: an export is not a scenario/],
    [{ 'lookup/a.js': 'export const scenarios = 5;' }, /lookup\/a\.js: its export "scenarios" is not an array/],
    [{ 'lookup/a.js': `export default ${scenario('lookup/a', [])};` }, /lookup\/a\.js: lookup\/a cites no requirement/],
    [{ 'lookup/a.js': `export default ${scenario('lookup/a', ['R-LOOK-1', 'R-LOOK-42'])};` }, /lookup\/a\.js: lookup\/a cites R-LOOK-42, not in the requirement catalogue/],
    [{ 'lookup/a.js': `export default ${scenario('lookup/x')};`, 'portal/b.js': `export default ${scenario('lookup/x')};` }, /portal\/b\.js: the scenario ID lookup\/x is already used in lookup\/a\.js/],
    [{ 'lookup/a.js': 'export default {' }, /lookup\/a\.js: /],
  ])('refuses %j, naming the file', async (files, message) => {
    const dir = folder(files);
    await expect(loadScenarios(dir)).rejects.toThrow(HarnessError);
    await expect(loadScenarios(dir)).rejects.toThrow(message);
  });

  it('names a folder that does not exist', async () => {
    await expect(loadScenarios(join(tmpdir(), 'vn06-no-such-folder'))).rejects.toThrow(/Failed to load the scenarios in .*vn06-no-such-folder: ENOENT/);
  });

  it('loads the suite shipped in scenarios/ from the sources, every scenario citing catalogue IDs', async () => {
    const loaded = await loadScenarios(defaultScenariosDir());
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.map((s) => s.id)).toEqual([...loaded.map((s) => s.id)].sort());
    for (const s of loaded) for (const id of s.requirements) expect(requirementById(id), `${s.id}: ${id}`).toBeDefined();
  });
});
