import type { JournalEntry } from '../mock/journal.js';
import type { Evidence, RetryAttempt } from '../scenario/types.js';
import { oneLine, truncate } from './format.js';
import { stableJson } from './stable-json.js';
import { strings, type Lang } from './strings.js';

/** `10:00:01.250` from an ISO instant; the instant itself when it is not one. */
function timeOfDay(iso: string): string {
  return /T(\d{2}:\d{2}:\d{2}(?:\.\d+)?)/.exec(iso)?.[1] ?? iso;
}

/** The path with its (redacted) query, as the mock saw it. */
export function requestTarget(entry: JournalEntry): string {
  const keys = Object.keys(entry.query).sort();
  if (keys.length === 0) return entry.path;
  return `${entry.path}?${keys.map((k) => `${k}=${entry.query[k] ?? ''}`).join('&')}`;
}

/** One journal entry on one line: time, method, path, status, duration, fault and violations. */
export function journalLine(entry: JournalEntry): string {
  const extras = [entry.fault === null ? '' : ` fault=${entry.fault}`, entry.violations.length === 0 ? '' : ` [${entry.violations.join(', ')}]`].join('');
  return oneLine(`${timeOfDay(entry.time)} ${entry.method} ${truncate(requestTarget(entry), 120)} → ${entry.response.status} (${entry.durationMs} ms)${extras}`);
}

/** Evidence in short, for the console: at most `max` journal lines, then one line of data. */
export function shortEvidence(evidence: Evidence | undefined, lang: Lang, max = 3): string[] {
  if (!evidence) return [];
  const lines: string[] = [];
  const journal = evidence.journal ?? [];
  for (const entry of journal.slice(0, max)) lines.push(journalLine(entry));
  if (journal.length > max) lines.push(strings[lang].moreCalls(journal.length - max));
  if (evidence.data !== undefined) lines.push(truncate(oneLine(stableJson(evidence.data)), 160));
  return lines;
}

/** Evidence in full as plain text: every journal line, then the data as indented JSON. */
export function evidenceText(evidence: Evidence | undefined, lang: Lang): string {
  if (!evidence) return '';
  const parts = (evidence.journal ?? []).map(journalLine);
  if (evidence.data !== undefined) parts.push(`${strings[lang].data}: ${stableJson(evidence.data, 2)}`);
  if (evidence.timeline !== undefined) parts.push(...timelineText(evidence.timeline, lang));
  return parts.join('\n');
}

/** True when there is something to show. */
export function hasEvidence(evidence: Evidence | undefined): evidence is Evidence {
  return evidence !== undefined && ((evidence.journal?.length ?? 0) > 0 || evidence.data !== undefined || (evidence.timeline?.length ?? 0) > 0);
}

/** The cells of a retry timeline, one row per attempt: number, time of day, status, Retry-After, wait, idempotency key. */
export function timelineRows(timeline: readonly RetryAttempt[]): string[][] {
  return timeline.map((a, i) => [
    String(i + 1),
    timeOfDay(a.at),
    String(a.status),
    a.retryAfterS === null ? '—' : `${a.retryAfterS} s`,
    a.waitedMs === null ? '—' : `${a.waitedMs} ms`,
    a.idempotencyKey === null ? '—' : a.idempotencyKey.slice(0, 8),
  ]);
}

/** A retry timeline as aligned text lines, with a header. */
export function timelineText(timeline: readonly RetryAttempt[], lang: Lang): string[] {
  const t = strings[lang].timeline;
  const rows = [[t.attempt, t.time, t.status, t.retryAfter, t.waited, t.key], ...timelineRows(timeline)];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => r.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - [...c].length)).join('  ').trimEnd());
}
