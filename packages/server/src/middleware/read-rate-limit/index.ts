import { MentorKitError } from '@mentorkit/core';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../context.js';
import { clientAddress } from '../../security/client-address.js';

/** Fixed one-minute windows per client, kept in this process: counting reads in the database would cost more than the reads. */
export class ReadBudget {
  private window = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly perMinute: number,
    private readonly maxClients = 100_000,
  ) {}

  /** Counts one read; returns the seconds to wait when over budget, else 0. */
  take(client: string, nowMs: number): number {
    const window = Math.floor(nowMs / 60_000);
    if (window !== this.window || this.counts.size >= this.maxClients) {
      this.window = window;
      this.counts = new Map();
    }
    const count = (this.counts.get(client) ?? 0) + 1;
    this.counts.set(client, count);
    return count > this.perMinute ? Math.max(1, Math.ceil(((window + 1) * 60_000 - nowMs) / 1000)) : 0;
  }
}

/**
 * Limits anonymous GETs (no Authorization header) per client address: the public directory, profiles
 * and slots are what an unauthenticated flood would hit. `perMinute` 0 turns it off.
 */
export function readRateLimit(perMinute: number): MiddlewareHandler<AppEnv> {
  const budget = new ReadBudget(perMinute);
  return async (c, next) => {
    if (perMinute > 0 && c.req.method === 'GET' && !c.req.header('authorization')) {
      const wait = budget.take(clientAddress(c, c.get('services').config.trustProxy), Date.now());
      if (wait > 0)
        throw new MentorKitError('RATE_LIMITED', `Too many requests from this address; try again in ${wait} s`, { retryAfter: wait });
    }
    await next();
  };
}
