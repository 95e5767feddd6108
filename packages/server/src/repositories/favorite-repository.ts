import { isDuplicateKeyError, type Collection, type CollectionSpec, type Storage, type StoredDoc } from '../storage/types.js';

interface FavoriteDoc extends StoredDoc {
  memberId: string;
  mentorId: string;
  createdAt: Date;
}

export interface FavoriteRecord {
  mentorId: string;
  createdAt: Date;
}

/** The most favorites one member keeps; plenty for a shortlist. */
export const MAX_FAVORITES = 200;

export const mentorFavoritesCollection: CollectionSpec = {
  name: 'mentor_favorites',
  indexes: [{ fields: ['communityId', 'memberId', 'mentorId'], unique: true }],
};

/** Mentors a member saved (SPEC M6). Adding and removing are idempotent. */
export class FavoriteRepository {
  private constructor(private readonly col: Collection<FavoriteDoc>) {}

  static async open(storage: Storage): Promise<FavoriteRepository> {
    return new FavoriteRepository(await storage.collection<FavoriteDoc>(mentorFavoritesCollection));
  }

  /** @returns false when it was already a favorite (the unique index decides). */
  async add(communityId: string, memberId: string, mentorId: string, now: Date): Promise<boolean> {
    try {
      await this.col.insertOne({ _id: `${memberId}.${mentorId}`, communityId, memberId, mentorId, createdAt: now });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async remove(communityId: string, memberId: string, mentorId: string): Promise<boolean> {
    return (await this.col.deleteOne({ communityId, memberId, mentorId })) > 0;
  }

  async count(communityId: string, memberId: string): Promise<number> {
    return this.col.count({ communityId, memberId });
  }

  /** Newest first. */
  async list(communityId: string, memberId: string): Promise<FavoriteRecord[]> {
    const docs = await this.col.find({ communityId, memberId }, { sort: { createdAt: -1, _id: 1 }, limit: MAX_FAVORITES });
    return docs.map((doc) => ({ mentorId: doc.mentorId, createdAt: doc.createdAt }));
  }
}
