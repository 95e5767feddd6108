import { createHmac } from 'node:crypto';
import { MentorKitError } from '@mentorkit/core';
import { newId, randomCode, randomToken, safeEqual, sha256 } from '../security/crypto.js';
import type { Collection, CollectionSpec, Storage, StoredDoc } from '../storage/types.js';

export const CODE_TTL_MINUTES = 10;
/** Wrong tries one client address may make at one code. */
export const MAX_WRONG_TRIES = 5;
/** Wrong tries from all addresses together, after which the code is dead. */
export const MAX_TOTAL_WRONG_TRIES = 15;
/** The one answer to every failed verification: it must not tell a member from a stranger (SPEC C3). */
export const INVALID_CODE_MESSAGE = 'The code or link is wrong, used or expired; request a new one';

interface SignInCodeDoc extends StoredDoc {
  email: string;
  codeHash: string;
  magicTokenHash: string;
  attempts: number;
  /** Wrong tries per client (hashed address), so one client cannot use up the member's own tries. */
  attemptsBy?: Record<string, number>;
  usedAt: Date | null;
  createdAt: Date;
  expiresAt: Date;
}

export const signInCodesCollection: CollectionSpec = {
  name: 'sign_in_codes',
  indexes: [{ fields: ['communityId', 'email'] }, { fields: ['magicTokenHash'] }, { fields: ['expiresAt'], expireAfterSeconds: 3600 }],
};

const invalidCode = () => new MentorKitError('INVALID_CODE', INVALID_CODE_MESSAGE);

/**
 * One-time sign-in codes (SPEC C3): 6 digits plus a magic-link token, 10 minutes, single use, at most
 * 5 wrong tries per client address and 15 in all. Only HMACs are stored. A new request replaces any earlier code for the same email.
 */
export class SignInCodeRepository {
  private constructor(
    private readonly col: Collection<SignInCodeDoc>,
    private readonly secret: string,
  ) {}

  static async open(storage: Storage, secret: string): Promise<SignInCodeRepository> {
    return new SignInCodeRepository(await storage.collection<SignInCodeDoc>(signInCodesCollection), secret);
  }

  private hashCode(id: string, code: string): string {
    return createHmac('sha256', this.secret).update(`sign-in-code:${id}:${code}`).digest('hex');
  }

  async issue(communityId: string, email: string, now: Date): Promise<{ code: string; magicToken: string }> {
    await this.col.deleteMany({ communityId, email, usedAt: null });
    const id = newId();
    const code = randomCode();
    const magicToken = randomToken('ml_');
    await this.col.insertOne({
      _id: id,
      communityId,
      email,
      codeHash: this.hashCode(id, code),
      magicTokenHash: sha256(magicToken),
      attempts: 0,
      usedAt: null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + CODE_TTL_MINUTES * 60_000),
    });
    return { code, magicToken };
  }

  /**
   * Spends the code for `email`; wrong codes count toward the limits of `client` and of the code.
   * Every failure answers the same `INVALID_CODE`. @throws INVALID_CODE
   */
  async consumeCode(communityId: string, email: string, code: string, client: string, now: Date): Promise<void> {
    const doc = await this.col.findOne({ communityId, email, usedAt: null, expiresAt: { $gt: now } }, { sort: { createdAt: -1 } });
    if (!doc) throw invalidCode();
    const mine = `attemptsBy.${sha256(client).slice(0, 16)}`;
    const triedHere = doc.attemptsBy?.[mine.slice('attemptsBy.'.length)] ?? 0;
    if (doc.attempts >= MAX_TOTAL_WRONG_TRIES || triedHere >= MAX_WRONG_TRIES) throw invalidCode();
    if (!safeEqual(this.hashCode(doc._id, code), doc.codeHash)) {
      await this.col.updateOne(
        { _id: doc._id, communityId, attempts: { $lt: MAX_TOTAL_WRONG_TRIES } },
        { $inc: { attempts: 1, [mine]: 1 } },
      );
      throw invalidCode();
    }
    // The conditional update makes the code single-use even when two requests race with it.
    const spent = await this.col.updateOne(
      { _id: doc._id, communityId, usedAt: null, attempts: { $lt: MAX_TOTAL_WRONG_TRIES } },
      { $set: { usedAt: now } },
    );
    if (spent.matchedCount !== 1) throw invalidCode();
  }

  /** Spends a magic-link token and returns the email it was sent to. @throws INVALID_CODE */
  async consumeMagicToken(communityId: string, token: string, now: Date): Promise<string> {
    const spent = await this.col.findOneAndUpdate(
      { communityId, magicTokenHash: sha256(token), usedAt: null, expiresAt: { $gt: now }, attempts: { $lt: MAX_TOTAL_WRONG_TRIES } },
      { $set: { usedAt: now } },
    );
    if (!spent) throw invalidCode();
    return spent.email;
  }
}
