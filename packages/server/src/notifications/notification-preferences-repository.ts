import { defaultEmailPreferences, type EmailPreferences } from '@mentorkit/core';
import type { Collection, CollectionSpec, Storage, StoredDoc } from '../storage/types.js';

/**
 * A member's choices about email (SPEC N1); absent fields mean "not chosen", i.e. the defaults. The
 * language lives on the member (it also picks the sign-in email's language).
 */
export interface NotificationPreferencesRecord {
  communityId: string;
  memberId: string;
  email: EmailPreferences;
  timeZone?: string;
  updatedAt: Date | null;
}

interface PreferencesDoc extends StoredDoc {
  email?: Partial<EmailPreferences>;
  timeZone?: string;
  updatedAt: Date;
}

export const notificationPreferencesCollection: CollectionSpec = {
  name: 'notification_preferences',
  indexes: [{ fields: ['communityId'] }],
};

/** One document per member (`_id` is the member id); written only when the member changes something. */
export class NotificationPreferencesRepository {
  private constructor(private readonly col: Collection<PreferencesDoc>) {}

  static async open(storage: Storage): Promise<NotificationPreferencesRepository> {
    return new NotificationPreferencesRepository(await storage.collection<PreferencesDoc>(notificationPreferencesCollection));
  }

  async get(communityId: string, memberId: string): Promise<NotificationPreferencesRecord> {
    const doc = await this.col.findOne({ _id: memberId, communityId });
    return {
      communityId,
      memberId,
      email: { ...defaultEmailPreferences, ...doc?.email },
      ...(doc?.timeZone ? { timeZone: doc.timeZone } : {}),
      updatedAt: doc ? new Date(doc.updatedAt) : null,
    };
  }

  /** Sets the given fields (a `null` time zone forgets the choice); other fields stay. */
  async update(
    communityId: string,
    memberId: string,
    changes: { email?: Partial<EmailPreferences>; timeZone?: string | null },
    now: Date,
  ): Promise<NotificationPreferencesRecord> {
    const $set: Record<string, unknown> = { updatedAt: now };
    const $unset: Record<string, true> = {};
    for (const [key, value] of Object.entries(changes.email ?? {})) if (value !== undefined) $set[`email.${key}`] = value;
    if (changes.timeZone === null) $unset.timeZone = true;
    else if (changes.timeZone) $set.timeZone = changes.timeZone;
    await this.col.updateOne({ _id: memberId, communityId }, Object.keys($unset).length ? { $set, $unset } : { $set }, { upsert: true });
    return this.get(communityId, memberId);
  }
}
