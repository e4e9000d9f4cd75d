const SECRET_KEYS = new Set(['client_secret', 'access_token', 'id_token', 'refresh_token', 'password', 'code_verifier', 'assertion', 'callbackSecret', 'secret', 'privateKey', 'private_key']);
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key']);
export const REDACTED = '[redacted]';

/** Replaces secrets in headers (Authorization keeps its scheme: "Bearer [redacted]"). */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (!SECRET_HEADERS.has(lower)) out[lower] = value;
    else if (lower === 'authorization' || lower === 'proxy-authorization') out[lower] = `${value.split(' ')[0] ?? ''} ${REDACTED}`.trim();
    else out[lower] = REDACTED;
  }
  return out;
}

const MAX_DEPTH = 32;

/** Replaces secret fields in a parsed body; what lies deeper than 32 levels is not kept (a hostile body cannot overflow the stack). */
export function redactValue(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH && value !== null && typeof value === 'object') return '[too deep]';
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEYS.has(k) ? REDACTED : redactValue(v, depth + 1);
    return out;
  }
  return value;
}

/** Replaces secret parameters of a query string or form body. */
export function redactQuery(query: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(query)) out[k] = SECRET_KEYS.has(k) ? REDACTED : v;
  return out;
}

/** Replaces anything that looks like a JWT or a bearer token inside free text (a body kept as text). */
export function redactText(text: string): string {
  return text.replace(/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, REDACTED).replace(/("?(?:client_secret|access_token|password)"?\s*[:=]\s*"?)[^"&,\s}]+/g, `$1${REDACTED}`);
}
