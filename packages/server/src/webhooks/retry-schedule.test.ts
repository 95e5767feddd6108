import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRetryAfter } from './post-webhook.js';
import { nextAttemptAt, RETRY_DELAYS_MS } from './retry-schedule.js';

const now = new Date('2026-11-30T08:00:00Z');
const delay = (attempt: number, retryAfter?: number, random = () => 0) => {
  const at = nextAttemptAt(now, attempt, retryAfter, random);
  return at === null ? null : at.getTime() - now.getTime();
};

describe('webhook retry schedule', () => {
  it('follows the spec: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, then stops', () => {
    const hours = (h: number) => h * 3_600_000;
    assert.deepEqual(
      RETRY_DELAYS_MS.map((_, i) => delay(i + 1)),
      [0, 5_000, 300_000, 1_800_000, hours(2), hours(5), hours(10), hours(14), hours(20), hours(24)],
    );
    assert.equal(delay(RETRY_DELAYS_MS.length + 1), null);
  });

  it('adds at most 10 % jitter, and Retry-After only ever delays (capped at a day)', () => {
    assert.equal(
      delay(3, undefined, () => 0.999),
      300_000 + Math.round(300_000 * 0.0999),
    );
    assert.equal(delay(2, 3600), 3_600_000);
    assert.equal(delay(5, 60), 2 * 3_600_000, 'a shorter Retry-After does not bring a retry forward');
    assert.equal(delay(2, 10 * 86_400), 86_400_000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    assert.equal(parseRetryAfter('120', now), 120);
    assert.equal(parseRetryAfter('Mon, 30 Nov 2026 08:10:00 GMT', now), 600);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(undefined, now), undefined);
  });
});
