import type { WebhookDeliveryStatus, WebhookEventType } from '@mentorkit/core';
import type { Collection, CollectionSpec, Filter, Storage, StoredDoc } from '../storage/types.js';
import { afterPosition, decodeDateCursor, pageOf } from './keyset.js';

export interface WebhookAttemptRecord {
  at: Date;
  responseStatus?: number;
  error?: string;
  durationMs: number;
}

/**
 * One event for one endpoint. Its id is the `webhook-id` header, the same on every attempt. Each `round`
 * of attempts is one job; a manual redelivery starts a new round (the retry schedule from the top), and a
 * job of an older round finds nothing left to do.
 */
export interface WebhookDeliveryRecord {
  id: string;
  communityId: string;
  endpointId: string;
  eventType: WebhookEventType;
  /** The JSON body, signed and sent byte for byte on every attempt. */
  payload: string;
  status: WebhookDeliveryStatus;
  /** Attempts over the delivery's life (all rounds). */
  attempts: number;
  round: number;
  responseStatus: number | null;
  lastError: string | null;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date | null;
  recentAttempts: WebhookAttemptRecord[];
  createdAt: Date;
  updatedAt: Date;
}

interface WebhookDeliveryDoc extends StoredDoc, Omit<WebhookDeliveryRecord, 'id' | 'communityId'> {}

const RETENTION_DAYS = 30;
const KEPT_ATTEMPTS = 10;

export const webhookDeliveriesCollection: CollectionSpec = {
  name: 'webhook_deliveries',
  indexes: [
    { fields: ['communityId', 'endpointId', 'createdAt'] },
    // Delivery logs are for debugging recent trouble; older ones go away on their own.
    { fields: ['createdAt'], expireAfterSeconds: RETENTION_DAYS * 86_400 },
  ],
};

const date = (value: Date | null | undefined) => (value ? new Date(value) : null);

function toRecord(doc: WebhookDeliveryDoc): WebhookDeliveryRecord {
  return {
    id: doc._id,
    communityId: doc.communityId,
    endpointId: doc.endpointId,
    eventType: doc.eventType,
    payload: doc.payload,
    status: doc.status,
    attempts: doc.attempts,
    round: doc.round,
    responseStatus: doc.responseStatus ?? null,
    lastError: doc.lastError ?? null,
    lastAttemptAt: date(doc.lastAttemptAt),
    nextAttemptAt: date(doc.nextAttemptAt),
    recentAttempts: (doc.recentAttempts ?? []).map((a) => ({ ...a, at: new Date(a.at) })),
    createdAt: new Date(doc.createdAt),
    updatedAt: new Date(doc.updatedAt),
  };
}

/** What an attempt changes: the outcome and what happens next (`nextAttemptAt` null = no more attempts). */
export interface AttemptOutcome {
  attempt: WebhookAttemptRecord;
  status: WebhookDeliveryStatus;
  nextAttemptAt: Date | null;
}

export class WebhookDeliveryRepository {
  private constructor(private readonly col: Collection<WebhookDeliveryDoc>) {}

  static async open(storage: Storage): Promise<WebhookDeliveryRepository> {
    return new WebhookDeliveryRepository(await storage.collection<WebhookDeliveryDoc>(webhookDeliveriesCollection));
  }

  async create(record: WebhookDeliveryRecord): Promise<void> {
    const { id, ...rest } = record;
    await this.col.insertOne({ _id: id, ...rest });
  }

  async findById(communityId: string, id: string): Promise<WebhookDeliveryRecord | null> {
    const doc = await this.col.findOne({ _id: id, communityId });
    return doc ? toRecord(doc) : null;
  }

  /**
   * Records an attempt of `round` only while that round is still pending (a redelivery started meanwhile
   * makes the older job's result irrelevant, and it is dropped).
   */
  async recordAttempt(
    communityId: string,
    id: string,
    round: number,
    outcome: AttemptOutcome,
    kept: WebhookAttemptRecord[],
  ): Promise<WebhookDeliveryRecord | null> {
    const doc = await this.col.findOneAndUpdate(
      { _id: id, communityId, status: 'pending', round },
      {
        $inc: { attempts: 1 },
        $set: {
          status: outcome.status,
          responseStatus: outcome.attempt.responseStatus ?? null,
          lastError: outcome.attempt.error ?? null,
          lastAttemptAt: outcome.attempt.at,
          nextAttemptAt: outcome.nextAttemptAt,
          recentAttempts: [...kept, outcome.attempt].slice(-KEPT_ATTEMPTS),
          updatedAt: outcome.attempt.at,
        },
      },
    );
    return doc ? toRecord(doc) : null;
  }

  /** Stops a pending delivery whose endpoint was disabled or deleted. */
  async cancel(communityId: string, id: string, round: number, reason: string, now: Date): Promise<void> {
    await this.col.updateOne(
      { _id: id, communityId, status: 'pending', round },
      { $set: { status: 'cancelled', lastError: reason, nextAttemptAt: null, updatedAt: now } },
    );
  }

  /** Starts a new round of attempts now (manual redelivery); returns the delivery as changed. */
  async restart(communityId: string, id: string, now: Date): Promise<WebhookDeliveryRecord | null> {
    const doc = await this.col.findOneAndUpdate(
      { _id: id, communityId },
      { $inc: { round: 1 }, $set: { status: 'pending', nextAttemptAt: now, updatedAt: now } },
    );
    return doc ? toRecord(doc) : null;
  }

  /** Newest first; `cursor` is the `nextCursor` of the previous page (keyset.ts). */
  async page(
    communityId: string,
    endpointId: string,
    options: { status?: WebhookDeliveryStatus; cursor?: string; limit: number },
  ): Promise<{ items: WebhookDeliveryRecord[]; nextCursor: string | null }> {
    const filter: Filter = { communityId, endpointId, ...(options.status ? { status: options.status } : {}) };
    const position = options.cursor ? decodeDateCursor(options.cursor) : null;
    const combined = position ? { $and: [filter, afterPosition('createdAt', -1, position.at, position.id)] } : filter;
    const docs = await this.col.find(combined, { sort: { createdAt: -1, _id: -1 }, limit: options.limit + 1 });
    return pageOf(docs.map(toRecord), options.limit, (d) => d.createdAt);
  }

  async deleteForEndpoint(communityId: string, endpointId: string): Promise<number> {
    return this.col.deleteMany({ communityId, endpointId });
  }
}
