import { z } from 'zod';
import { hashKeys } from '../generator/prng.js';
import type { Clock } from './clock.js';

export const faultKinds = ['status', 'latency', 'reset', 'malformed'] as const;

/** One fault rule: which routes, what happens, and to which requests (a seeded share, the next N, or all). */
export const faultRuleSchema = z
  .object({
    /** A route ID (`npd.lookup`), a system's routes (`npd.*`) or every route (`*`). */
    route: z.string().min(1),
    kind: z.enum(faultKinds),
    /** For `status`: the status to answer with (default 503). */
    status: z.number().int().min(400).max(599).optional(),
    /** For `status`: the Retry-After header, in seconds. */
    retryAfter: z.number().int().min(0).max(86_400).optional(),
    /** For `latency`: the added delay. */
    latencyMs: z.number().int().min(0).max(120_000).optional(),
    /** Apply to this share of matching requests, chosen by the seed (the same requests on every run). */
    share: z.number().min(0).max(1).optional(),
    /** Apply only to the next N matching requests. */
    next: z.number().int().min(1).optional(),
    /** Apply only during this many milliseconds of the harness clock after the rule is added (a burst). */
    forMs: z.number().int().min(1).max(86_400_000).optional(),
  })
  .strict();
export type FaultRule = z.infer<typeof faultRuleSchema>;
export const faultRulesSchema = z.array(faultRuleSchema);

interface ActiveRule {
  readonly id: number;
  readonly rule: FaultRule;
  readonly until: number;
  seen: number;
  remaining: number;
}

/** The fault controls: rules set by a scenario, the admin API or `--faults`, applied around routes by the core. */
export class Faults {
  private rules: ActiveRule[] = [];
  private nextId = 1;
  private readonly seed: number;
  private readonly clock: Clock;

  constructor(seed: number, clock: Clock) {
    this.seed = seed;
    this.clock = clock;
  }

  /** Adds a rule; returns its ID (for `remove`). */
  add(rule: FaultRule): number {
    const parsed = faultRuleSchema.parse(rule);
    const id = this.nextId++;
    const until = parsed.forMs === undefined ? Number.POSITIVE_INFINITY : this.clock.now() + parsed.forMs;
    this.rules.push({ id, rule: parsed, until, seen: 0, remaining: parsed.next ?? Number.POSITIVE_INFINITY });
    return id;
  }

  remove(id: number): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.id !== id);
    return this.rules.length < before;
  }

  clear(): void {
    this.rules = [];
  }

  list(): { id: number; rule: FaultRule; remaining: number | null }[] {
    return this.rules.map((r) => ({ id: r.id, rule: r.rule, remaining: Number.isFinite(r.remaining) ? r.remaining : null }));
  }

  /** The rule that fires for this request of `routeId`, if any; counts the request either way. Deterministic from the seed. */
  decide(routeId: string): FaultRule | null {
    for (const active of this.rules) {
      const { rule } = active;
      if (!matches(rule.route, routeId) || active.remaining <= 0 || this.clock.now() >= active.until) continue;
      const ordinal = active.seen++;
      if (rule.share !== undefined && hashKeys(this.seed, 900 + active.id, ordinal) / 4294967296 >= rule.share) continue;
      active.remaining--;
      return rule;
    }
    return null;
  }
}

function matches(pattern: string, routeId: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('.*')) return routeId.startsWith(pattern.slice(0, -1));
  return pattern === routeId;
}
