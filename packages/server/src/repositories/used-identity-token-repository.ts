import { MentorKitError } from '@mentorkit/core';
import { sha256 } from '../security/crypto.js';
import { isDuplicateKeyError, type Collection, type CollectionSpec, type Storage, type StoredDoc } from '../storage/types.js';

interface UsedTokenDoc extends StoredDoc {
  expiresAt: Date;
}

/** One document per spent identity token (`_id` = hash of community and `jti`), gone once the token has expired. */
export const usedIdentityTokensCollection: CollectionSpec = {
  name: 'used_identity_tokens',
  indexes: [{ fields: ['expiresAt'], expireAfterSeconds: 0 }],
};

/**
 * Makes host identity tokens single-use (SPEC C4). The unique `_id` decides between two requests racing
 * with the same token: exactly one insert succeeds, on every instance sharing the database.
 */
export class UsedIdentityTokenRepository {
  private constructor(private readonly col: Collection<UsedTokenDoc>) {}

  static async open(storage: Storage): Promise<UsedIdentityTokenRepository> {
    return new UsedIdentityTokenRepository(await storage.collection<UsedTokenDoc>(usedIdentityTokensCollection));
  }

  /** Records `jti` as spent until `expiresAt`. @throws MentorKitError INVALID_TOKEN when it already was. */
  async spend(communityId: string, jti: string, expiresAt: Date): Promise<void> {
    try {
      await this.col.insertOne({ _id: sha256(`${communityId}:${jti}`), communityId, expiresAt });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      throw new MentorKitError(
        'INVALID_TOKEN',
        'This identity token has already been used; mint a new one (with a new jti) for every sign-in',
        { cause: error },
      );
    }
  }
}
