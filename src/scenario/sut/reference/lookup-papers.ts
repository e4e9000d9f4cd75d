import type { ReferenceCore } from './core.js';

/** The habit of a procedure system that still asks for the paper even when the same data is online. */
export const ASKS_FOR_PAPERS = 'asks-for-papers';

/** What the system asks the citizen to bring: nothing, unless the habit `asks-for-papers` asks for these papers anyway. */
export function papersAsked(core: ReferenceCore, ...papers: readonly string[]): string[] {
  return core.has(ASKS_FOR_PAPERS) ? [...papers] : [];
}
