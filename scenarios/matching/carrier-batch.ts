import type { JournalEntry } from '../../src/mock/journal.js';
import { carrierBatch, malformed, matchBatch } from '../../src/scenario/sut/reference/matching-fixtures.js';
import { defineScenario } from '../../src/scenario/types.js';

/** Subscriptions in the carrier's batch. */
const SUBSCRIPTIONS = 20_000;

/** The progress the NPD reported to each status poll made while the records were being matched. */
function progressSeen(polls: readonly JournalEntry[]): { status: string; processed: number }[] {
  return polls.map((e) => (e.response.body as { data?: { status: string; processed: number } }).data).filter((d) => d !== undefined).map((d) => ({ status: d.status, processed: d.processed }));
}

/**
 * R-MATCH-2 (derived; the duty is MIC's and the carriers'): a carrier-style batch of 20,000 subscriptions (several per
 * person; TCVN3, VNI and upper-case names, dd/MM/yyyy dates, old IDs, mistyped IDs) completes through the NPD's batch
 * API while the system follows its progress, and the standardised output round-trips: matched again, every
 * subscription of a living person comes back `matched` with nothing left to tidy.
 */
export default defineScenario({
  id: 'matching/carrier-batch',
  title: {
    en: 'Matches a carrier’s 20,000 subscriptions with progress, and its cleaned output matches again as it is',
    vi: 'Đối soát 20.000 thuê bao của nhà mạng có theo dõi tiến độ; dữ liệu đầu ra đã làm sạch khi đối soát lại vẫn khớp nguyên trạng',
  },
  requirements: ['R-MATCH-2'],
  tags: ['npd', 'batch', 'telecom', 'volume'],
  timeoutMs: 30_000,
  async run({ sut, mocks, check, note }) {
    const { harness } = mocks;
    const batch = carrierBatch(harness.population, harness.world, SUBSCRIPTIONS);
    const since = harness.journal.mark;
    const started = Date.now();
    const first = await matchBatch(sut, batch);
    const tookMs = Date.now() - started;
    note('R-MATCH-2', { en: `the first pass took ${tookMs} ms`, vi: `lượt đối soát đầu tiên mất ${tookMs} ms` });
    const answered = new Set(first.results.map((r) => r.ref));
    const missing = batch.records.filter((r) => !answered.has(r.ref)).map((r) => r.ref);
    check('R-MATCH-2', missing.length === 0, {
      en: `the batch completed: ${answered.size} of ${SUBSCRIPTIONS} subscriptions got a verdict`,
      vi: `lô đã chạy xong: ${answered.size} trên ${SUBSCRIPTIONS} thuê bao có kết quả đối soát`,
    }, { data: { missing: missing.slice(0, 20) } });

    const polls = harness.journal.list({ route: 'npd.batch.status', sinceSeq: since });
    const during = progressSeen(polls).filter((p) => p.status === 'receiving');
    const steps = new Set(during.map((p) => p.processed));
    check('R-MATCH-2', steps.size >= 2, {
      en: `the system followed the job’s progress: ${steps.size >= 2 ? 'at least two' : steps.size === 1 ? 'one' : 'no'} distinct counts seen while the records were matched (at least two expected)`,
      vi: `hệ thống theo dõi tiến độ của tác vụ: ${steps.size >= 2 ? 'ít nhất hai' : steps.size === 1 ? 'một' : 'không có'} giá trị đếm khác nhau được ghi nhận trong khi đối soát các bản ghi (yêu cầu ít nhất hai)`,
    }, { data: { polls: polls.length, progress: during.slice(0, 40) }, journal: polls.slice(0, 5) });

    const odd = first.standardised.filter((r) => batch.live.has(r.ref)).flatMap((r) => (malformed(r) ? [{ ref: r.ref, problem: malformed(r) }] : []));
    check('R-MATCH-2', odd.length === 0, {
      en: `the cleaned subscriptions are in standard form: 12-digit ID, NFC name, yyyy-MM-dd (${odd.length} of ${batch.live.size} live ones not)`,
      vi: `các thuê bao đã làm sạch ở dạng chuẩn: số định danh 12 số, họ tên dạng NFC, ngày theo yyyy-MM-dd (${odd.length} trên ${batch.live.size} thuê bao của người còn sống chưa đạt)`,
    }, { data: odd.slice(0, 20) });

    const again = await matchBatch(sut, { sector: 'telecom', records: first.standardised as never });
    const live = again.results.filter((r) => batch.live.has(r.ref));
    const unstable = live.filter((r) => r.verdict !== 'matched' || r.normalised.length > 0).map((r) => ({ ref: r.ref, verdict: r.verdict, normalised: r.normalised, explanation: r.explanation }));
    const lost = [...batch.live].filter((ref) => !again.results.some((r) => r.ref === ref));
    check(
      'R-MATCH-2',
      lost.length === 0 && unstable.length === 0,
      {
        en: `the cleaned output round-trips: ${live.length - unstable.length} of ${batch.live.size} live subscriptions matched again as they are (${unstable.length} not, ${lost.length} missing from the cleaned output)`,
        vi: `dữ liệu đã làm sạch khi đối soát lại vẫn khớp: ${live.length - unstable.length} trên ${batch.live.size} thuê bao của người còn sống khớp lại nguyên trạng (${unstable.length} không khớp, ${lost.length} thiếu trong dữ liệu đầu ra)`,
      },
      { data: { unstable: unstable.slice(0, 20), lost: lost.slice(0, 20) } },
    );
  },
});
