import { createHmac } from 'node:crypto';
import { newId, sha256 } from '../security/crypto.js';
import type { Collection, CollectionSpec, Storage, StoredDoc } from '../storage/types.js';

interface FeedDoc extends StoredDoc {
  /** Random per issue; the token is derived from it with the service secret. */
  nonce: string;
  /** sha256 of the token: what a request's token is looked up by. */
  tokenHash: string;
  createdAt: Date;
}

export const calendarFeedsCollection: CollectionSpec = {
  name: 'calendar_feeds',
  indexes: [{ fields: ['tokenHash'], unique: true }],
};

export interface CalendarFeedRecord {
  communityId: string;
  memberId: string;
  token: string;
  createdAt: Date;
}

/**
 * One private feed per member (SPEC N2), `_id` = member id. The database holds only a nonce and the
 * token's hash: the token is an HMAC of the nonce under the service secret, so the service can show the
 * member their link again while a copy of the database alone can neither read nor forge one.
 * Rotating replaces the nonce (the old token stops matching at once); revoking deletes the row.
 */
export class CalendarFeedRepository {
  private constructor(private readonly col: Collection<FeedDoc>) {}

  static async open(storage: Storage): Promise<CalendarFeedRepository> {
    return new CalendarFeedRepository(await storage.collection<FeedDoc>(calendarFeedsCollection));
  }

  private static token(secret: string, communityId: string, memberId: string, nonce: string): string {
    return `cal_${createHmac('sha256', secret).update(`mentorkit-calendar-feed:${communityId}:${memberId}:${nonce}`).digest('base64url')}`;
  }

  async find(secret: string, communityId: string, memberId: string): Promise<CalendarFeedRecord | null> {
    const doc = await this.col.findOne({ _id: memberId, communityId });
    if (!doc) return null;
    return {
      communityId,
      memberId,
      token: CalendarFeedRepository.token(secret, communityId, memberId, doc.nonce),
      createdAt: new Date(doc.createdAt),
    };
  }

  /** Issues a new token (creating the feed, or replacing the old token). */
  async rotate(secret: string, communityId: string, memberId: string, now: Date): Promise<CalendarFeedRecord> {
    const nonce = newId();
    const token = CalendarFeedRepository.token(secret, communityId, memberId, nonce);
    await this.col.updateOne(
      { _id: memberId, communityId },
      { $set: { nonce, tokenHash: sha256(token), createdAt: now } },
      { upsert: true },
    );
    return { communityId, memberId, token, createdAt: now };
  }

  async revoke(communityId: string, memberId: string): Promise<void> {
    await this.col.deleteOne({ _id: memberId, communityId });
  }

  /** The feed a token opens, or null (unknown, rotated or revoked). */
  async findByToken(token: string): Promise<{ communityId: string; memberId: string } | null> {
    const doc = await this.col.findOne({ tokenHash: sha256(token) });
    return doc ? { communityId: doc.communityId, memberId: doc._id } : null;
  }
}
