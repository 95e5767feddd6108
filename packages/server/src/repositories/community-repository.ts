import { defaultCommunitySettings, MentorKitError, type CommunitySettings } from '@mentorkit/core';
import { isDuplicateKeyError, type Collection, type CollectionSpec, type Storage, type StoredDoc } from '../storage/types.js';
import { TtlCache } from './ttl-cache.js';

/** A community as the service knows it, secret included. Never returned over the API as is. */
export interface CommunityRecord {
  id: string;
  slug: string;
  name: string;
  allowedOrigins: string[];
  publishableKey: string;
  secretKey: string;
  /** After a rotation with a grace period: the previous key and until when it is still accepted (SPEC C8). */
  previousSecretKey?: string;
  previousSecretKeyValidUntil?: Date;
  settings: CommunitySettings;
  createdAt: Date;
  updatedAt: Date;
}

/** Stored shape: the record with `_id` for `id` (and `communityId` = its own id). */
type CommunityDoc = StoredDoc & Omit<CommunityRecord, 'id'>;

export const communitiesCollection: CollectionSpec = {
  name: 'communities',
  indexes: [
    { fields: ['slug'], unique: true },
    { fields: ['publishableKey'], unique: true },
  ],
};

function toRecord(doc: CommunityDoc): CommunityRecord {
  return {
    id: doc._id,
    slug: doc.slug,
    name: doc.name,
    allowedOrigins: doc.allowedOrigins,
    publishableKey: doc.publishableKey,
    secretKey: doc.secretKey,
    ...(doc.previousSecretKey && doc.previousSecretKeyValidUntil
      ? { previousSecretKey: doc.previousSecretKey, previousSecretKeyValidUntil: new Date(doc.previousSecretKeyValidUntil) }
      : {}),
    // Settings added in later versions get their defaults when an older document is read.
    settings: { ...defaultCommunitySettings, ...doc.settings },
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}

/** The secret keys accepted now: the current one, and the previous one during its grace period. */
export function acceptedSecretKeys(record: CommunityRecord, now: Date): string[] {
  const keys = [record.secretKey];
  if (record.previousSecretKey && record.previousSecretKeyValidUntil && record.previousSecretKeyValidUntil > now)
    keys.push(record.previousSecretKey);
  return keys;
}

export class CommunityRepository {
  /** Every community-scoped request resolves its slug; see TtlCache for the cross-instance delay. */
  private readonly bySlug = new TtlCache<CommunityRecord | null>(1000);

  private constructor(private readonly col: Collection<CommunityDoc>) {}

  static async open(storage: Storage): Promise<CommunityRepository> {
    return new CommunityRepository(await storage.collection<CommunityDoc>(communitiesCollection));
  }

  /** @throws MentorKitError ALREADY_EXISTS when the slug is taken. */
  async create(record: CommunityRecord): Promise<CommunityRecord> {
    const { id, ...rest } = record;
    try {
      await this.col.insertOne({ _id: id, communityId: id, ...rest });
    } catch (error) {
      if (isDuplicateKeyError(error)) {
        throw new MentorKitError('ALREADY_EXISTS', `A community with slug "${record.slug}" already exists`, { cause: error });
      }
      throw error;
    }
    this.bySlug.delete(record.slug); // a lookup may have cached "no such community"
    return record;
  }

  /** The returned record is shared between requests: treat it as read-only. */
  findBySlug(slug: string): Promise<CommunityRecord | null> {
    return this.bySlug.get(slug, async () => {
      const doc = await this.col.findOne({ slug });
      return doc ? toRecord(doc) : null;
    });
  }

  /** By id, uncached (background jobs carry the id, not the slug). */
  async findById(id: string): Promise<CommunityRecord | null> {
    const doc = await this.col.findOne({ _id: id, communityId: id });
    return doc ? toRecord(doc) : null;
  }

  async getBySlug(slug: string): Promise<CommunityRecord> {
    const community = await this.findBySlug(slug);
    if (!community) throw new MentorKitError('COMMUNITY_NOT_FOUND', `No community with slug "${slug}"`);
    return community;
  }

  /** Stores a new secret key; the old one stays accepted until `previousValidUntil` (null: refused at once). */
  async rotateSecretKey(id: string, secretKey: string, previousValidUntil: Date | null, now: Date): Promise<void> {
    const current = await this.col.findOne({ _id: id, communityId: id });
    if (!current) throw new MentorKitError('COMMUNITY_NOT_FOUND', 'The community no longer exists');
    const update = previousValidUntil
      ? { $set: { secretKey, previousSecretKey: current.secretKey, previousSecretKeyValidUntil: previousValidUntil, updatedAt: now } }
      : { $set: { secretKey, updatedAt: now }, $unset: { previousSecretKey: true as const, previousSecretKeyValidUntil: true as const } };
    // Conditional on the key read, so two concurrent rotations cannot both keep "their" previous key.
    const doc = await this.col.findOneAndUpdate({ _id: id, communityId: id, secretKey: current.secretKey }, update);
    if (!doc) throw new MentorKitError('CONFLICT', 'The secret key was rotated meanwhile; use the newest key and try again');
    this.bySlug.delete(doc.slug);
  }

  async update(
    id: string,
    changes: { name?: string; allowedOrigins?: string[]; settings?: CommunitySettings },
    now: Date,
  ): Promise<CommunityRecord> {
    const $set: Record<string, unknown> = { updatedAt: now };
    if (changes.name !== undefined) $set.name = changes.name;
    if (changes.allowedOrigins !== undefined) $set.allowedOrigins = changes.allowedOrigins;
    if (changes.settings !== undefined) $set.settings = changes.settings;
    const doc = await this.col.findOneAndUpdate({ _id: id, communityId: id }, { $set });
    if (!doc) throw new MentorKitError('COMMUNITY_NOT_FOUND', 'The community no longer exists');
    this.bySlug.delete(doc.slug);
    return toRecord(doc);
  }
}
