import type { Community, UpdateCommunitySettingsInput } from '@mentorkit/core';

const ALL_DURATIONS = [15, 30, 45, 60, 90, 120] as const;
export { ALL_DURATIONS };

/** The settings form's state: numbers as the inputs hold them, origins one per line. */
export interface SettingsDraft {
  name: string;
  primaryColor: string;
  accentColor: string;
  /** Kept as it was: the console does not edit the logo yet. */
  logoUrl?: string;
  defaultLocale: 'en' | 'es';
  signInMode: 'members-only' | 'open';
  mentorApproval: 'manual' | 'auto';
  bookingRateLimitPerHour: string;
  requireMentorshipForBooking: boolean;
  durations: number[];
  slotStepMinutes: 15 | 30;
  minNoticeHours: string;
  horizonDays: string;
  bufferBeforeMinutes: string;
  bufferAfterMinutes: string;
  maxSessionsPerDay: string;
  allowedOrigins: string;
}

export function draftFromCommunity(community: Community): SettingsDraft {
  const { settings } = community;
  const rules = settings.defaultBookingRules;
  return {
    name: community.name,
    primaryColor: settings.brand.primaryColor,
    accentColor: settings.brand.accentColor,
    ...(settings.brand.logoUrl ? { logoUrl: settings.brand.logoUrl } : {}),
    defaultLocale: settings.defaultLocale,
    signInMode: settings.signInMode,
    mentorApproval: settings.mentorApproval,
    bookingRateLimitPerHour: String(settings.bookingRateLimitPerHour),
    requireMentorshipForBooking: settings.requireMentorshipForBooking,
    durations: [...rules.durations],
    slotStepMinutes: rules.slotStepMinutes,
    minNoticeHours: String(rules.minNoticeMinutes / 60),
    horizonDays: String(rules.horizonDays),
    bufferBeforeMinutes: String(rules.bufferBeforeMinutes),
    bufferAfterMinutes: String(rules.bufferAfterMinutes),
    maxSessionsPerDay: String(rules.maxSessionsPerDay),
    allowedOrigins: community.allowedOrigins.join('\n'),
  };
}

/** Numbers the service would refuse anyway are sent as they are, so its field errors explain them. */
const toNumber = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/** The update the service takes; the service validates every field and answers with the failing paths. */
export function inputFromDraft(draft: SettingsDraft): UpdateCommunitySettingsInput {
  return {
    name: draft.name,
    allowedOrigins: draft.allowedOrigins
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    settings: {
      signInMode: draft.signInMode,
      mentorApproval: draft.mentorApproval,
      defaultLocale: draft.defaultLocale,
      brand: { primaryColor: draft.primaryColor, accentColor: draft.accentColor, ...(draft.logoUrl ? { logoUrl: draft.logoUrl } : {}) },
      bookingRateLimitPerHour: toNumber(draft.bookingRateLimitPerHour),
      requireMentorshipForBooking: draft.requireMentorshipForBooking,
      defaultBookingRules: {
        durations: [...draft.durations].sort((a, b) => a - b),
        slotStepMinutes: draft.slotStepMinutes,
        minNoticeMinutes: Math.round(toNumber(draft.minNoticeHours) * 60),
        horizonDays: toNumber(draft.horizonDays),
        bufferBeforeMinutes: toNumber(draft.bufferBeforeMinutes),
        bufferAfterMinutes: toNumber(draft.bufferAfterMinutes),
        maxSessionsPerDay: toNumber(draft.maxSessionsPerDay),
      },
    },
  };
}
