import {
  MentorKitError,
  type EmailPreferences,
  type Locale,
  type NotificationPreferences,
  type UpdateNotificationPreferencesInput,
} from '@mentorkit/core';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { MemberRecord } from '../repositories/member-repository.js';
import type { Services } from '../service-container.js';

/** Someone an email goes to, with the language, zone and switches it must respect. */
export interface Recipient {
  member: MemberRecord;
  locale: Locale;
  timeZone: string;
  /** True when the member chose the zone (otherwise it is a mentor's profile zone or UTC). */
  timeZoneChosen: boolean;
  email: EmailPreferences;
}

/** The member's language: their own (set in settings, or by the roster), else the community's. */
export function localeOf(community: CommunityRecord, member: Pick<MemberRecord, 'locale'>): Locale {
  return member.locale ?? community.settings.defaultLocale;
}

export async function recipientOf(services: Services, community: CommunityRecord, memberId: string): Promise<Recipient | null> {
  const member = await services.members.findById(community.id, memberId);
  if (!member) return null;
  const prefs = await services.notificationPreferences.get(community.id, memberId);
  let timeZone = prefs.timeZone;
  if (!timeZone) timeZone = (await services.mentors.findProfile(community.id, memberId))?.timeZone;
  return {
    member,
    locale: localeOf(community, member),
    timeZone: timeZone ?? 'UTC',
    timeZoneChosen: Boolean(prefs.timeZone),
    email: prefs.email,
  };
}

/** `getNotificationPreferences`: the switches, language and zone the caller's emails use. */
export async function getNotificationPreferences(
  services: Services,
  community: CommunityRecord,
  memberId: string,
): Promise<NotificationPreferences> {
  const recipient = await recipientOf(services, community, memberId);
  if (!recipient) throw new MentorKitError('MEMBER_NOT_FOUND', 'Your membership no longer exists in this community');
  return {
    email: recipient.email,
    locale: recipient.locale,
    timeZone: recipient.timeZoneChosen ? recipient.timeZone : null,
    effectiveTimeZone: recipient.timeZone,
  };
}

/** `updateNotificationPreferences`: changes only the fields given. */
export async function updateNotificationPreferences(
  services: Services,
  community: CommunityRecord,
  memberId: string,
  input: UpdateNotificationPreferencesInput,
): Promise<NotificationPreferences> {
  const now = services.now();
  if (input.locale) await services.members.setLocale(community.id, memberId, input.locale, now);
  if (input.email || input.timeZone !== undefined) {
    await services.notificationPreferences.update(
      community.id,
      memberId,
      { ...(input.email ? { email: input.email } : {}), ...(input.timeZone !== undefined ? { timeZone: input.timeZone } : {}) },
      now,
    );
  }
  return getNotificationPreferences(services, community, memberId);
}
