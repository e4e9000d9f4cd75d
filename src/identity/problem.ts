/** One reason an identifier is invalid or inconsistent: data, not an exception. */
export interface IdProblem {
  readonly code: string;
  readonly message: string;
}

/** The result of parsing an identifier: its meaning, or the problems that make it invalid. */
export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly IdProblem[] };

export function problem(code: string, message: string): IdProblem {
  return { code, message };
}

/** Checks that `input` is exactly `length` ASCII digits; returns the problems found. */
export function digitProblems(input: string, length: number, what: string): IdProblem[] {
  const problems: IdProblem[] = [];
  const bad = [...input].findIndex((ch) => ch < '0' || ch > '9');
  if (bad >= 0) problems.push(problem('not-digits', `${what} must contain digits only; found ${JSON.stringify(input[bad])} at position ${bad + 1}`));
  if (input.length !== length) problems.push(problem('length', `${what} must have ${length} digits; it has ${input.length}`));
  return problems;
}
