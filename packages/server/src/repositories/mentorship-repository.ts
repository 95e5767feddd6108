import type { MentorshipStatus } from '@mentorkit/core';
import { isDuplicateKeyError, type Collection, type CollectionSpec, type Filter, type Storage, type StoredDoc } from '../storage/types.js';

/** A "connect" request and, once accepted, the mentorship itself (SPEC R1). */
export interface MentorshipRecord {
  id: string;
  communityId: string;
  mentorId: string;
  menteeId: string;
  status: MentorshipStatus;
  message?: string;
  startedAt: Date | null;
  endedAt: Date | null;
  endedBy?: string;
  endReason?: string;
  createdAt: Date;
  updatedAt: Date;
}

interface MentorshipDoc extends StoredDoc, Omit<MentorshipRecord, 'id' | 'communityId'> {
  /**
   * `${mentorId}:${menteeId}` while pending or accepted, `…:closed:${_id}` after: the unique index allows
   * one open mentorship per pair, decided by the database.
   */
  pairKey: string;
}

export const mentorshipsCollection: CollectionSpec = {
  name: 'mentorships',
  indexes: [
    { fields: ['communityId', 'pairKey'], unique: true },
    { fields: ['communityId', 'mentorId'] },
    { fields: ['communityId', 'menteeId'] },
  ],
};

const openPairKey = (mentorId: string, menteeId: string) => `${mentorId}:${menteeId}`;

function toRecord(doc: MentorshipDoc): MentorshipRecord {
  return {
    id: doc._id,
    communityId: doc.communityId,
    mentorId: doc.mentorId,
    menteeId: doc.menteeId,
    status: doc.status,
    ...(doc.message !== undefined ? { message: doc.message } : {}),
    startedAt: doc.startedAt ? new Date(doc.startedAt) : null,
    endedAt: doc.endedAt ? new Date(doc.endedAt) : null,
    ...(doc.endedBy !== undefined ? { endedBy: doc.endedBy } : {}),
    ...(doc.endReason !== undefined ? { endReason: doc.endReason } : {}),
    createdAt: new Date(doc.createdAt),
    updatedAt: new Date(doc.updatedAt),
  };
}

export class MentorshipRepository {
  private constructor(private readonly col: Collection<MentorshipDoc>) {}

  static async open(storage: Storage): Promise<MentorshipRepository> {
    return new MentorshipRepository(await storage.collection<MentorshipDoc>(mentorshipsCollection));
  }

  /** Creates a pending request; returns null when the pair already has a pending or accepted one. */
  async create(record: Omit<MentorshipRecord, 'status' | 'startedAt' | 'endedAt'>): Promise<MentorshipRecord | null> {
    const doc: MentorshipDoc = {
      _id: record.id,
      communityId: record.communityId,
      mentorId: record.mentorId,
      menteeId: record.menteeId,
      status: 'pending',
      pairKey: openPairKey(record.mentorId, record.menteeId),
      ...(record.message !== undefined ? { message: record.message } : {}),
      startedAt: null,
      endedAt: null,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    };
    try {
      await this.col.insertOne(doc);
    } catch (error) {
      if (isDuplicateKeyError(error)) return null;
      throw error;
    }
    return toRecord(doc);
  }

  async findById(communityId: string, id: string): Promise<MentorshipRecord | null> {
    const doc = await this.col.findOne({ _id: id, communityId });
    return doc ? toRecord(doc) : null;
  }

  /** The pending or accepted mentorship of a pair, if any. */
  async findOpen(communityId: string, mentorId: string, menteeId: string): Promise<MentorshipRecord | null> {
    const doc = await this.col.findOne({ communityId, pairKey: openPairKey(mentorId, menteeId) });
    return doc ? toRecord(doc) : null;
  }

  /**
   * Moves a mentorship from `from` to `to` only if it is still in `from` (concurrent answers: one wins).
   * Closing statuses release the pair key so the pair may connect again later.
   */
  async changeStatus(
    communityId: string,
    id: string,
    from: MentorshipStatus,
    to: MentorshipStatus,
    now: Date,
    extra: { endedBy?: string; endReason?: string } = {},
  ): Promise<MentorshipRecord | null> {
    const $set: Record<string, unknown> = { status: to, updatedAt: now };
    if (to === 'accepted') $set.startedAt = now;
    if (to === 'declined' || to === 'ended') {
      $set.pairKey = `closed:${id}`;
      $set.endedAt = now;
      if (extra.endedBy) $set.endedBy = extra.endedBy;
      if (extra.endReason) $set.endReason = extra.endReason;
    }
    const doc = await this.col.findOneAndUpdate({ _id: id, communityId, status: from }, { $set });
    return doc ? toRecord(doc) : null;
  }

  async list(
    communityId: string,
    options: { memberId: string; role: 'mentor' | 'mentee' | 'all'; status?: MentorshipStatus },
  ): Promise<MentorshipRecord[]> {
    const side: Filter =
      options.role === 'mentor'
        ? { mentorId: options.memberId }
        : options.role === 'mentee'
          ? { menteeId: options.memberId }
          : { $or: [{ mentorId: options.memberId }, { menteeId: options.memberId }] };
    const filter: Filter = { $and: [{ communityId }, side, ...(options.status ? [{ status: options.status }] : [])] };
    return (await this.col.find(filter, { sort: { createdAt: -1 } })).map(toRecord);
  }

  async count(communityId: string, options: { mentorId?: string; menteeId?: string; status?: MentorshipStatus }): Promise<number> {
    const filter: Filter = { communityId };
    if (options.mentorId) filter.mentorId = options.mentorId;
    if (options.menteeId) filter.menteeId = options.menteeId;
    if (options.status) filter.status = options.status;
    return this.col.count(filter);
  }
}
