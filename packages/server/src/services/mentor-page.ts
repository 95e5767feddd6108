import { defaultDurationMinutes, effectiveBookingRules, MentorKitError, type MentorPage } from '@mentorkit/core';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { Services } from '../service-container.js';
import { isListed, toPublicMentorProfile } from './mentor-service.js';
import { bookableMentor } from './bookable-mentor.js';
import { firstOpenSlots } from './slot-page.js';

const RECENT_REVIEWS = 5;
const NEXT_SLOTS = 6;
/** How far ahead the page looks for the next open slots (the mentor's horizon may be shorter). */
const LOOKAHEAD_DAYS = 60;

/**
 * The mentor page (SPEC M5): profile, rating, completed sessions, recent reviews and the next open slots
 * for the shortest session the mentor offers. Admins also see mentors that are not listed.
 * @throws MentorKitError MENTOR_NOT_FOUND when unknown, or not approved and enabled and the viewer is no admin
 */
/** "Rosa María Quiroga" → "Rosa Q.": what visitors who are not signed in see of a reviewer. */
export function firstNameAndInitial(fullName: string): string {
  const words = fullName.trim().split(/\s+/u);
  if (words.length < 2) return words[0] ?? '';
  return `${words[0]} ${[...words.at(-1)!][0]!.toLocaleUpperCase()}.`;
}

export async function mentorPage(
  services: Services,
  community: CommunityRecord,
  mentorId: string,
  viewer: { asAdmin: boolean; signedIn: boolean },
): Promise<MentorPage> {
  const { asAdmin } = viewer;
  const profile = await services.mentors.findProfile(community.id, mentorId);
  if (!profile || (!asAdmin && !isListed(profile))) throw new MentorKitError('MENTOR_NOT_FOUND', `No mentor ${mentorId} in this community`);
  const rules = effectiveBookingRules(profile.bookingRules, community.settings.defaultBookingRules);
  const now = services.now();
  const [reviews, slots] = await Promise.all([
    services.sessions.recentReviews(community.id, mentorId, RECENT_REVIEWS),
    // Only the first few are shown: computing stops once they are found (a 24/7 mentor has thousands).
    isListed(profile)
      ? bookableMentor(services, community, mentorId).then((mentor) =>
          firstOpenSlots(services, community.id, mentorId, mentor, {
            from: now,
            to: new Date(now.getTime() + LOOKAHEAD_DAYS * 24 * 60 * 60 * 1000),
            durationMinutes: defaultDurationMinutes(rules),
            limit: NEXT_SLOTS,
          }),
        )
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
      // Reviewers' full names are for the community; the open web sees "Rosa Q." unless they opted in.
      menteeName: viewer.signedIn || r.showFullName ? r.menteeName : firstNameAndInitial(r.menteeName),
      createdAt: r.createdAt.toISOString(),
    })),
    nextOpenSlots: slots.map((slot) => slot.toISOString()),
    durations: rules.durations,
  };
}
