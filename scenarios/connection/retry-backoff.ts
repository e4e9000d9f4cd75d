import type { JournalEntry } from '../../src/mock/journal.js';
import { defineScenario } from '../../src/scenario/types.js';

const ORDINARY = '001085999001';
/** Slack for timer granularity when comparing a wait with the Retry-After the mock asked for. */
const SLACK_MS = 50;

/** One attempt as the report shows it: when, what came back, what the server asked, what the client waited. */
interface Attempt {
  readonly at: string;
  readonly status: number;
  readonly retryAfterS: number | null;
  readonly waitedMs: number | null;
  readonly idempotencyKey: string | null;
}

function timeline(entries: readonly JournalEntry[]): Attempt[] {
  return entries.map((e, i) => {
    const previous = entries[i - 1];
    const retryAfter = e.response.headers['retry-after'];
    return {
      at: e.time,
      status: e.response.status,
      retryAfterS: retryAfter === undefined ? null : Number(retryAfter),
      waitedMs: previous ? Date.parse(e.time) - Date.parse(previous.time) - previous.durationMs : null,
      idempotencyKey: e.request.headers['idempotency-key'] ?? null,
    };
  });
}

/**
 * R-CONN-3: graded retry behaviour. Three bursts: a 503 with Retry-After, 429s without it (backoff must grow), and a
 * POST that fails once (the retry must reuse its idempotency key); then an outage that never ends (retries bounded).
 */
export default defineScenario({
  id: 'connection/retry-backoff',
  title: 'Backs off on 429/503, honours Retry-After, bounds its retries and reuses the idempotency key',
  requirements: ['R-CONN-3'],
  tags: ['npd', 'faults', 'retry'],
  timeoutMs: 30_000,
  async run({ sut, mocks, check, note }) {
    const { journal, faults } = mocks.harness;
    const attemptsOf = (route: string, since: number): JournalEntry[] => journal.list({ route, sinceSeq: since, client: 'procedure-system' });

    // 1. Two 503s asking for one second each, then service.
    let since = journal.mark;
    faults.add({ route: 'npd.lookup', kind: 'status', status: 503, retryAfter: 1, next: 2 });
    const survived = await sut.call('lookupCitizen', { id: ORDINARY });
    const honoured = timeline(attemptsOf('npd.lookup', since));
    note('R-CONN-3', 'timeline: 503 with Retry-After: 1, twice', { timeline: honoured });
    check('R-CONN-3', survived.outcome === 'found', `survived two 503s and got the answer (${survived.outcome})`, { data: honoured });
    const waits = honoured.slice(1).map((a, i) => ({ asked: (honoured[i]!.retryAfterS ?? 0) * 1000, waited: a.waitedMs ?? 0 }));
    check('R-CONN-3', waits.length >= 2 && waits.every((w) => w.waited + SLACK_MS >= w.asked), 'waited at least the Retry-After the server asked for before each retry', { data: waits });

    // 2. 429s with no Retry-After: the client picks its own waits, and they must grow.
    since = journal.mark;
    faults.add({ route: 'npd.lookup', kind: 'status', status: 429, next: 3 });
    await sut.call('lookupCitizen', { id: ORDINARY });
    const backoff = timeline(attemptsOf('npd.lookup', since));
    note('R-CONN-3', 'timeline: 429 without Retry-After, three times', { timeline: backoff });
    const gaps = backoff.slice(1).map((a) => a.waitedMs ?? 0);
    check('R-CONN-3', gaps.length >= 2 && gaps.every((g) => g >= 20), 'never retried at once after a 429 (every wait at least 20 ms)', { data: gaps });
    check('R-CONN-3', gaps.length >= 2 && gaps.at(-1)! > gaps[0]!, 'the waits grew from one retry to the next (exponential backoff)', { data: gaps });

    // 3. A POST that fails once: the retry carries the same idempotency key.
    since = journal.mark;
    faults.add({ route: 'npd.verify', kind: 'status', status: 503, next: 1 });
    await sut.call('verifyCitizen', { personalId: ORDINARY, fullName: 'Nguyễn Văn An', dateOfBirth: '1985-04-12' });
    const posts = timeline(attemptsOf('npd.verify', since));
    const keys = new Set(posts.map((p) => p.idempotencyKey));
    check('R-CONN-3', posts.length >= 2 && keys.size === 1 && !keys.has(null), 'the retried POST reused its idempotency key, so it cannot be applied twice', { data: posts });

    // 4. An outage that does not end: the client gives up after a bounded number of attempts and says so.
    since = journal.mark;
    faults.add({ route: 'npd.lookup', kind: 'status', status: 503, retryAfter: 0 });
    const gaveUp = await sut.call('lookupCitizen', { id: ORDINARY });
    faults.clear();
    const outage = timeline(attemptsOf('npd.lookup', since));
    note('R-CONN-3', `timeline: an outage, ${outage.length} attempts`, { timeline: outage });
    check('R-CONN-3', outage.length >= 2 && outage.length <= 6, `bounded its retries during an outage (${outage.length} attempts; 2 to 6 expected)`, { data: outage });
    check('R-CONN-3', gaveUp.outcome === 'unavailable', `reported the outage instead of a wrong answer (${gaveUp.outcome})`, { data: gaveUp });
  },
});
