import type { Dossier } from './dossiers.js';
import { lifecycle } from './lifecycle.js';
import { monitoringTargets, type MonitoringEventBody, type MonitoringTarget } from './services-contract.js';

/** How late a report may come after the portal saw the status change, by default (R-CONN-4 asks for prompt reports). */
export const DEFAULT_MAX_DELAY_SECONDS = 300;

interface Report extends MonitoringEventBody {
  readonly client: string;
  readonly reportedAt: number;
}

interface Occurrence {
  readonly MaHoSo: string;
  readonly event: string;
  readonly at: number;
}

/** The status changes the portal saw for these dossiers, as monitoring events. */
function seenEvents(dossiers: readonly Dossier[]): Occurrence[] {
  return dossiers.flatMap((d) =>
    d.steps.filter((s) => s.TrangThaiTruoc !== s.TrangThai).map((s) => ({ MaHoSo: d.submission.MaHoSo, event: lifecycle[s.TrangThai].event, at: Date.parse(s.receivedAt) })),
  );
}

function byKey(occurrences: readonly Occurrence[]): Map<string, Occurrence[]> {
  const groups = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const key = `${o.MaHoSo}\u0000${o.event}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  return groups;
}

/** Compares what a target was told with what the portal saw: missing, extra and late reports, counts by event. */
function reconcileTarget(seen: readonly Occurrence[], reported: readonly Occurrence[], maxDelayMs: number) {
  const seenGroups = byKey(seen);
  const reportedGroups = byKey(reported);
  const ref = (o: Occurrence) => ({ MaHoSo: o.MaHoSo, event: o.event });
  const missing: { MaHoSo: string; event: string }[] = [];
  const extra: { MaHoSo: string; event: string }[] = [];
  const late: { MaHoSo: string; event: string; seenAt: string; reportedAt: string; delaySeconds: number }[] = [];
  let matched = 0;
  for (const key of new Set([...seenGroups.keys(), ...reportedGroups.keys()])) {
    const s = seenGroups.get(key) ?? [];
    const r = reportedGroups.get(key) ?? [];
    const pairs = Math.min(s.length, r.length);
    matched += pairs;
    missing.push(...s.slice(pairs).map(ref));
    extra.push(...r.slice(pairs).map(ref));
    for (let i = 0; i < pairs; i++) {
      const delay = r[i]!.at - s[i]!.at;
      if (delay > maxDelayMs) late.push({ ...ref(s[i]!), seenAt: new Date(s[i]!.at).toISOString(), reportedAt: new Date(r[i]!.at).toISOString(), delaySeconds: Math.round(delay / 1000) });
    }
  }
  const byEvent: Record<string, { seen: number; reported: number }> = {};
  for (const code of Object.values(lifecycle)) byEvent[code.event] = { seen: 0, reported: 0 };
  for (const o of seen) byEvent[o.event]!.seen += 1;
  for (const o of reported) byEvent[o.event]!.reported += 1;
  return { seen: seen.length, reported: reported.length, matched, byEvent, missing, extra, late, reconciled: missing.length === 0 && extra.length === 0 && late.length === 0 };
}

/**
 * Dossier events a procedure system reports to monitoring and measurement (R-CONN-4), kept per target: MIC's system
 * (`BTTTT-20`) and the real-time steering data (`CT05-A16`) are reconciled separately against the dossiers the portal saw.
 */
export class MonitoringStore {
  private readonly reports: Report[] = [];

  report(client: string, body: MonitoringEventBody, now: number): Report {
    const report = { ...body, client, reportedAt: now };
    this.reports.push(report);
    return report;
  }

  /** The reconciliation of one client's reports with its dossiers, for one target or both. */
  reconcile(client: string, dossiers: readonly Dossier[], target: MonitoringTarget | undefined, maxDelaySeconds: number) {
    const seen = seenEvents(dossiers);
    const targets = target === undefined ? monitoringTargets : [target];
    const reported = (t: MonitoringTarget) =>
      this.reports.filter((r) => r.client === client && r.target === t).map((r) => ({ MaHoSo: r.MaHoSo, event: r.event, at: r.reportedAt }));
    return {
      maxDelaySeconds,
      targets: Object.fromEntries(targets.map((t) => [t, reconcileTarget(seen, reported(t), maxDelaySeconds * 1000)])),
    };
  }
}
