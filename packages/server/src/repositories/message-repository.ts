import type { Collection, CollectionSpec, Filter, Storage, StoredDoc } from '../storage/types.js';

/** One direct message (SPEC T2), optionally tagged as in-session chat of a session (T3). */
export interface MessageRecord {
  id: string;
  communityId: string;
  conversationId: string;
  /** 1, 2, 3… within the conversation: the order and every cursor. */
  seq: number;
  senderId: string;
  text: string;
  sessionId?: string;
  createdAt: Date;
}

interface MessageDoc extends StoredDoc, Omit<MessageRecord, 'id' | 'communityId'> {}

export const messagesCollection: CollectionSpec = {
  name: 'messages',
  indexes: [{ fields: ['communityId', 'conversationId', 'seq'], unique: true }, { fields: ['communityId', 'conversationId', 'sessionId'] }],
};

function toRecord(doc: MessageDoc): MessageRecord {
  return {
    id: doc._id,
    communityId: doc.communityId,
    conversationId: doc.conversationId,
    seq: doc.seq,
    senderId: doc.senderId,
    text: doc.text,
    ...(doc.sessionId !== undefined ? { sessionId: doc.sessionId } : {}),
    createdAt: new Date(doc.createdAt),
  };
}

export class MessageRepository {
  private constructor(private readonly col: Collection<MessageDoc>) {}

  static async open(storage: Storage): Promise<MessageRepository> {
    return new MessageRepository(await storage.collection<MessageDoc>(messagesCollection));
  }

  async insert(record: MessageRecord): Promise<MessageRecord> {
    const { id, ...rest } = record;
    await this.col.insertOne({ _id: id, ...rest });
    return record;
  }

  /**
   * Messages of a conversation, returned oldest first. `since`: those after that seq, oldest first
   * (catch-up). Otherwise the newest `limit` (before `before` when given), with the cursor for older ones.
   */
  async page(
    communityId: string,
    conversationId: string,
    options: { before?: number; since?: number; sessionId?: string; limit: number },
  ): Promise<{ items: MessageRecord[]; nextCursor: number | null }> {
    const filter: Filter = { communityId, conversationId };
    if (options.sessionId) filter.sessionId = options.sessionId;
    if (options.since !== undefined) {
      filter.seq = { $gt: options.since };
      const docs = await this.col.find(filter, { sort: { seq: 1 }, limit: options.limit });
      return { items: docs.map(toRecord), nextCursor: null };
    }
    if (options.before !== undefined) filter.seq = { $lt: options.before };
    const docs = await this.col.find(filter, { sort: { seq: -1 }, limit: options.limit + 1 });
    const items = docs.slice(0, options.limit).map(toRecord).reverse();
    return { items, nextCursor: docs.length > options.limit && items[0] ? items[0].seq : null };
  }

  async last(communityId: string, conversationId: string): Promise<MessageRecord | null> {
    const doc = await this.col.findOne({ communityId, conversationId }, { sort: { seq: -1 } });
    return doc ? toRecord(doc) : null;
  }

  /** Messages from the other member after `afterSeq`: the unread count, straight from the stored messages. */
  async countUnread(communityId: string, conversationId: string, readerId: string, afterSeq: number): Promise<number> {
    return this.col.count({ communityId, conversationId, seq: { $gt: afterSeq }, senderId: { $ne: readerId } });
  }
}
