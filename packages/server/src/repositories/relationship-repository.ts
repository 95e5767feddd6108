import { isDuplicateKeyError, type Collection, type CollectionSpec, type Storage, type StoredDoc } from '../storage/types.js';

/** The per mentor–mentee pair record (SPEC R2), kept up to date as sessions complete. */
export interface RelationshipRecord {
  communityId: string;
  mentorId: string;
  menteeId: string;
  status: 'active' | 'ended';
  startedAt: Date;
  completedSessions: number;
  totalMinutes: number;
  lastSessionAt: Date | null;
  topics: string[];
}

interface RelationshipDoc extends StoredDoc, Omit<RelationshipRecord, 'communityId'> {
  /** Session ids already counted (as keys): the conditional update skips a completion counted before. */
  counted: Record<string, true>;
  updatedAt: Date;
}

export const relationshipsCollection: CollectionSpec = {
  name: 'relationships',
  indexes: [{ fields: ['communityId', 'mentorId'] }, { fields: ['communityId', 'menteeId'] }],
};

const pairId = (communityId: string, mentorId: string, menteeId: string) => `${communityId}:${mentorId}:${menteeId}`;

function toRecord(doc: RelationshipDoc): RelationshipRecord {
  return {
    communityId: doc.communityId,
    mentorId: doc.mentorId,
    menteeId: doc.menteeId,
    status: doc.status,
    startedAt: new Date(doc.startedAt),
    completedSessions: doc.completedSessions,
    totalMinutes: doc.totalMinutes,
    lastSessionAt: doc.lastSessionAt ? new Date(doc.lastSessionAt) : null,
    topics: doc.topics,
  };
}

export class RelationshipRepository {
  private constructor(private readonly col: Collection<RelationshipDoc>) {}

  static async open(storage: Storage): Promise<RelationshipRepository> {
    return new RelationshipRepository(await storage.collection<RelationshipDoc>(relationshipsCollection));
  }

  /** Creates the pair's record if it does not exist yet (a concurrent creator may win; that is fine). */
  private async ensure(communityId: string, mentorId: string, menteeId: string, now: Date): Promise<void> {
    const _id = pairId(communityId, mentorId, menteeId);
    if (await this.col.findOne({ _id, communityId })) return;
    try {
      await this.col.insertOne({
        _id,
        communityId,
        mentorId,
        menteeId,
        status: 'active',
        startedAt: now,
        completedSessions: 0,
        totalMinutes: 0,
        lastSessionAt: null,
        topics: [],
        counted: {},
        updatedAt: now,
      });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  /** Marks the pair active (a mentorship was accepted) or ended. */
  async setStatus(communityId: string, mentorId: string, menteeId: string, status: 'active' | 'ended', now: Date): Promise<void> {
    await this.ensure(communityId, mentorId, menteeId, now);
    await this.col.updateOne({ _id: pairId(communityId, mentorId, menteeId), communityId }, { $set: { status, updatedAt: now } });
  }

  /**
   * Counts a completed session once: the update only matches while `counted.<sessionId>` is absent, so a
   * retried or concurrent call changes nothing. Returns whether it counted.
   */
  async recordCompletion(
    communityId: string,
    session: { id: string; mentorId: string; menteeId: string; start: Date; durationMinutes: number; topic: string },
    now: Date,
  ): Promise<boolean> {
    await this.ensure(communityId, session.mentorId, session.menteeId, session.start < now ? session.start : now);
    const result = await this.col.updateOne(
      { _id: pairId(communityId, session.mentorId, session.menteeId), communityId, [`counted.${session.id}`]: { $exists: false } },
      {
        $inc: { completedSessions: 1, totalMinutes: session.durationMinutes },
        $addToSet: { topics: session.topic },
        $max: { lastSessionAt: session.start },
        $min: { startedAt: session.start },
        $set: { [`counted.${session.id}`]: true, updatedAt: now },
      },
    );
    return result.matchedCount > 0;
  }

  async find(communityId: string, mentorId: string, menteeId: string): Promise<RelationshipRecord | null> {
    const doc = await this.col.findOne({ _id: pairId(communityId, mentorId, menteeId), communityId });
    return doc ? toRecord(doc) : null;
  }

  async list(communityId: string, side: { mentorId: string } | { menteeId: string }): Promise<RelationshipRecord[]> {
    return (await this.col.find({ communityId, ...side })).map(toRecord);
  }
}
