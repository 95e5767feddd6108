import { effectiveBookingRules, emptyAvailability, MentorKitError, type Availability, type BookingRules } from '@mentorkit/core';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { MentorProfileRecord } from '../repositories/mentor-repository.js';
import type { Services } from '../service-container.js';
import { isListed } from './mentor-service.js';

export interface BookableMentor {
  profile: MentorProfileRecord;
  /** The stored availability, or no windows at all in the profile's zone. */
  availability: Availability;
  /** The mentor's own rules, else the community's defaults (SPEC A3). */
  rules: BookingRules;
}

/**
 * Everything needed to offer or book a mentor's time.
 * @throws MentorKitError MENTOR_NOT_FOUND unless the mentor is approved and has mentoring enabled (SPEC M2)
 * @example const { availability, rules } = await bookableMentor(services, community, mentorId)
 */
export async function bookableMentor(services: Services, community: CommunityRecord, mentorId: string): Promise<BookableMentor> {
  const [profile, stored] = await Promise.all([
    services.mentors.findProfile(community.id, mentorId),
    services.availability.get(community.id, mentorId),
  ]);
  if (!profile || !isListed(profile)) throw new MentorKitError('MENTOR_NOT_FOUND', `No bookable mentor ${mentorId} in this community`);
  return {
    profile,
    availability: stored ?? emptyAvailability(profile.timeZone),
    rules: effectiveBookingRules(profile.bookingRules, community.settings.defaultBookingRules),
  };
}
