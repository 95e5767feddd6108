import { effectiveBookingRules, emptyAvailability, type Availability, type BookingRules, type MentorAvailability } from '@mentorkit/core';
import type { AuthContext } from '../context.js';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { MentorProfileRecord } from '../repositories/mentor-repository.js';
import type { Services } from '../service-container.js';
import { requireOwnProfile } from './mentor-service.js';

async function availabilityOf(services: Services, community: CommunityRecord, profile: MentorProfileRecord): Promise<MentorAvailability> {
  const availability = (await services.availability.get(community.id, profile.id)) ?? emptyAvailability(profile.timeZone);
  return {
    availability,
    bookingRulesOverride: profile.bookingRules ?? null,
    bookingRules: effectiveBookingRules(profile.bookingRules, community.settings.defaultBookingRules),
  };
}

/** The caller's weekly windows, overrides, blackouts and the booking rules in force (mentors; SPEC A1–A3). */
export async function getMyAvailability(services: Services, community: CommunityRecord, auth: AuthContext): Promise<MentorAvailability> {
  return availabilityOf(services, community, await requireOwnProfile(services, community, auth));
}

/**
 * Replaces the caller's availability and their own booking rules (`null` follows the community's), and
 * drops their cached slot answers.
 */
export async function setMyAvailability(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  input: { availability: Availability; bookingRules?: BookingRules | null },
): Promise<MentorAvailability> {
  const profile = await requireOwnProfile(services, community, auth);
  const now = services.now();
  await services.availability.set(community.id, profile.id, input.availability, now);
  await services.mentors.setBookingRules(community.id, profile.id, input.bookingRules ?? null, now);
  services.slotAnswers.invalidate(community.id, profile.id);
  const { bookingRules: _old, ...rest } = profile;
  const updated = input.bookingRules ? { ...rest, bookingRules: input.bookingRules } : rest;
  return availabilityOf(services, community, updated);
}
