import type { Availability } from './schemas/availability.js';
import type { BookingRules } from './schemas/booking-rules.js';

// No zod here (types only): widgets import these values, and zod must not reach a page.

/** The community's booking rules until an admin changes them (SPEC A3). */
export const defaultBookingRules: BookingRules = {
  durations: [30, 60],
  slotStepMinutes: 30,
  minNoticeMinutes: 12 * 60,
  horizonDays: 60,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  maxSessionsPerDay: 4,
};

/**
 * The rules a mentor's time is offered and booked under: their own when they set some, else the
 * community's defaults (SPEC A3). The one place that decides it.
 * @example effectiveBookingRules(profile.bookingRules, community.settings.defaultBookingRules)
 */
export function effectiveBookingRules(own: BookingRules | null | undefined, communityDefaults: BookingRules): BookingRules {
  return own ?? communityDefaults;
}

/** A mentor who never saved availability: no windows at all, on their profile's clock. */
export function emptyAvailability(timeZone: string): Availability {
  return { timeZone, weekly: [], overrides: [], blackouts: [] };
}

/** The session length offered first when none is asked for: the shortest the rules allow. */
export function defaultDurationMinutes(rules: Pick<BookingRules, 'durations'>): number {
  return Math.min(...rules.durations);
}
