import type { Harness } from '../../src/mock/harness.js';
import { SUT_CLIENT } from '../../src/scenario/runner.js';
import type { StimulusOutput } from '../../src/scenario/sut/types.js';
import { defineScenario, type RequirementId } from '../../src/scenario/types.js';

/** The portal's reconciliation of one target (mocks/portal/README.md, Monitoring). */
interface TargetReconciliation {
  readonly seen: number;
  readonly reported: number;
  readonly matched: number;
  readonly byEvent: Readonly<Record<string, { seen: number; reported: number }>>;
  readonly missing: readonly unknown[];
  readonly extra: readonly unknown[];
  readonly late: readonly unknown[];
  readonly reconciled: boolean;
}

/** Each target with the source that names it (in English and Vietnamese): MIC's monitoring system, and the steering data of Decision 766. */
const TARGETS = [
  { target: 'BTTTT-20', source: 'BTTTT 20 (MIC’s monitoring and measurement system)', sourceVi: 'BTTTT 20 (hệ thống giám sát, đo lường của Bộ Thông tin và Truyền thông)' },
  { target: 'CT05-A16', source: 'CT05 A16 (real-time steering data, Decision 766)', sourceVi: 'CT05 A16 (dữ liệu chỉ đạo, điều hành thời gian thực, Quyết định 766)' },
] as const;

/** Time between the morning's and the afternoon's dossiers: longer than the 300 s a report may take. */
const BETWEEN_BATCHES_MS = 10 * 60_000;
const REQUIREMENT: RequirementId = 'R-CONN-4';

/** What the portal's monitoring saw, read through its reconciliation route with the system's own client (reports are per client). */
async function reconciliation(harness: Harness, url: string): Promise<Record<string, TargetReconciliation>> {
  const grant = await harness.auth.issue(SUT_CLIENT.id, SUT_CLIENT.secret, 'portal.monitoring');
  if (!('access_token' in grant)) throw new Error(`the harness refused a monitoring token: ${grant.message}`);
  const res = await fetch(`${url}/portal/v1/monitoring/reconciliation`, { headers: { authorization: `Bearer ${grant.access_token}` } });
  if (res.status !== 200) throw new Error(`the portal's reconciliation answered ${res.status}`);
  return ((await res.json()) as { targets: Record<string, TargetReconciliation> }).targets;
}

/**
 * R-CONN-4: the system reports dossier events to monitoring and measurement promptly, and the counts reconcile with
 * what the portal saw, for BTTTT 20 and CT05 A16 separately (one mock serves both). Two batches of dossiers are
 * handled ten minutes apart; the portal then pairs every status change it saw with the reports each target received:
 * none missing, none extra, none later than 300 s. The system's own counts must match the reports received.
 */
export default defineScenario({
  id: 'connection/monitoring-reconciliation',
  title: {
    en: 'Reports every dossier event promptly to BTTTT 20 and CT05 A16; the counts reconcile with what the portal saw',
    vi: 'Báo cáo kịp thời mọi sự kiện của hồ sơ theo BTTTT 20 và CT05 A16; số liệu khớp với những gì Cổng Dịch vụ công quốc gia ghi nhận',
  },
  requirements: ['R-CONN-4'],
  tags: ['portal', 'monitoring'],
  async run({ sut, mocks, check }) {
    const { harness } = mocks;
    const batches: StimulusOutput<'handleDossiers'>[] = [await sut.call('handleDossiers', { count: 3 })];
    harness.clock.advance(BETWEEN_BATCHES_MS);
    batches.push(await sut.call('handleDossiers', { count: 2 }));
    const dossiers = batches.flatMap((b) => b.dossiers);
    const targets = await reconciliation(harness, mocks.url);
    const reports = harness.journal.list({ route: 'portal.monitoring.report' });
    check(REQUIREMENT, dossiers.length === 5, { en: `the system reports the five dossiers handled (${dossiers.length})`, vi: `hệ thống báo đã xử lý năm hồ sơ (${dossiers.length})` }, { data: batches });

    for (const { target, source, sourceVi } of TARGETS) {
      const r = targets[target];
      const evidence = { data: { target, reconciliation: r, counted: batches.map((b) => b.reported[target]) }, journal: reports.filter((e) => (e.request.body as { target?: string } | null)?.target === target) };
      if (!r) {
        check(REQUIREMENT, false, { en: `${source}: the portal has no reconciliation for this target`, vi: `${sourceVi}: Cổng không có số liệu đối soát cho đầu mối nhận báo cáo này` }, evidence);
        continue;
      }
      check(REQUIREMENT, r.seen > 0 && r.missing.length === 0, {
        en: `${source}: every status change the portal saw was reported (${r.seen} seen, ${r.missing.length} missing)`,
        vi: `${sourceVi}: mọi thay đổi trạng thái mà Cổng ghi nhận đều đã được báo cáo (Cổng ghi nhận ${r.seen}, thiếu ${r.missing.length})`,
      }, evidence);
      check(REQUIREMENT, r.extra.length === 0, { en: `${source}: nothing was reported that the portal did not see (${r.extra.length} extra)`, vi: `${sourceVi}: không báo cáo sự kiện nào mà Cổng không ghi nhận (thừa ${r.extra.length})` }, evidence);
      check(REQUIREMENT, r.late.length === 0, { en: `${source}: every report arrived within 300 s of the change (${r.late.length} late)`, vi: `${sourceVi}: mọi báo cáo đều đến trong vòng 300 giây kể từ khi trạng thái thay đổi (trễ ${r.late.length})` }, evidence);
      const counted = batches.reduce((sum, b) => sum + b.reported[target], 0);
      check(REQUIREMENT, counted === r.reported && r.reported === r.seen, {
        en: `${source}: the counts reconcile (the system counted ${counted}, the target received ${r.reported}, the portal saw ${r.seen})`,
        vi: `${sourceVi}: số liệu khớp khi đối soát (hệ thống đếm được ${counted}, đầu mối nhận được ${r.reported}, Cổng ghi nhận ${r.seen})`,
      }, evidence);
    }
  },
});
