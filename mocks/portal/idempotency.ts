import { createHash } from 'node:crypto';
import type { RouteResult } from '../../src/mock/route.js';
import { refuse } from './errors.js';

/** The header a replayed answer carries (as Stripe and the IETF draft's examples name it). */
export const REPLAY_HEADER = 'idempotent-replayed';

/** A stable digest of a parsed request: same content, same fingerprint. */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** An answer marked as the replay of an earlier one. */
export function replayed(result: RouteResult): RouteResult {
  return { ...result, headers: { ...result.headers, [REPLAY_HEADER]: 'true' } };
}

/**
 * Successful answers kept by the caller's `Idempotency-Key` (draft-ietf-httpapi-idempotency-key-header §2): the same
 * key with the same request replays the first answer, the same key with another request is refused with 422.
 */
export class IdempotencyStore {
  private readonly answers = new Map<string, { readonly fingerprint: string; readonly result: RouteResult }>();

  async once(scope: string, key: string | undefined, request: unknown, run: () => RouteResult | Promise<RouteResult>): Promise<RouteResult> {
    if (key === undefined) return run();
    if (key.length === 0 || key.length > 255) {
      return refuse(400, 'Failed to read the Idempotency-Key header: it must have 1–255 characters', 'Idempotency-Key');
    }
    const id = `${scope}\u0000${key}`;
    const print = fingerprint(request);
    const earlier = this.answers.get(id);
    if (earlier) {
      if (earlier.fingerprint === print) return replayed(earlier.result);
      return refuse(422, `Failed to reuse the Idempotency-Key ${JSON.stringify(key)}: it was used for a different request`, 'Idempotency-Key');
    }
    const result = await run();
    if (result.status >= 200 && result.status < 300) this.answers.set(id, { fingerprint: print, result });
    return result;
  }
}
