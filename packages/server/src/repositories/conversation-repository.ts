import { isDuplicateKeyError, type Collection, type CollectionSpec, type Storage, type StoredDoc } from '../storage/types.js';

/** A direct-message conversation between two members of one community (SPEC T2); one per pair. */
export interface ConversationRecord {
  id: string;
  communityId: string;
  memberIds: [string, string];
  /** The `seq` of the newest message (0 before the first); messages are numbered 1, 2, 3… */
  lastSeq: number;
  lastMessageAt: Date | null;
  createdAt: Date;
}

/** One member's read position in one conversation. */
export interface ReadPosition {
  seq: number;
  /** When the member last marked the conversation read. */
  at: Date | null;
}

interface ConversationDoc extends StoredDoc {
  /** The two member ids sorted and joined: the unique index keeps one conversation per pair. */
  pairKey: string;
  memberA: string;
  memberB: string;
  lastSeq: number;
  lastMessageAt: Date | null;
  createdAt: Date;
}

interface ReadDoc extends StoredDoc {
  conversationId: string;
  memberId: string;
  seq: number;
  at: Date;
}

export const conversationsCollection: CollectionSpec = {
  name: 'conversations',
  indexes: [
    { fields: ['communityId', 'pairKey'], unique: true },
    { fields: ['communityId', 'memberA', 'lastMessageAt'] },
    { fields: ['communityId', 'memberB', 'lastMessageAt'] },
  ],
};

export const conversationReadsCollection: CollectionSpec = {
  name: 'conversation_reads',
  indexes: [{ fields: ['communityId', 'memberId'] }],
};

const pairKeyOf = (a: string, b: string) => [a, b].sort().join(':');

function toRecord(doc: ConversationDoc): ConversationRecord {
  return {
    id: doc._id,
    communityId: doc.communityId,
    memberIds: [doc.memberA, doc.memberB],
    lastSeq: doc.lastSeq,
    lastMessageAt: doc.lastMessageAt ? new Date(doc.lastMessageAt) : null,
    createdAt: new Date(doc.createdAt),
  };
}

/**
 * Conversations and their members' read positions. A read position only moves forward (`$max`), so
 * two tabs marking read in any order end at the newest; unread counts are computed from it.
 */
export class ConversationRepository {
  private constructor(
    private readonly col: Collection<ConversationDoc>,
    private readonly reads: Collection<ReadDoc>,
  ) {}

  static async open(storage: Storage): Promise<ConversationRepository> {
    const [col, reads] = await Promise.all([
      storage.collection<ConversationDoc>(conversationsCollection),
      storage.collection<ReadDoc>(conversationReadsCollection),
    ]);
    return new ConversationRepository(col, reads);
  }

  /** The pair's conversation, created when missing; of two concurrent creations the unique index keeps one. */
  async findOrCreate(communityId: string, a: string, b: string, id: string, now: Date): Promise<ConversationRecord> {
    const pairKey = pairKeyOf(a, b);
    const existing = await this.col.findOne({ communityId, pairKey });
    if (existing) return toRecord(existing);
    const [memberA, memberB] = [a, b].sort() as [string, string];
    const doc: ConversationDoc = { _id: id, communityId, pairKey, memberA, memberB, lastSeq: 0, lastMessageAt: null, createdAt: now };
    try {
      await this.col.insertOne(doc);
      return toRecord(doc);
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      return toRecord((await this.col.findOne({ communityId, pairKey }))!);
    }
  }

  async findById(communityId: string, id: string): Promise<ConversationRecord | null> {
    const doc = await this.col.findOne({ _id: id, communityId });
    return doc ? toRecord(doc) : null;
  }

  /** A member's conversations, the most recently active first. */
  async listForMember(communityId: string, memberId: string): Promise<ConversationRecord[]> {
    const docs = await this.col.find({ communityId, $or: [{ memberA: memberId }, { memberB: memberId }] });
    const time = (d: ConversationDoc) => new Date(d.lastMessageAt ?? d.createdAt).getTime();
    return docs.sort((x, y) => time(y) - time(x)).map(toRecord);
  }

  /** Reserves the next message number; the database's atomic increment decides, so numbers never repeat. */
  async nextSeq(communityId: string, id: string, now: Date): Promise<number> {
    const doc = await this.col.findOneAndUpdate({ _id: id, communityId }, { $inc: { lastSeq: 1 }, $max: { lastMessageAt: now } });
    if (!doc) throw new Error(`conversation ${id} vanished`);
    return doc.lastSeq;
  }

  /** Moves a member's read position forward to `seq` (never back); returns the position now stored. */
  async markRead(communityId: string, conversationId: string, memberId: string, seq: number, now: Date): Promise<ReadPosition> {
    const filter = { _id: `${conversationId}:${memberId}`, communityId, conversationId, memberId };
    const update = { $max: { seq }, $set: { at: now } };
    let doc: ReadDoc | null;
    try {
      doc = await this.reads.findOneAndUpdate(filter, update, { upsert: true });
    } catch (error) {
      // Two first reads raced on the upsert: the loser's retry updates the winner's document.
      if (!isDuplicateKeyError(error)) throw error;
      doc = await this.reads.findOneAndUpdate(filter, update);
    }
    return { seq: doc?.seq ?? seq, at: doc ? new Date(doc.at) : now };
  }

  /** Read positions of the given members in one conversation (0 for those who never read). */
  async readPositions(communityId: string, conversationId: string, memberIds: string[]): Promise<Map<string, ReadPosition>> {
    const docs = await this.reads.find({ communityId, _id: { $in: memberIds.map((m) => `${conversationId}:${m}`) } });
    const found = new Map(docs.map((d) => [d.memberId, { seq: d.seq, at: new Date(d.at) }]));
    return new Map(memberIds.map((m) => [m, found.get(m) ?? { seq: 0, at: null }]));
  }

  /** A member's read positions in all their conversations, by conversation id. */
  async readPositionsOf(communityId: string, memberId: string): Promise<Map<string, ReadPosition>> {
    const docs = await this.reads.find({ communityId, memberId });
    return new Map(docs.map((d) => [d.conversationId, { seq: d.seq, at: new Date(d.at) }]));
  }
}
