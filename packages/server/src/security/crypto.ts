import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** A new application id: 16 url-safe characters (96 random bits). */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}

/** An opaque secret token with an optional readable prefix, e.g. `sk_…`. */
export function randomToken(prefix = '', bytes = 32): string {
  return prefix + randomBytes(bytes).toString('base64url');
}

/** A 6-digit numeric one-time code, uniformly random. */
export function randomCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Constant-time comparison of two secrets of any length (both are hashed to equal length first). */
export function safeEqual(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}
