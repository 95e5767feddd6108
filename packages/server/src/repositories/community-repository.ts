import {
  defaultCommunitySettings,
  MentorKitError,
  type Community,
  type CommunitySettings,
  type PublicCommunity,
} from '@mentorkit/core';
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
  settings: CommunitySettings;
  createdAt: Date;
  updatedAt: Date;
}

/** Stored shape: the record with `_id` for `id` (and `communityId` = its own id). */
type CommunityDoc = StoredDoc & Omit<CommunityRecord, 'id'>;

export const communitiesCollection: CollectionSpec = {
  name: 'communities',
  indexes: [{ fields: ['slug'], unique: true }, { fields: ['publishableKey'], unique: true }],
};

function toRecord(doc: CommunityDoc): CommunityRecord {
  return {
    id: doc._id,
    slug: doc.slug,
    name: doc.name,
    allowedOrigins: doc.allowedOrigins,
    publishableKey: doc.publishableKey,
    secretKey: doc.secretKey,
    // Settings added in later versions get their defaults when an older document is read.
    settings: { ...defaultCommunitySettings, ...doc.settings },
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}

/** The public info; `realtime` is where widgets connect (from `services.realtime.clientConfig`). */
export function toPublicCommunity(record: CommunityRecord, realtime: PublicCommunity['realtime']): PublicCommunity {
  return { ...communityBase(record), realtime };
}

function communityBase(record: CommunityRecord): Omit<PublicCommunity, 'realtime'> {
  return {
    slug: record.slug,
    name: record.name,
    publishableKey: record.publishableKey,
    signInMode: record.settings.signInMode,
    defaultLocale: record.settings.defaultLocale,
    brand: record.settings.brand,
  };
}

export function toCommunity(record: CommunityRecord): Community {
  return {
    ...communityBase(record),
    id: record.id,
    allowedOrigins: record.allowedOrigins,
    settings: record.settings,
    createdAt: record.createdAt.toISOString(),
  };
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

  async getBySlug(slug: string): Promise<CommunityRecord> {
    const community = await this.findBySlug(slug);
    if (!community) throw new MentorKitError('COMMUNITY_NOT_FOUND', `No community with slug "${slug}"`);
    return community;
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
