import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/scenario/catalogue.js';
import { loadScenarios } from '../../src/scenario/discover.js';
import { defineScenario } from '../../src/scenario/types.js';

describe('coverage of the requirement catalogue', () => {
  it('names the scenarios citing each requirement and leaves the others empty', () => {
    const rows = coverage([
      defineScenario({ id: 'a/x', title: 'x', requirements: ['R-LOOK-1', 'R-LOOK-2'], run: async () => undefined }),
      defineScenario({ id: 'b/y', title: 'y', requirements: ['R-LOOK-2'], run: async () => undefined }),
    ]);
    expect(rows).toHaveLength(43);
    expect(rows.find((r) => r.requirement.id === 'R-LOOK-2')!.scenarios).toEqual(['a/x', 'b/y']);
    expect(rows.find((r) => r.requirement.id === 'R-LOOK-1')!.scenarios).toEqual(['a/x']);
    expect(rows.filter((r) => r.scenarios.length === 0)).toHaveLength(41);
  });

  it('has at least one scenario in scenarios/ for every requirement ID of docs/REQUIREMENTS.md', async () => {
    const uncovered = coverage(await loadScenarios())
      .filter((r) => r.scenarios.length === 0)
      .map((r) => r.requirement.id);
    expect(uncovered).toEqual([]);
  });
});
