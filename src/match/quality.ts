/**
 * The data-quality report of a matched dataset (R-MATCH-4, R-MATCH-5): the four dimensions of the directives, "đúng,
 * đủ, sạch, sống" (correct, complete, clean, live), with counts, the exact-match rate and the worst records. The
 * sources do not define the four words; what each counts here is a harness assumption, said in `dimensionMeaning`.
 * Kept as counts and a bounded list, so it costs the same for ten records as for ten million.
 */
import { matchVerdicts, sectorOwnFields, sectorProfiles, type MatchVerdict, type Sector } from './sectors.js';

export const dimensions = ['correct', 'complete', 'clean', 'live'] as const;
export type Dimension = (typeof dimensions)[number];

export const dimensionMeaning: Readonly<Record<Dimension, string>> = {
  correct: 'đúng: the record names a person the NPD knows and every field given agrees with the NPD (matched, or resolved from an old ID)',
  complete: 'đủ: every field the sector keeps is present (an ID, the name, the date of birth, and sex, address and the sector’s own fields where it keeps them)',
  clean: 'sạch: well-formed as given (readable, nothing to tidy: NFC, no legacy encoding, yyyy-MM-dd, coded sex, bare digits) and not a repeat of an earlier record',
  live: 'sống: the person is alive and the record carries the current 12-digit personal ID (not an old 9-digit one) and, where the sector keeps one, an address in the units in force since 1 July 2025',
};

/** A record that fails one or more dimensions, with why. */
export interface QualityExample {
  readonly record: number;
  readonly ref?: string;
  readonly verdict: MatchVerdict;
  readonly faults: readonly { readonly dimension: Dimension; readonly fault: string }[];
}

/** The state of the report as it grows; plain data, so a checkpoint can hold it. */
export interface QualityState {
  records: number;
  verdicts: Record<MatchVerdict, number>;
  /** Records that pass each dimension. */
  passed: Record<Dimension, number>;
  /** Matched as given, nothing tidied. */
  exact: number;
  worst: QualityExample[];
}

export interface QualityReport {
  readonly sector: Sector;
  readonly records: number;
  readonly verdicts: Readonly<Record<MatchVerdict, number>>;
  readonly dimensions: readonly { readonly dimension: Dimension; readonly meaning: string; readonly passed: number; readonly of: number; readonly score: number }[];
  /** R-MATCH-5: matched as given, nothing tidied, over all records. */
  readonly exactMatchRate: number;
  /** Matched or resolved from an old ID after tidying, over all records. */
  readonly matchRateAfterTidying: number;
  readonly worst: readonly QualityExample[];
}

/** How many of the worst records the report keeps. */
export const WORST = 10;

export function emptyQuality(): QualityState {
  return {
    records: 0,
    verdicts: Object.fromEntries(matchVerdicts.map((v) => [v, 0])) as Record<MatchVerdict, number>,
    passed: { correct: 0, complete: 0, clean: 0, live: 0 },
    exact: 0,
    worst: [],
  };
}

/** What the report needs of one matched record. */
export interface QualityInput {
  readonly record: number;
  readonly ref?: string;
  readonly verdict: MatchVerdict;
  /** The record as given, or undefined when it could not be read. */
  readonly given: Readonly<Record<string, unknown>> | undefined;
  /** The tidying steps, as `field how`. */
  readonly tidied: readonly string[];
  /** The address is written in the units abolished on 1 July 2025. */
  readonly outdatedAddress?: boolean;
  /** Matched as given: the identity fields sent to the NPD needed no tidying. */
  readonly exact?: boolean;
  readonly differs: Readonly<Record<string, string>>;
  readonly reason: string;
  readonly duplicateOf?: number;
  /** For a duplicate: the verdict the record itself got, before it was found to repeat another. */
  readonly classifiedAs?: MatchVerdict;
}

const present = (value: unknown): boolean => value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');

/** Adds one record to the report. */
export function addToQuality(state: QualityState, sector: Sector, input: QualityInput): void {
  state.records++;
  state.verdicts[input.verdict]++;
  const faults: { dimension: Dimension; fault: string }[] = [];
  const given = input.given;
  const verdict = input.classifiedAs ?? input.verdict;
  // correct
  if (verdict === 'matched' || verdict === 'resolved-from-legacy-id' || verdict === 'deceased') state.passed.correct++;
  else if (verdict === 'mismatched') faults.push({ dimension: 'correct', fault: `the NPD holds ${Object.entries(input.differs).map(([f, v]) => `${f} ${v}`).join(' and ')}` });
  else faults.push({ dimension: 'correct', fault: input.reason });
  // complete
  const missing: string[] = [];
  if (given === undefined) missing.push('the whole record');
  else {
    if (!present(given.SoDinhDanh) && !present(given.SoCMND)) missing.push('SoDinhDanh');
    for (const field of sectorProfiles[sector].keeps) if (field !== 'SoDinhDanh' && !present(given[field])) missing.push(field);
    for (const field of sectorOwnFields[sector]) if (field !== 'Truong' && !present(given[field])) missing.push(field);
  }
  if (missing.length === 0) state.passed.complete++;
  else faults.push({ dimension: 'complete', fault: `missing ${missing.join(', ')}` });
  // clean
  if (given === undefined) faults.push({ dimension: 'clean', fault: input.reason });
  else if (input.duplicateOf !== undefined) faults.push({ dimension: 'clean', fault: `repeats record ${input.duplicateOf}` });
  else if (input.tidied.length > 0) faults.push({ dimension: 'clean', fault: `needed tidying: ${input.tidied.join(', ')}` });
  else state.passed.clean++;
  // live
  if (verdict === 'deceased') faults.push({ dimension: 'live', fault: input.reason });
  else if (verdict === 'resolved-from-legacy-id') faults.push({ dimension: 'live', fault: 'carries an old 9-digit ID' });
  else if (input.outdatedAddress) faults.push({ dimension: 'live', fault: 'the address is in the units abolished on 1 July 2025' });
  else state.passed.live++;
  if (input.exact ?? (input.verdict === 'matched' && input.tidied.length === 0)) state.exact++;
  if (faults.length > 0) keepWorst(state.worst, { record: input.record, ...(input.ref === undefined ? {} : { ref: input.ref }), verdict: input.verdict, faults });
}

/** Keeps the records with the most faults (the earliest first among equals), at most `WORST`. */
function keepWorst(worst: QualityExample[], example: QualityExample): void {
  if (worst.length === WORST && worst[WORST - 1]!.faults.length >= example.faults.length) return;
  let at = worst.length;
  while (at > 0 && worst[at - 1]!.faults.length < example.faults.length) at--;
  worst.splice(at, 0, example);
  if (worst.length > WORST) worst.pop();
}

const share = (part: number, whole: number): number => (whole === 0 ? 1 : Math.round((part / whole) * 10_000) / 10_000);

export function qualityReport(sector: Sector, state: QualityState): QualityReport {
  const of = state.records;
  return {
    sector,
    records: of,
    verdicts: { ...state.verdicts },
    dimensions: dimensions.map((d) => ({ dimension: d, meaning: dimensionMeaning[d], passed: state.passed[d], of, score: share(state.passed[d], of) })),
    exactMatchRate: share(state.exact, of),
    matchRateAfterTidying: share(state.verdicts.matched + state.verdicts['resolved-from-legacy-id'], of),
    worst: state.worst,
  };
}
