import {
  defaultBookingRules,
  effectiveBookingRules,
  type BookingRules,
  type MentorAvailability,
  type SetAvailabilityInput,
} from '@mentorkit/core';

// Kept here rather than imported from core's schema modules, so the bundle never pulls in zod
// (core's booking-policy.ts, imported above, holds no zod).
/** Session lengths a mentor may offer (SPEC A3). */
export const allowedDurations = [15, 30, 45, 60, 90, 120] as const;

/** One editable time range; `day` is 0 (Sunday) … 6 for weekly rows, `date` for date overrides. */
export interface WindowRow {
  key: number;
  day?: number;
  date?: string;
  start: string;
  end: string;
}

/** One editable blackout range (inclusive dates). */
export interface BlackoutRow {
  key: number;
  start: string;
  end: string;
}

/** Everything the availability editor edits, flat enough for inputs. */
export interface AvailabilityDraft {
  timeZone: string;
  weekly: WindowRow[];
  overrides: WindowRow[];
  blackouts: BlackoutRow[];
  useCommunityRules: boolean;
  rules: BookingRules;
}

let nextKey = 1;
/** A fresh row key for Lit's `repeat`. */
export function rowKey(): number {
  return nextKey++;
}

/** `<input type="time">` cannot show "24:00": it shows midnight as "00:00" at the end of a range. */
export function toInputTime(time: string): string {
  return time === '24:00' ? '00:00' : time;
}

function fromInputEnd(time: string): string {
  return time === '00:00' ? '24:00' : time;
}

/** The editor's draft of what the service has. */
export function draftFrom(data: MentorAvailability): AvailabilityDraft {
  const { availability } = data;
  return {
    timeZone: availability.timeZone,
    weekly: availability.weekly.map((w) => ({ key: rowKey(), day: w.dayOfWeek, start: w.start, end: w.end })),
    overrides: availability.overrides.flatMap((o) => o.windows.map((w) => ({ key: rowKey(), date: o.date, start: w.start, end: w.end }))),
    blackouts: availability.blackouts.map((b) => ({ key: rowKey(), start: b.start, end: b.end })),
    useCommunityRules: data.bookingRulesOverride === null,
    rules: { ...effectiveBookingRules(data.bookingRulesOverride, data.bookingRules ?? defaultBookingRules) },
  };
}

/** The request body for `setMyAvailability`. */
export function inputFrom(draft: AvailabilityDraft): SetAvailabilityInput {
  const byDate = new Map<string, { start: string; end: string }[]>();
  for (const row of draft.overrides)
    byDate.set(row.date!, [...(byDate.get(row.date!) ?? []), { start: row.start, end: fromInputEnd(row.end) }]);
  return {
    availability: {
      timeZone: draft.timeZone,
      weekly: draft.weekly.map((r) => ({ dayOfWeek: r.day!, start: r.start, end: fromInputEnd(r.end) })),
      overrides: [...byDate].map(([date, windows]) => ({ date, windows })),
      blackouts: draft.blackouts.map((b) => ({ start: b.start, end: b.end })),
    },
    bookingRules: draft.useCommunityRules ? null : { ...draft.rules, durations: [...draft.rules.durations].sort((a, b) => a - b) },
  };
}
