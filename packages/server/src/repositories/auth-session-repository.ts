import { MentorKitError } from '@mentorkit/core';
import { newId, randomToken, sha256 } from '../security/crypto.js';
import type { Collection, CollectionSpec, Storage, StoredDoc } from '../storage/types.js';

export const REFRESH_TOKEN_DAYS = 30;
/** Active sign-ins one member may hold (devices, browsers); a new one past this revokes the oldest. */
export const MAX_ACTIVE_SIGN_INS = 10;

/** One sign-in: the family of refresh tokens that rotate from it. */
interface AuthSessionDoc extends StoredDoc {
  memberId: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  revokedReason?: RevokeReason;
}

/** A refresh token, stored only as its SHA-256 hash (the `_id`). */
interface RefreshTokenDoc extends StoredDoc {
  sessionId: string;
  memberId: string;
  createdAt: Date;
  expiresAt: Date;
  rotatedAt: Date | null;
}

export const authSessionsCollection: CollectionSpec = {
  name: 'auth_sessions',
  indexes: [{ fields: ['communityId', 'memberId'] }, { fields: ['expiresAt'], expireAfterSeconds: 0 }],
};

export const refreshTokensCollection: CollectionSpec = {
  name: 'refresh_tokens',
  indexes: [{ fields: ['sessionId'] }, { fields: ['expiresAt'], expireAfterSeconds: 0 }],
};

/** Why a sign-in session ended early. */
export type RevokeReason = 'sign-out' | 'refresh-token-reuse' | 'admin-sign-out' | 'member-disabled' | 'too-many-sign-ins';

const invalidRefresh = () => new MentorKitError('INVALID_TOKEN', 'The refresh token is invalid, expired or revoked; sign in again');

/**
 * Sign-in sessions with rotating refresh tokens (SPEC C5). Each refresh spends its token once; a spent
 * token presented again means it was stolen or replayed, and the whole family is revoked. Storage stays
 * bounded: each family keeps at most its live token and the one spent last, and a member keeps at most
 * `MAX_ACTIVE_SIGN_INS` active sign-ins.
 */
export class AuthSessionRepository {
  private constructor(
    private readonly sessions: Collection<AuthSessionDoc>,
    private readonly tokens: Collection<RefreshTokenDoc>,
  ) {}

  static async open(storage: Storage): Promise<AuthSessionRepository> {
    const [sessions, tokens] = await Promise.all([
      storage.collection<AuthSessionDoc>(authSessionsCollection),
      storage.collection<RefreshTokenDoc>(refreshTokensCollection),
    ]);
    return new AuthSessionRepository(sessions, tokens);
  }

  private expiry(now: Date): Date {
    return new Date(now.getTime() + REFRESH_TOKEN_DAYS * 24 * 3600 * 1000);
  }

  private async issueToken(communityId: string, sessionId: string, memberId: string, now: Date): Promise<string> {
    const token = randomToken('rt_');
    await this.tokens.insertOne({
      _id: sha256(token),
      communityId,
      sessionId,
      memberId,
      createdAt: now,
      expiresAt: this.expiry(now),
      rotatedAt: null,
    });
    return token;
  }

  async start(communityId: string, memberId: string, now: Date): Promise<{ sessionId: string; refreshToken: string }> {
    const sessionId = newId();
    await this.sessions.insertOne({ _id: sessionId, communityId, memberId, createdAt: now, expiresAt: this.expiry(now), revokedAt: null });
    const refreshToken = await this.issueToken(communityId, sessionId, memberId, now);
    await this.revokeBeyondCap(communityId, memberId, now);
    return { sessionId, refreshToken };
  }

  /** Keeps the newest `MAX_ACTIVE_SIGN_INS` active sign-ins of a member and revokes the rest. */
  private async revokeBeyondCap(communityId: string, memberId: string, now: Date): Promise<void> {
    const active = await this.sessions.find(
      { communityId, memberId, revokedAt: null, expiresAt: { $gt: now } },
      { sort: { createdAt: -1, _id: -1 }, limit: MAX_ACTIVE_SIGN_INS + 50 },
    );
    for (const old of active.slice(MAX_ACTIVE_SIGN_INS)) await this.revoke(communityId, old._id, 'too-many-sign-ins', now);
  }

  /** The sign-in session a refresh token belongs to, if the token is known (for rate limits before spending it). */
  async sessionOfRefreshToken(communityId: string, refreshToken: string): Promise<string | null> {
    return (await this.tokens.findOne({ _id: sha256(refreshToken), communityId }))?.sessionId ?? null;
  }

  async isActive(communityId: string, sessionId: string, now: Date): Promise<boolean> {
    const session = await this.sessions.findOne({ _id: sessionId, communityId });
    return Boolean(session && session.revokedAt === null && session.expiresAt > now);
  }

  async revoke(communityId: string, sessionId: string, reason: RevokeReason, now: Date): Promise<void> {
    await this.sessions.updateOne({ _id: sessionId, communityId, revokedAt: null }, { $set: { revokedAt: now, revokedReason: reason } });
  }

  /**
   * Spends `refreshToken` and returns a new one in the same family.
   * @throws MentorKitError INVALID_TOKEN — and revokes the family when a spent token is reused.
   */
  async rotate(
    communityId: string,
    refreshToken: string,
    now: Date,
  ): Promise<{ sessionId: string; memberId: string; refreshToken: string }> {
    const id = sha256(refreshToken);
    const spent = await this.tokens.findOneAndUpdate(
      { _id: id, communityId, rotatedAt: null, expiresAt: { $gt: now } },
      { $set: { rotatedAt: now } },
    );
    if (!spent) {
      const known = await this.tokens.findOne({ _id: id, communityId });
      if (known?.rotatedAt) await this.revoke(communityId, known.sessionId, 'refresh-token-reuse', now);
      throw invalidRefresh();
    }
    if (!(await this.isActive(communityId, spent.sessionId, now))) throw invalidRefresh();
    // Compaction: tokens spent before this one are no longer needed. Only the one spent just now is kept,
    // so that presenting it again (a stolen copy) is still recognised and revokes the family.
    await this.tokens.deleteMany({ communityId, sessionId: spent.sessionId, rotatedAt: { $ne: null }, _id: { $ne: id } });
    return {
      sessionId: spent.sessionId,
      memberId: spent.memberId,
      refreshToken: await this.issueToken(communityId, spent.sessionId, spent.memberId, now),
    };
  }

  /** Revokes every active sign-in of one member (SPEC C8); returns how many there were. */
  async revokeAllOf(communityId: string, memberId: string, reason: RevokeReason, now: Date): Promise<number> {
    const result = await this.sessions.updateMany(
      { communityId, memberId, revokedAt: null, expiresAt: { $gt: now } },
      { $set: { revokedAt: now, revokedReason: reason } },
    );
    return result.matchedCount;
  }

  /** Signs out the family this refresh token belongs to. Unknown tokens are ignored (idempotent). */
  async revokeByRefreshToken(communityId: string, refreshToken: string, now: Date): Promise<void> {
    const token = await this.tokens.findOne({ _id: sha256(refreshToken), communityId });
    if (token) await this.revoke(communityId, token.sessionId, 'sign-out', now);
  }
}
