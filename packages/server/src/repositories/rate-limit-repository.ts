import { MentorKitError } from '@mentorkit/core';
import { sha256 } from '../security/crypto.js';
import { isDuplicateKeyError, type Collection, type CollectionSpec, type Storage, type StoredDoc } from '../storage/types.js';

interface CounterDoc extends StoredDoc {
  count: number;
  expiresAt: Date;
}

export const rateLimitsCollection: CollectionSpec = {
  name: 'rate_limits',
  indexes: [{ fields: ['expiresAt'], expireAfterSeconds: 0 }],
};

export interface RateLimit {
  /** What is limited, e.g. `sign-in:email:ben@example.com`. Stored hashed. */
  key: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters kept in the database, so every instance of the service shares them.
 * Keys are hashed: an email address never sits in this collection.
 */
export class RateLimiter {
  private constructor(private readonly col: Collection<CounterDoc>) {}

  static async open(storage: Storage): Promise<RateLimiter> {
    return new RateLimiter(await storage.collection<CounterDoc>(rateLimitsCollection));
  }

  /**
   * Counts one hit. @throws MentorKitError RATE_LIMITED (429) with `retryAfter` seconds once over the limit.
   */
  async hit(communityId: string, limit: RateLimit, now: Date, message = 'Too many requests'): Promise<void> {
    const windowMs = limit.windowSeconds * 1000;
    const windowStart = Math.floor(now.getTime() / windowMs) * windowMs;
    const filter = { _id: `${sha256(`${communityId}:${limit.key}`).slice(0, 40)}:${windowStart}`, communityId };
    const update = { $inc: { count: 1 }, $set: { expiresAt: new Date(windowStart + windowMs) } };
    let doc: CounterDoc | null;
    try {
      doc = await this.col.findOneAndUpdate(filter, update, { upsert: true });
    } catch (error) {
      // Two first hits raced on the upsert: the loser's retry finds the winner's document.
      if (!isDuplicateKeyError(error)) throw error;
      doc = await this.col.findOneAndUpdate(filter, update);
    }
    if ((doc?.count ?? 0) > limit.limit) {
      const retryAfter = Math.max(1, Math.ceil((windowStart + windowMs - now.getTime()) / 1000));
      throw new MentorKitError('RATE_LIMITED', `${message}; try again in ${retryAfter} s`, { retryAfter });
    }
  }
}
