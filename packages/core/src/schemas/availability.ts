import { z } from 'zod';
import { timeZoneSchema } from './common.js';

/** Minutes since local midnight of an "HH:MM" time ("24:00" → 1440). The input is assumed valid. */
export function clockToMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * A local wall-clock time "HH:MM" (24-hour) on a 5-minute grid. "24:00" is allowed so a window can run to
 * the end of the day; it is only meaningful as an end (a window must start before it ends).
 */
export const clockTimeSchema = z
  .string()
  // `abort` stops at the first problem, so a user reads one message per field rather than three.
  .regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, {
    message: 'Expected "HH:MM" in 24-hour time, like "09:30" (or "24:00" as an end)',
    abort: true,
  })
  .refine((time) => clockToMinutes(time) % 5 === 0, {
    message: 'Expected minutes on a 5-minute grid, like "09:05" or "09:30"',
    abort: true,
  });
export type ClockTime = z.infer<typeof clockTimeSchema>;

/** True when the calendar date exists (rejects "2026-02-30", accepts "2028-02-29"). */
function isRealDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** A calendar date "YYYY-MM-DD" in the mentor's zone (no time, no zone of its own). */
export const localDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Expected a date like "2026-03-08" (YYYY-MM-DD)', abort: true })
  .refine(isRealDate, { message: 'Expected a real calendar date (check the month and day)', abort: true });
export type LocalDate = z.infer<typeof localDateSchema>;

const windowShape = { start: clockTimeSchema, end: clockTimeSchema };
// Shared by weekly windows and override windows: an empty or inverted window is always a typo.
const startBeforeEnd = {
  check: (w: { start: string; end: string }) => clockToMinutes(w.start) < clockToMinutes(w.end),
  params: { message: 'Expected the end to be later than the start (use "24:00" for midnight)', path: ['end'] },
};

/** A local time range within one day, `start` inclusive, `end` exclusive. */
export const timeWindowSchema = z.strictObject(windowShape).refine(startBeforeEnd.check, startBeforeEnd.params);
export type TimeWindow = z.infer<typeof timeWindowSchema>;

/** A window repeating every week on `dayOfWeek` (0 = Sunday … 6 = Saturday), in the mentor's zone (SPEC A1). */
export const weeklyWindowSchema = z
  .strictObject({
    dayOfWeek: z
      .number()
      .int()
      .min(0, 'Expected a day of week from 0 (Sunday) to 6 (Saturday)')
      .max(6, 'Expected a day of week from 0 (Sunday) to 6 (Saturday)'),
    ...windowShape,
  })
  .refine(startBeforeEnd.check, startBeforeEnd.params);
export type WeeklyWindow = z.infer<typeof weeklyWindowSchema>;

/** Extra windows on one date, added to that day's weekly windows (SPEC A2). */
export const dateOverrideSchema = z.strictObject({
  date: localDateSchema,
  windows: z.array(timeWindowSchema).min(1, 'Expected at least one window for this date').max(24),
});
export type DateOverride = z.infer<typeof dateOverrideSchema>;

/** Time off: every date from `start` to `end` inclusive has no availability at all (SPEC A2). */
export const blackoutSchema = z.strictObject({ start: localDateSchema, end: localDateSchema }).refine((b) => b.start <= b.end, {
  message: 'Expected the end date to be on or after the start date',
  path: ['end'],
});
export type Blackout = z.infer<typeof blackoutSchema>;

/**
 * A mentor's availability: wall-clock windows in the mentor's IANA zone. Blackouts win over weekly windows
 * and overrides; overlapping or touching windows simply join.
 */
export const availabilitySchema = z.strictObject({
  timeZone: timeZoneSchema,
  weekly: z.array(weeklyWindowSchema).max(50, 'Expected at most 50 weekly windows'),
  overrides: z.array(dateOverrideSchema).max(366, 'Expected at most 366 date overrides').default([]),
  blackouts: z.array(blackoutSchema).max(100, 'Expected at most 100 blackout ranges').default([]),
});
export type Availability = z.infer<typeof availabilitySchema>;
/** What callers may send: `overrides` and `blackouts` may be left out. */
export type AvailabilityInput = z.input<typeof availabilitySchema>;
