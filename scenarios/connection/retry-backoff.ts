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
  title: {
    en: 'Backs off on 429/503, honours Retry-After, bounds its retries and reuses the idempotency key',
    vi: 'Giãn thời gian thử lại khi gặp 429/503, tuân thủ Retry-After, giới hạn số lần thử lại và dùng lại khóa idempotency',
  },
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
    note('R-CONN-3', { en: 'timeline: 503 with Retry-After: 1, twice', vi: 'diễn biến: hai lần 503 kèm Retry-After: 1' }, { timeline: honoured });
    check('R-CONN-3', survived.outcome === 'found', { en: `survived two 503s and got the answer (${survived.outcome})`, vi: `vượt qua hai lần 503 và nhận được kết quả (${survived.outcome})` }, { data: honoured });
    const waits = honoured.slice(1).map((a, i) => ({ asked: (honoured[i]!.retryAfterS ?? 0) * 1000, waited: a.waitedMs ?? 0 }));
    check('R-CONN-3', waits.length >= 2 && waits.every((w) => w.waited + SLACK_MS >= w.asked), { en: 'waited at least the Retry-After the server asked for before each retry', vi: 'trước mỗi lần thử lại đều chờ ít nhất bằng thời gian Retry-After mà máy chủ yêu cầu' }, { data: waits });

    // 2. 429s with no Retry-After: the client picks its own waits, and they must grow.
    since = journal.mark;
    faults.add({ route: 'npd.lookup', kind: 'status', status: 429, next: 3 });
    await sut.call('lookupCitizen', { id: ORDINARY });
    const backoff = timeline(attemptsOf('npd.lookup', since));
    note('R-CONN-3', { en: 'timeline: 429 without Retry-After, three times', vi: 'diễn biến: ba lần 429 không kèm Retry-After' }, { timeline: backoff });
    const gaps = backoff.slice(1).map((a) => a.waitedMs ?? 0);
    check('R-CONN-3', gaps.length >= 2 && gaps.every((g) => g >= 20), { en: 'never retried at once after a 429 (every wait at least 20 ms)', vi: 'không thử lại ngay sau khi nhận 429 (mỗi lần chờ ít nhất 20 ms)' }, { data: gaps });
    check('R-CONN-3', gaps.length >= 2 && gaps.at(-1)! > gaps[0]!, { en: 'the waits grew from one retry to the next (exponential backoff)', vi: 'thời gian chờ tăng dần qua từng lần thử lại (giãn cách theo hàm mũ, exponential backoff)' }, { data: gaps });
    // Jitter and cap are reported, not gated: the sources ask for no particular backoff, only that the client backs off.
    const ratios = gaps.slice(1).map((g, i) => Number((g / gaps[i]!).toFixed(2)));
    note('R-CONN-3', {
      en: `backoff growth ratios ${ratios.join(', ') || 'none'} (a pure doubling gives 2 each time; spread between them means jitter); longest wait ${Math.max(0, ...gaps)} ms (the cap, if any, is at least this)`,
      vi: `tỷ lệ tăng thời gian chờ ${ratios.join(', ') || 'không có'} (nhân đôi thuần túy cho 2 mỗi lần; chênh lệch giữa các tỷ lệ cho thấy có jitter); lần chờ dài nhất ${Math.max(0, ...gaps)} ms (mức trần, nếu có, không nhỏ hơn)`,
    }, { data: { gaps, ratios } });

    // 3. A POST that fails once: the retry carries the same idempotency key.
    since = journal.mark;
    faults.add({ route: 'npd.verify', kind: 'status', status: 503, next: 1 });
    await sut.call('verifyCitizen', { personalId: ORDINARY, fullName: 'Nguyễn Văn An', dateOfBirth: '1985-04-12' });
    const posts = timeline(attemptsOf('npd.verify', since));
    const keys = new Set(posts.map((p) => p.idempotencyKey));
    check('R-CONN-3', posts.length >= 2 && keys.size === 1 && !keys.has(null), { en: 'the retried POST reused its idempotency key', vi: 'yêu cầu POST được thử lại dùng lại khóa idempotency của nó' }, { data: posts });

    // 4. An outage that does not end: the client gives up after a bounded number of attempts and says so.
    since = journal.mark;
    faults.add({ route: 'npd.lookup', kind: 'status', status: 503, retryAfter: 0 });
    const gaveUp = await sut.call('lookupCitizen', { id: ORDINARY });
    faults.clear();
    const outage = timeline(attemptsOf('npd.lookup', since));
    note('R-CONN-3', { en: `timeline: an outage, ${outage.length} attempts`, vi: `diễn biến: dịch vụ gián đoạn, ${outage.length} lần thử` }, { timeline: outage });
    check('R-CONN-3', outage.length >= 2 && outage.length <= 6, { en: `bounded its retries during an outage (${outage.length} attempts; 2 to 6 expected)`, vi: `giới hạn số lần thử lại khi dịch vụ gián đoạn (${outage.length} lần thử; yêu cầu từ 2 đến 6)` }, { data: outage });
    check('R-CONN-3', gaveUp.outcome === 'unavailable', { en: `reported the outage instead of a wrong answer (${gaveUp.outcome})`, vi: `báo dịch vụ gián đoạn thay vì trả về kết quả sai (${gaveUp.outcome})` }, { data: gaveUp });
  },
});
