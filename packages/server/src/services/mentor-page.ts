import { MentorKitError, type MentorPage } from '@mentorkit/core';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { Services } from '../services.js';
import { isListed, toPublicMentorProfile } from './mentor-service.js';
import { openSlots } from './open-slots.js';

const RECENT_REVIEWS = 5;
const NEXT_SLOTS = 6;
/** How far ahead the page looks for the next open slots (the mentor's horizon may be shorter). */
const LOOKAHEAD_DAYS = 60;

/**
 * The mentor page (SPEC M5): profile, rating, completed sessions, recent reviews and the next open slots
 * for the shortest session the mentor offers. Admins also see mentors that are not listed.
 * @throws MentorKitError MENTOR_NOT_FOUND when unknown, or not approved and enabled and the viewer is no admin
 */
export async function mentorPage(services: Services, community: CommunityRecord, mentorId: string, asAdmin: boolean): Promise<MentorPage> {
  const profile = await services.mentors.findProfile(community.id, mentorId);
  if (!profile || (!asAdmin && !isListed(profile))) throw new MentorKitError('MENTOR_NOT_FOUND', `No mentor ${mentorId} in this community`);
  const rules = profile.bookingRules ?? community.settings.defaultBookingRules;
  const now = services.now();
  const [reviews, slots] = await Promise.all([
    services.sessions.recentReviews(community.id, mentorId, RECENT_REVIEWS),
    isListed(profile)
      ? openSlots(services, community, mentorId, {
          from: now,
          to: new Date(now.getTime() + LOOKAHEAD_DAYS * 24 * 60 * 60 * 1000),
          durationMinutes: Math.min(...rules.durations),
        })
      : Promise.resolve([]),
  ]);
  return {
    mentor: {
      ...toPublicMentorProfile(services, profile),
      ...(asAdmin ? { status: profile.status, mentoringEnabled: profile.mentoringEnabled } : {}),
    },
    recentReviews: reviews.map((r) => ({
      rating: r.rating,
      ...(r.review !== undefined ? { review: r.review } : {}),
      menteeName: r.menteeName,
      createdAt: r.createdAt.toISOString(),
    })),
    nextOpenSlots: slots.slice(0, NEXT_SLOTS).map((slot) => slot.toISOString()),
    durations: rules.durations,
  };
}
