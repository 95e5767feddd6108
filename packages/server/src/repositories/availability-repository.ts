import type { Availability, DateOverride, WeeklyWindow, Blackout } from '@mentorkit/core';
import type { Collection, CollectionSpec, Storage, StoredDoc } from '../storage/types.js';

interface AvailabilityDoc extends StoredDoc {
  timeZone: string;
  weekly: WeeklyWindow[];
  overrides: DateOverride[];
  blackouts: Blackout[];
  updatedAt: Date;
}

export const mentorAvailabilityCollection: CollectionSpec = { name: 'mentor_availability', indexes: [] };

function toAvailability(doc: AvailabilityDoc): Availability {
  return {
    timeZone: doc.timeZone,
    weekly: doc.weekly.map(({ dayOfWeek, start, end }) => ({ dayOfWeek, start, end })),
    overrides: (doc.overrides ?? []).map(({ date, windows }) => ({ date, windows: windows.map(({ start, end }) => ({ start, end })) })),
    blackouts: (doc.blackouts ?? []).map(({ start, end }) => ({ start, end })),
  };
}

/** A mentor's weekly windows, date overrides and blackouts (SPEC A1–A2); one document per mentor. */
export class AvailabilityRepository {
  private constructor(private readonly col: Collection<AvailabilityDoc>) {}

  static async open(storage: Storage): Promise<AvailabilityRepository> {
    return new AvailabilityRepository(await storage.collection<AvailabilityDoc>(mentorAvailabilityCollection));
  }

  async get(communityId: string, mentorId: string): Promise<Availability | null> {
    const doc = await this.col.findOne({ _id: mentorId, communityId });
    return doc ? toAvailability(doc) : null;
  }

  /** Replaces the mentor's availability as a whole. */
  async set(communityId: string, mentorId: string, availability: Availability, now: Date): Promise<Availability> {
    const { timeZone, weekly, overrides, blackouts } = availability;
    await this.col.updateOne(
      { _id: mentorId, communityId },
      { $set: { timeZone, weekly, overrides, blackouts, updatedAt: now } },
      { upsert: true },
    );
    return toAvailability({ _id: mentorId, communityId, timeZone, weekly, overrides, blackouts, updatedAt: now });
  }
}
