/**
 * Scores someone else's matching against the generator's ground truth: precision, recall, F1 and the Matthews
 * correlation coefficient of each verdict class, one class against the rest (R-MATCH-1, R-MATCH-4).
 */
import { ErrorCode, HarnessError } from '../errors.js';
import { formatOfPath, readRecords } from './read-records.js';
import { matchVerdicts, type MatchVerdict } from './sectors.js';

export interface ClassMetrics {
  readonly verdict: MatchVerdict;
  /** Records the truth puts in the class, and those the results put there. */
  readonly expected: number;
  readonly reported: number;
  readonly truePositives: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
  readonly mcc: number | null;
}

export interface VerdictScore {
  readonly records: number;
  readonly accuracy: number;
  readonly classes: readonly ClassMetrics[];
  /** Records of the truth with no result, and results naming no record of the truth. */
  readonly unanswered: number;
  readonly unknown: number;
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;
const isVerdict = (v: unknown): v is MatchVerdict => typeof v === 'string' && (matchVerdicts as readonly string[]).includes(v);

/** The key that joins a result to its truth: the ref when there is one, else the record number. */
const joinKey = (row: Record<string, unknown>): string | undefined => (typeof row.ref === 'string' && row.ref !== '' ? `ref:${row.ref}` : row.record !== undefined ? `record:${String(row.record)}` : undefined);

/** Precision, recall, F1 and MCC per class from the pairs (expected, reported). */
export function scorePairs(pairs: Iterable<readonly [MatchVerdict, MatchVerdict | undefined]>): Omit<VerdictScore, 'unknown'> {
  const confusion = new Map<string, number>();
  let records = 0;
  let right = 0;
  let unanswered = 0;
  for (const [expected, reported] of pairs) {
    records++;
    if (reported === undefined) unanswered++;
    if (reported === expected) right++;
    const k = `${expected}>${reported ?? ''}`;
    confusion.set(k, (confusion.get(k) ?? 0) + 1);
  }
  const count = (e: MatchVerdict | null, r: MatchVerdict | null): number => {
    let total = 0;
    for (const [k, c] of confusion) {
      const [ke, kr] = k.split('>');
      if ((e === null || ke === e) && (r === null || kr === r)) total += c;
    }
    return total;
  };
  const classes = matchVerdicts.map((verdict): ClassMetrics => {
    const tp = count(verdict, verdict);
    const expected = count(verdict, null);
    const reported = count(null, verdict);
    const fp = reported - tp;
    const fn = expected - tp;
    const tn = records - tp - fp - fn;
    const precision = reported === 0 ? null : tp / reported;
    const recall = expected === 0 ? null : tp / expected;
    const f1 = precision === null || recall === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall);
    const denominator = Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
    const mcc = denominator === 0 ? null : (tp * tn - fp * fn) / denominator;
    const r = (x: number | null): number | null => (x === null ? null : round(x));
    return { verdict, expected, reported, truePositives: tp, precision: r(precision), recall: r(recall), f1: r(f1), mcc: r(mcc) };
  });
  return { records, accuracy: records === 0 ? 1 : round(right / records), classes, unanswered };
}

/** Scores a results file (NDJSON or CSV with `ref` or `record`, and `verdict`) against a ground-truth file of `vn06 generate --sector --truth`. */
export async function scoreFiles(resultsPath: string, truthPath: string): Promise<VerdictScore> {
  const expected = new Map<string, MatchVerdict>();
  const read = async function* (path: string, what: string) {
    try {
      for await (const line of readRecords(path, formatOfPath(path))) {
        if ('problem' in line) throw new HarnessError(ErrorCode.BadInput, `Failed to read the ${what} file ${path}: record ${line.record}: ${line.problem}`);
        yield line;
      }
    } catch (cause) {
      if (cause instanceof HarnessError) throw cause;
      throw new HarnessError(ErrorCode.BadInput, `Failed to read the ${what} file ${path}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, { cause });
    }
  };
  for await (const line of read(truthPath, 'truth')) {
    const key = joinKey(line.value);
    if (key === undefined || !isVerdict(line.value.verdict)) throw new HarnessError(ErrorCode.BadInput, `Failed to read the truth file ${truthPath}: record ${line.record} has no ref and verdict (write it with vn06 generate --sector S --truth FILE)`);
    expected.set(key, line.value.verdict);
  }
  const reported = new Map<string, MatchVerdict>();
  let unknown = 0;
  for await (const line of read(resultsPath, 'results')) {
    const key = joinKey(line.value);
    const verdict = line.value.verdict;
    if (key === undefined || !isVerdict(verdict)) throw new HarnessError(ErrorCode.BadInput, `Failed to read the results file ${resultsPath}: record ${line.record} needs a ref (or record) and a verdict, one of ${matchVerdicts.join(', ')}`);
    if (!expected.has(key)) unknown++;
    else reported.set(key, verdict);
  }
  const pairs = (function* () {
    for (const [key, verdict] of expected) yield [verdict, reported.get(key)] as const;
  })();
  return { ...scorePairs(pairs), unknown };
}

/** The score as a console table. */
export function scoreConsole(score: VerdictScore): string {
  const f = (x: number | null): string => (x === null ? '—' : x.toFixed(4));
  const lines = [`${score.records.toLocaleString('en')} records, accuracy ${f(score.accuracy)}${score.unanswered ? `, ${score.unanswered} without a result` : ''}${score.unknown ? `, ${score.unknown} results for no record of the truth` : ''}`];
  lines.push(`${'verdict'.padEnd(24)} ${'expected'.padStart(9)} ${'reported'.padStart(9)} ${'precision'.padStart(9)} ${'recall'.padStart(9)} ${'F1'.padStart(9)} ${'MCC'.padStart(9)}`);
  for (const c of score.classes) {
    if (c.expected === 0 && c.reported === 0) continue;
    lines.push(`${c.verdict.padEnd(24)} ${String(c.expected).padStart(9)} ${String(c.reported).padStart(9)} ${f(c.precision).padStart(9)} ${f(c.recall).padStart(9)} ${f(c.f1).padStart(9)} ${f(c.mcc).padStart(9)}`);
  }
  return `${lines.join('\n')}\n`;
}
