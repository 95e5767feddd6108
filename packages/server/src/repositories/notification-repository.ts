import type { NotificationData, NotificationType } from '@mentorkit/core';
import type { Collection, CollectionSpec, Filter, Storage, StoredDoc } from '../storage/types.js';
import { afterPosition, cursorAfter, decodeDateCursor, pageOf } from './keyset.js';

/** An in-app notification for one member (SPEC T5). */
export interface NotificationRecord {
  id: string;
  communityId: string;
  memberId: string;
  type: NotificationType;
  data: NotificationData;
  readAt: Date | null;
  createdAt: Date;
}

interface NotificationDoc extends StoredDoc, Omit<NotificationRecord, 'id' | 'communityId'> {}

export const notificationsCollection: CollectionSpec = {
  name: 'notifications',
  indexes: [{ fields: ['communityId', 'memberId', 'createdAt'] }, { fields: ['communityId', 'memberId', 'readAt'] }],
};

function toRecord(doc: NotificationDoc): NotificationRecord {
  return {
    id: doc._id,
    communityId: doc.communityId,
    memberId: doc.memberId,
    type: doc.type,
    data: doc.data,
    readAt: doc.readAt ? new Date(doc.readAt) : null,
    createdAt: new Date(doc.createdAt),
  };
}

/** The position of a notification in a member's list (a keyset cursor, keyset.ts). */
export const notificationCursor = (n: NotificationRecord): string => cursorAfter(n.createdAt, n.id);

export class NotificationRepository {
  private constructor(private readonly col: Collection<NotificationDoc>) {}

  static async open(storage: Storage): Promise<NotificationRepository> {
    return new NotificationRepository(await storage.collection<NotificationDoc>(notificationsCollection));
  }

  async insert(record: NotificationRecord): Promise<NotificationRecord> {
    const { id, ...rest } = record;
    await this.col.insertOne({ _id: id, ...rest });
    return record;
  }

  /**
   * A member's notifications. With `since`: those after that cursor, oldest first (catch-up). Otherwise
   * newest first from `cursor`, with the cursor of the next (older) page.
   */
  async page(
    communityId: string,
    memberId: string,
    options: { cursor?: string; since?: string; unreadOnly?: boolean; limit: number },
  ): Promise<{ items: NotificationRecord[]; nextCursor: string | null }> {
    const and: Filter[] = [{ communityId, memberId }];
    if (options.unreadOnly) and.push({ readAt: null });
    const since = options.since ? decodeDateCursor(options.since, 'since') : null;
    if (since) {
      and.push(afterPosition('createdAt', 1, since.at, since.id));
      const docs = await this.col.find({ $and: and }, { sort: { createdAt: 1, _id: 1 }, limit: options.limit });
      return { items: docs.map(toRecord), nextCursor: null };
    }
    const before = options.cursor ? decodeDateCursor(options.cursor) : null;
    if (before) and.push(afterPosition('createdAt', -1, before.at, before.id));
    const docs = await this.col.find({ $and: and }, { sort: { createdAt: -1, _id: -1 }, limit: options.limit + 1 });
    return pageOf(docs.map(toRecord), options.limit, (n) => n.createdAt);
  }

  async newest(communityId: string, memberId: string): Promise<NotificationRecord | null> {
    const doc = await this.col.findOne({ communityId, memberId }, { sort: { createdAt: -1, _id: -1 } });
    return doc ? toRecord(doc) : null;
  }

  async countUnread(communityId: string, memberId: string): Promise<number> {
    return this.col.count({ communityId, memberId, readAt: null });
  }

  /** An unread notification of `type` about a conversation, if any (so a stream of messages makes one, not fifty). */
  async findUnreadAbout(
    communityId: string,
    memberId: string,
    type: NotificationType,
    conversationId: string,
  ): Promise<NotificationRecord | null> {
    const doc = await this.col.findOne({ communityId, memberId, type, readAt: null, 'data.conversationId': conversationId });
    return doc ? toRecord(doc) : null;
  }

  /** Marks the given (or, without ids, every) unread notification of a member read; returns how many changed. */
  async markRead(
    communityId: string,
    memberId: string,
    ids: string[] | 'all',
    now: Date,
    about?: { conversationId: string },
  ): Promise<number> {
    const filter: Filter = { communityId, memberId, readAt: null };
    if (ids !== 'all') filter._id = { $in: ids };
    if (about) filter['data.conversationId'] = about.conversationId;
    return (await this.col.updateMany(filter, { $set: { readAt: now } })).matchedCount;
  }
}
