import type { Collection, CollectionSpec, Storage, StoredDoc } from '../storage/types.js';

export type PhotoType = 'image/jpeg' | 'image/png' | 'image/webp';

interface PhotoDoc extends StoredDoc {
  contentType: PhotoType;
  /** The image bytes, base64 (≤ 2 MB decoded, so the document stays well under MongoDB's 16 MB). */
  data: string;
  etag: string;
  size: number;
  updatedAt: Date;
}

export interface PhotoRecord {
  mentorId: string;
  contentType: PhotoType;
  bytes: Buffer;
  etag: string;
  updatedAt: Date;
}

export const mentorPhotosCollection: CollectionSpec = { name: 'mentor_photos', indexes: [] };

/** Mentor photos (SPEC M3), one per mentor, stored in the database so every adapter and instance sees them. */
export class PhotoRepository {
  private constructor(private readonly col: Collection<PhotoDoc>) {}

  static async open(storage: Storage): Promise<PhotoRepository> {
    return new PhotoRepository(await storage.collection<PhotoDoc>(mentorPhotosCollection));
  }

  async put(
    communityId: string,
    mentorId: string,
    photo: { contentType: PhotoType; bytes: Buffer; etag: string },
    now: Date,
  ): Promise<void> {
    await this.col.updateOne(
      { _id: mentorId, communityId },
      {
        $set: {
          contentType: photo.contentType,
          data: photo.bytes.toString('base64'),
          etag: photo.etag,
          size: photo.bytes.length,
          updatedAt: now,
        },
      },
      { upsert: true },
    );
  }

  async get(communityId: string, mentorId: string): Promise<PhotoRecord | null> {
    const doc = await this.col.findOne({ _id: mentorId, communityId });
    if (!doc) return null;
    return {
      mentorId: doc._id,
      contentType: doc.contentType,
      bytes: Buffer.from(doc.data, 'base64'),
      etag: doc.etag,
      updatedAt: doc.updatedAt,
    };
  }
}
