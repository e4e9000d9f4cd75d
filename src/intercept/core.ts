export { bytesSource, createAnswerer, foldHeaders, type RawRequest } from '../server/answer.js';

/** The origin the in-process transports answer for when none is given; `.test` is reserved (RFC 2606), so it never reaches a real host. */
export const DEFAULT_ORIGIN = 'http://vn06.test';

/** Options of the in-process transports. */
export interface InterceptOptions {
  /** The base URL the harness answers on in process (default `http://vn06.test`, a reserved name that never resolves). */
  readonly origin?: string;
}

/** Normalises an origin option (`http://vn06.test/` → `http://vn06.test`) and refuses anything that is not an http(s) URL. */
export function normaliseOrigin(origin: string = DEFAULT_ORIGIN): string {
  const url = new URL(origin);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`the in-process origin must be http or https, got ${JSON.stringify(origin)}`);
  return url.origin;
}

