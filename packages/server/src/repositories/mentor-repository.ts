import {
  MentorKitError,
  normalizeSearchText,
  type BookingRules,
  type FacetCount,
  type MentorLinks,
  type MentorStatus,
} from '@mentorkit/core';
import { isDuplicateKeyError, type Collection, type CollectionSpec, type Filter, type Storage, type StoredDoc } from '../storage/types.js';
import { afterPosition, decodeDateCursor, pageOf } from './keyset.js';
import { TtlCache } from './ttl-cache.js';

/** Editable profile fields (SPEC M1), as stored. */
export interface MentorProfileFields {
  displayName: string;
  bio: string;
  expertise: string[];
  languages: string[];
  company?: string;
  jobTitle?: string;
  yearsOfExperience?: number;
  links: MentorLinks;
  introVideoUrl?: string;
  mentoringGoals?: string;
  timeZone: string;
  hourlyRate: number;
  currency: string;
  mentoringEnabled: boolean;
}

/** Fields `update` may clear with `null`. */
export type ClearableField = 'company' | 'jobTitle' | 'yearsOfExperience' | 'introVideoUrl' | 'mentoringGoals';
export type MentorProfileChanges = Partial<Omit<MentorProfileFields, ClearableField>> & {
  [K in ClearableField]?: MentorProfileFields[K] | null;
};

/** A mentor profile as the service knows it; the id is the member's id (one profile per member). */
export interface MentorProfileRecord extends MentorProfileFields {
  id: string;
  communityId: string;
  photoUrl?: string;
  status: MentorStatus;
  rejectionReason?: string;
  version: number;
  ratingSum: number;
  ratingCount: number;
  completedSessions: number;
  totalMinutes: number;
  /** The mentor's own booking rules; absent → the community's defaults. */
  bookingRules?: BookingRules;
  createdAt: Date;
  updatedAt: Date;
  approvedAt?: Date;
}

/** Stored shape: the record (with `_id` for `id`) plus the search fields derived from it. */
interface MentorDoc extends StoredDoc, Omit<MentorProfileRecord, 'id' | 'communityId'> {
  /** Normalized (accent- and case-free) name, expertise and company, for search (SPEC M4). */
  searchText: string;
  /** Normalized expertise tags, for filters and facets. */
  expertiseKeys: string[];
}

/** One counter per community, bumped on every write the directory shows; caches compare it. */
interface StampDoc extends StoredDoc {
  version: number;
}

export const mentorsCollection: CollectionSpec = {
  name: 'mentors',
  indexes: [{ fields: ['communityId', 'status'] }, { fields: ['communityId', 'createdAt'] }],
};

export const mentorDirectoryStampsCollection: CollectionSpec = { name: 'mentor_directory_stamps', indexes: [] };

/** The text `q` is matched against: name, skills and company, each normalized (SPEC M4). */
export function searchTextOf(fields: Pick<MentorProfileFields, 'displayName' | 'expertise' | 'company'>): string {
  return [fields.displayName, ...fields.expertise, fields.company ?? ''].map(normalizeSearchText).join(' | ');
}

function toRecord(doc: MentorDoc): MentorProfileRecord {
  return {
    id: doc._id,
    communityId: doc.communityId,
    displayName: doc.displayName,
    ...(doc.photoUrl !== undefined ? { photoUrl: doc.photoUrl } : {}),
    bio: doc.bio,
    expertise: doc.expertise,
    languages: doc.languages,
    ...(doc.company !== undefined ? { company: doc.company } : {}),
    ...(doc.jobTitle !== undefined ? { jobTitle: doc.jobTitle } : {}),
    ...(doc.yearsOfExperience !== undefined ? { yearsOfExperience: doc.yearsOfExperience } : {}),
    links: doc.links ?? {},
    ...(doc.introVideoUrl !== undefined ? { introVideoUrl: doc.introVideoUrl } : {}),
    ...(doc.mentoringGoals !== undefined ? { mentoringGoals: doc.mentoringGoals } : {}),
    timeZone: doc.timeZone,
    hourlyRate: doc.hourlyRate,
    currency: doc.currency,
    mentoringEnabled: doc.mentoringEnabled,
    status: doc.status,
    ...(doc.rejectionReason !== undefined ? { rejectionReason: doc.rejectionReason } : {}),
    version: doc.version,
    ratingSum: doc.ratingSum ?? 0,
    ratingCount: doc.ratingCount ?? 0,
    completedSessions: doc.completedSessions ?? 0,
    totalMinutes: doc.totalMinutes ?? 0,
    ...(doc.bookingRules ? { bookingRules: doc.bookingRules } : {}),
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    ...(doc.approvedAt ? { approvedAt: doc.approvedAt } : {}),
  };
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class MentorRepository {
  /** Read on every listMentors; see TtlCache for what a second of caching means across instances. */
  private readonly stampCache = new TtlCache<number>(1000);

  private constructor(
    private readonly col: Collection<MentorDoc>,
    private readonly stamps: Collection<StampDoc>,
  ) {}

  static async open(storage: Storage): Promise<MentorRepository> {
    const [col, stamps] = await Promise.all([
      storage.collection<MentorDoc>(mentorsCollection),
      storage.collection<StampDoc>(mentorDirectoryStampsCollection),
    ]);
    return new MentorRepository(col, stamps);
  }

  /** Changes whenever anything the directory shows changes, on any instance sharing the database. */
  directoryStamp(communityId: string): Promise<number> {
    return this.stampCache.get(communityId, async () => (await this.stamps.findOne({ _id: communityId, communityId }))?.version ?? 0);
  }

  private async touch(communityId: string): Promise<void> {
    await this.stamps.updateOne({ _id: communityId, communityId }, { $inc: { version: 1 } }, { upsert: true });
    this.stampCache.delete(communityId);
  }

  /** @throws MentorKitError ALREADY_EXISTS when this member already has a profile. */
  async create(
    communityId: string,
    mentorId: string,
    fields: MentorProfileFields,
    status: MentorStatus,
    now: Date,
  ): Promise<MentorProfileRecord> {
    const doc: MentorDoc = {
      _id: mentorId,
      communityId,
      ...fields,
      status,
      version: 1,
      ratingSum: 0,
      ratingCount: 0,
      completedSessions: 0,
      totalMinutes: 0,
      searchText: searchTextOf(fields),
      expertiseKeys: fields.expertise.map(normalizeSearchText),
      createdAt: now,
      updatedAt: now,
      ...(status === 'approved' ? { approvedAt: now } : {}),
    };
    try {
      await this.col.insertOne(doc);
    } catch (error) {
      if (isDuplicateKeyError(error)) {
        throw new MentorKitError('ALREADY_EXISTS', 'You already have a mentor profile; edit it instead', { cause: error });
      }
      throw error;
    }
    await this.touch(communityId);
    return toRecord(doc);
  }

  async findProfile(communityId: string, mentorId: string): Promise<MentorProfileRecord | null> {
    const doc = await this.col.findOne({ _id: mentorId, communityId });
    return doc ? toRecord(doc) : null;
  }

  async findProfiles(communityId: string, mentorIds: string[]): Promise<MentorProfileRecord[]> {
    if (mentorIds.length === 0) return [];
    return (await this.col.find({ communityId, _id: { $in: mentorIds } })).map(toRecord);
  }

  /** Every approved mentor with mentoring enabled: what the directory may show. */
  async listListed(communityId: string): Promise<MentorProfileRecord[]> {
    return (await this.col.find({ communityId, status: 'approved', mentoringEnabled: true })).map(toRecord);
  }

  /**
   * Applies `changes` only if the stored version is still `version` (optimistic concurrency, SPEC M1).
   * @returns the updated profile, or null when the version is stale or the profile is gone
   */
  async update(
    communityId: string,
    mentorId: string,
    version: number,
    changes: MentorProfileChanges,
    now: Date,
  ): Promise<MentorProfileRecord | null> {
    const $set: Record<string, unknown> = { updatedAt: now };
    const $unset: Record<string, true> = {};
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      if (value === null) $unset[key] = true;
      else $set[key] = value;
    }
    if (changes.displayName !== undefined || changes.expertise !== undefined || changes.company !== undefined) {
      const current = await this.col.findOne({ _id: mentorId, communityId, version });
      if (!current) return null;
      const merged = {
        displayName: changes.displayName ?? current.displayName,
        expertise: changes.expertise ?? current.expertise,
        company: changes.company === null ? undefined : (changes.company ?? current.company),
      };
      $set.searchText = searchTextOf(merged);
      $set.expertiseKeys = merged.expertise.map(normalizeSearchText);
    }
    const update = Object.keys($unset).length > 0 ? { $set, $unset, $inc: { version: 1 } } : { $set, $inc: { version: 1 } };
    // The version in the filter decides: of two edits from the same version only one matches.
    const doc = await this.col.findOneAndUpdate({ _id: mentorId, communityId, version }, update);
    if (!doc) return null;
    await this.touch(communityId);
    return toRecord(doc);
  }

  async setStatus(
    communityId: string,
    mentorId: string,
    status: MentorStatus,
    reason: string | undefined,
    now: Date,
  ): Promise<MentorProfileRecord | null> {
    const $set: Record<string, unknown> = { status, updatedAt: now };
    if (status === 'approved') $set.approvedAt = now;
    if (reason !== undefined) $set.rejectionReason = reason;
    const update = reason === undefined ? { $set, $unset: { rejectionReason: true as const } } : { $set };
    const doc = await this.col.findOneAndUpdate({ _id: mentorId, communityId }, update);
    if (doc) await this.touch(communityId);
    return doc ? toRecord(doc) : null;
  }

  /** Photo and booking rules sit outside the edit form, so they leave `version` alone. */
  async setPhotoUrl(communityId: string, mentorId: string, photoUrl: string, now: Date): Promise<MentorProfileRecord | null> {
    const doc = await this.col.findOneAndUpdate({ _id: mentorId, communityId }, { $set: { photoUrl, updatedAt: now } });
    if (doc) await this.touch(communityId);
    return doc ? toRecord(doc) : null;
  }

  async setBookingRules(communityId: string, mentorId: string, rules: BookingRules | null, now: Date): Promise<void> {
    const update = rules
      ? { $set: { bookingRules: rules, updatedAt: now } }
      : { $set: { updatedAt: now }, $unset: { bookingRules: true as const } };
    await this.col.updateOne({ _id: mentorId, communityId }, update);
  }

  /** Adds one session rating (1–5) to the aggregates (SPEC S6). */
  async recordRating(communityId: string, mentorId: string, rating: number): Promise<void> {
    await this.col.updateOne({ _id: mentorId, communityId }, { $inc: { ratingSum: rating, ratingCount: 1 } });
    await this.touch(communityId);
  }

  async recordCompletedSession(communityId: string, mentorId: string, minutes: number): Promise<void> {
    await this.col.updateOne({ _id: mentorId, communityId }, { $inc: { completedSessions: 1, totalMinutes: minutes } });
    await this.touch(communityId);
  }

  /** For the admin dashboard (SPEC D3). */
  async countByStatus(communityId: string): Promise<Record<MentorStatus, number>> {
    const [pending, approved, rejected] = await Promise.all(
      (['pending', 'approved', 'rejected'] as const).map((status) => this.col.count({ communityId, status })),
    );
    return { pending: pending!, approved: approved!, rejected: rejected! };
  }

  /** The most common expertise tags among approved mentors, most frequent first (SPEC D3). */
  async topExpertise(communityId: string, limit: number): Promise<FacetCount[]> {
    const docs = await this.col.find({ communityId, status: 'approved' });
    const counts = new Map<string, FacetCount>();
    for (const doc of docs) {
      doc.expertise.forEach((tag, i) => {
        const key = doc.expertiseKeys[i] ?? normalizeSearchText(tag);
        const entry = counts.get(key);
        if (entry) entry.count++;
        else counts.set(key, { value: tag, count: 1 });
      });
    }
    return [...counts.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, limit);
  }

  /**
   * Profiles in one status, oldest first, for the admins' review queue. `q` matches name, skills and
   * company regardless of case and accents; `cursor` is the `nextCursor` of the previous page.
   */
  async listByStatus(
    communityId: string,
    options: { status: MentorStatus; q?: string; cursor?: string; limit: number },
  ): Promise<{ items: MentorProfileRecord[]; nextCursor: string | null }> {
    const and: Filter[] = [{ communityId, status: options.status }];
    for (const term of normalizeSearchText(options.q ?? '')
      .split(' ')
      .filter(Boolean)) {
      and.push({ searchText: { $regex: new RegExp(escapeRegex(term)) } });
    }
    if (options.cursor) {
      const position = decodeDateCursor(options.cursor);
      and.push(afterPosition('createdAt', 1, position.at, position.id));
    }
    const docs = await this.col.find({ $and: and }, { sort: { createdAt: 1, _id: 1 }, limit: options.limit + 1 });
    return pageOf(docs.map(toRecord), options.limit, (p) => p.createdAt);
  }
}
