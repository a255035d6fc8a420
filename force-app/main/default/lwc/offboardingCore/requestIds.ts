// Client-made ids for the server's idempotency (a submission's submissionId, a termination's requestId).
// `crypto.randomUUID` is missing under Lightning Locker and in older browsers: a v4 UUID is then built from
// `crypto.getRandomValues`, and without Web Crypto at all from the time and Math.random (unique enough for a
// double-click guard; the server's own key, not this id, decides what NIPR files).

/** The parts of Web Crypto this file uses; either may be missing. */
export interface RandomSource {
  readonly randomUUID?: () => string;
  readonly getRandomValues?: (array: Uint8Array) => Uint8Array;
}

function hex(bytes: ArrayLike<number>): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The 16 bytes as an RFC 4122 version 4 UUID (the version and variant bits set). */
export function uuidFromBytes(bytes: Uint8Array): string {
  const b = Uint8Array.from(bytes.subarray(0, 16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = hex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

function fallbackBytes(now: number): Uint8Array {
  const bytes = new Uint8Array(16);
  let time = now;
  for (let i = 0; i < 6; i += 1) {
    bytes[i] = time % 256;
    time = Math.floor(time / 256);
  }
  for (let i = 6; i < 16; i += 1) {
    bytes[i] = Math.floor(Math.random() * 256);
  }
  return bytes;
}

/** The global `crypto` (the bare name: Locker's secure window may not expose `globalThis`); null without one. */
function webCrypto(): RandomSource | null {
  return typeof crypto === 'object' && crypto !== null ? crypto : null;
}

/**
 * A new v4 UUID: `crypto.randomUUID()` when there is one, else from `crypto.getRandomValues`, else from the time and
 * Math.random. `source` is the Web Crypto to use (default: the global `crypto`; null: none).
 */
export function newRequestId(source: RandomSource | null = webCrypto(), now: () => number = Date.now): string {
  if (typeof source?.randomUUID === 'function') {
    return source.randomUUID();
  }
  if (typeof source?.getRandomValues === 'function') {
    return uuidFromBytes(source.getRandomValues(new Uint8Array(16)));
  }
  return uuidFromBytes(fallbackBytes(now()));
}
