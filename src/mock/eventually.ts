/**
 * A value now, or a promise of it. The request pipeline passes these instead of always awaiting, so a request that
 * waits for nothing (a known token, a synchronous route, no body) is answered in the same tick, without a promise
 * and a microtask per step.
 */
export type Eventually<T> = T | PromiseLike<T>;

/** True when `value` is a promise or another thenable (what `await` would wait for). */
export function isPending<T>(value: Eventually<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** Runs `next` on the value: at once when it is here, else when it arrives. */
export function andThen<T, U>(value: Eventually<T>, next: (value: T) => Eventually<U>): Eventually<U> {
  return isPending(value) ? Promise.resolve(value).then(next) : next(value);
}
