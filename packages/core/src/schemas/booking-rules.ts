import { z } from 'zod';

/** Session lengths a mentor may offer (SPEC A3). */
export const allowedDurations = [15, 30, 45, 60, 90, 120] as const;
export const durationSchema = z
  .number()
  .int()
  .refine((m) => (allowedDurations as readonly number[]).includes(m), {
    message: `Expected one of ${allowedDurations.join(', ')} minutes`,
  });

const minutesMultipleOf5 = (max: number) => z.number().int().min(0).max(max).multipleOf(5, { message: 'Expected a multiple of 5 minutes' });

/** Booking rules per mentor; communities hold the defaults (SPEC A3). */
export const bookingRulesSchema = z.strictObject({
  durations: z.array(durationSchema).min(1).max(allowedDurations.length),
  slotStepMinutes: z.union([z.literal(15), z.literal(30)]),
  minNoticeMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 30),
  horizonDays: z.number().int().min(1).max(365),
  bufferBeforeMinutes: minutesMultipleOf5(120),
  bufferAfterMinutes: minutesMultipleOf5(120),
  maxSessionsPerDay: z.number().int().min(1).max(24),
});
export type BookingRules = z.infer<typeof bookingRulesSchema>;
