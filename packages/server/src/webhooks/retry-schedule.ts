/**
 * Delays before each attempt of one round, from the Standard Webhooks specification's example schedule:
 * immediately, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h (about 3 days 3.5 h in all).
 */
export const RETRY_DELAYS_MS = [
  0,
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  14 * 3_600_000,
  20 * 3_600_000,
  24 * 3_600_000,
];

/** An endpoint whose every attempt has failed for this long is disabled and its admins told. */
export const DISABLE_AFTER_FAILING_MS = 5 * 86_400_000;

/** A receiver may ask for a later retry with Retry-After, up to this much. */
const MAX_RETRY_AFTER_MS = 24 * 3_600_000;

/**
 * When attempt `nextAttempt` (1-based within its round; 1 is the immediate one) should run, or null when
 * the schedule is used up. Up to 10 % random jitter spreads retries so receivers that failed together
 * are not hit together again; `Retry-After` moves an attempt later, never earlier.
 */
export function nextAttemptAt(now: Date, nextAttempt: number, retryAfterSeconds?: number, random: () => number = Math.random): Date | null {
  const base = RETRY_DELAYS_MS[nextAttempt - 1];
  if (base === undefined) return null;
  const jittered = base + Math.round(base * 0.1 * random());
  const asked = retryAfterSeconds !== undefined ? Math.min(retryAfterSeconds * 1000, MAX_RETRY_AFTER_MS) : 0;
  return new Date(now.getTime() + Math.max(jittered, asked));
}
