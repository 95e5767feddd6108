import { SecretBox } from '../security/secret-box.js';
import type { Collection, CollectionSpec, Storage, StoredDoc } from '../storage/types.js';

export type WebhookDisabledReason = 'manual' | 'gone' | 'failing';

/** A site owner's webhook endpoint (SPEC N3); `secret` is plain here and sealed in storage. */
export interface WebhookEndpointRecord {
  id: string;
  communityId: string;
  url: string;
  description?: string;
  /** Event types, or `*` for all. */
  events: string[];
  enabled: boolean;
  disabledReason: WebhookDisabledReason | null;
  disabledAt: Date | null;
  failingSince: Date | null;
  /** Null when it cannot be decrypted (MENTORKIT_SECRET changed): deliveries fail until it is rotated. */
  secret: string | null;
  /** Still signing beside `secret` until `previousSecretExpiresAt` (zero-downtime rotation). */
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

interface WebhookEndpointDoc extends StoredDoc, Omit<WebhookEndpointRecord, 'id' | 'communityId' | 'secret' | 'previousSecret'> {
  sealedSecret: string;
  sealedPreviousSecret: string | null;
}

export const webhookEndpointsCollection: CollectionSpec = {
  name: 'webhook_endpoints',
  indexes: [{ fields: ['communityId', 'createdAt'] }],
};

/** What `update` may change. */
export type WebhookEndpointChanges = Partial<
  Pick<WebhookEndpointRecord, 'url' | 'events' | 'enabled' | 'disabledReason' | 'disabledAt' | 'failingSince'>
> & {
  description?: string | null;
};

const date = (value: Date | null | undefined) => (value ? new Date(value) : null);

export class WebhookEndpointRepository {
  private constructor(
    private readonly col: Collection<WebhookEndpointDoc>,
    private readonly box: SecretBox,
  ) {}

  static async open(storage: Storage, serviceSecret: string): Promise<WebhookEndpointRepository> {
    return new WebhookEndpointRepository(
      await storage.collection<WebhookEndpointDoc>(webhookEndpointsCollection),
      new SecretBox(serviceSecret, 'webhook-signing-secrets'),
    );
  }

  private toRecord(doc: WebhookEndpointDoc): WebhookEndpointRecord {
    return {
      id: doc._id,
      communityId: doc.communityId,
      url: doc.url,
      ...(doc.description !== undefined && doc.description !== null ? { description: doc.description } : {}),
      events: doc.events,
      enabled: doc.enabled,
      disabledReason: doc.disabledReason ?? null,
      disabledAt: date(doc.disabledAt),
      failingSince: date(doc.failingSince),
      secret: this.unseal(doc.sealedSecret),
      previousSecret: doc.sealedPreviousSecret ? this.unseal(doc.sealedPreviousSecret) : null,
      previousSecretExpiresAt: date(doc.previousSecretExpiresAt),
      createdAt: new Date(doc.createdAt),
      updatedAt: new Date(doc.updatedAt),
    };
  }

  private unseal(sealed: string): string | null {
    try {
      return this.box.open(sealed);
    } catch {
      return null;
    }
  }

  async create(record: WebhookEndpointRecord & { secret: string }): Promise<WebhookEndpointRecord & { secret: string }> {
    const { id, communityId, secret, previousSecret, description, ...rest } = record;
    await this.col.insertOne({
      _id: id,
      communityId,
      ...rest,
      ...(description !== undefined ? { description } : {}),
      sealedSecret: this.box.seal(secret),
      sealedPreviousSecret: previousSecret ? this.box.seal(previousSecret) : null,
    });
    return record;
  }

  async findById(communityId: string, id: string): Promise<WebhookEndpointRecord | null> {
    const doc = await this.col.findOne({ _id: id, communityId });
    return doc ? this.toRecord(doc) : null;
  }

  /** Oldest first, so the list reads in the order endpoints were added. */
  async list(communityId: string): Promise<WebhookEndpointRecord[]> {
    return (await this.col.find({ communityId }, { sort: { createdAt: 1, _id: 1 } })).map((doc) => this.toRecord(doc));
  }

  /** Enabled endpoints subscribed to `eventType` (filtered here: a community has a handful). */
  async listSubscribed(communityId: string, eventType: string): Promise<WebhookEndpointRecord[]> {
    const docs = await this.col.find({ communityId, enabled: true });
    return docs.filter((doc) => doc.events.includes('*') || doc.events.includes(eventType)).map((doc) => this.toRecord(doc));
  }

  async update(communityId: string, id: string, changes: WebhookEndpointChanges, now: Date): Promise<WebhookEndpointRecord | null> {
    const $set: Record<string, unknown> = { updatedAt: now };
    const $unset: Record<string, true> = {};
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      if (key === 'description' && value === null) $unset.description = true;
      else $set[key] = value;
    }
    const doc = await this.col.findOneAndUpdate({ _id: id, communityId }, Object.keys($unset).length ? { $set, $unset } : { $set });
    return doc ? this.toRecord(doc) : null;
  }

  /** Replaces the signing secret; the old one keeps signing until `previousUntil` (or stops now when null). */
  async rotateSecret(
    communityId: string,
    id: string,
    secret: string,
    previousUntil: Date | null,
    now: Date,
  ): Promise<(WebhookEndpointRecord & { secret: string }) | null> {
    const current = await this.col.findOne({ _id: id, communityId });
    if (!current) return null;
    const doc = await this.col.findOneAndUpdate(
      { _id: id, communityId, sealedSecret: current.sealedSecret },
      {
        $set: {
          sealedSecret: this.box.seal(secret),
          sealedPreviousSecret: previousUntil ? current.sealedSecret : null,
          previousSecretExpiresAt: previousUntil,
          updatedAt: now,
        },
      },
    );
    return doc ? { ...this.toRecord(doc), secret } : null;
  }

  async delete(communityId: string, id: string): Promise<boolean> {
    return (await this.col.deleteOne({ _id: id, communityId })) > 0;
  }

  /** Clears the failure record after a success (a no-op write is skipped). */
  async markSucceeded(communityId: string, id: string): Promise<void> {
    await this.col.updateOne({ _id: id, communityId, failingSince: { $ne: null } }, { $set: { failingSince: null } });
  }

  /** Remembers the first failure since the last success; returns when the endpoint started failing. */
  async markFailing(communityId: string, id: string, now: Date): Promise<Date | null> {
    await this.col.updateOne({ _id: id, communityId, failingSince: null }, { $set: { failingSince: now } });
    const doc = await this.col.findOne({ _id: id, communityId });
    return date(doc?.failingSince);
  }

  /**
   * Disables an enabled endpoint. Returns the record only to the one caller that disabled it, so the
   * admins are told once even when several deliveries fail at the same moment.
   */
  async disable(communityId: string, id: string, reason: WebhookDisabledReason, now: Date): Promise<WebhookEndpointRecord | null> {
    const doc = await this.col.findOneAndUpdate(
      { _id: id, communityId, enabled: true },
      { $set: { enabled: false, disabledReason: reason, disabledAt: now, updatedAt: now } },
    );
    return doc ? this.toRecord(doc) : null;
  }
}
