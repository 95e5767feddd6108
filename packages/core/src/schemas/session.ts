import { z } from 'zod';
import { durationSchema } from './booking-rules.js';
import { cursorSchema, idSchema, slugSchema, timeZoneSchema } from './common.js';

/** Where a session is in its life (SPEC S2). Pending and confirmed sessions hold their time (S5). */
export const sessionStatusSchema = z.enum(['pending', 'confirmed', 'declined', 'cancelled', 'completed', 'no_show']);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

/**
 * `mentorship` (default) is booked by a mentee from a mentor's open slots; `interview` and `project` are
 * initiated by an employer with another member, who accepts or declines (SPEC S8). The side that runs the
 * session (mentor or employer) is the session's `mentor`; the other is its `mentee`.
 */
export const sessionKindSchema = z.enum(['mentorship', 'interview', 'project']);
export type SessionKind = z.infer<typeof sessionKindSchema>;

/** Video platforms recognized from a meeting link's host (SPEC S4). */
export const meetingPlatformSchema = z.enum(['zoom', 'google_meet', 'teams', 'other']);
export type MeetingPlatform = z.infer<typeof meetingPlatformSchema>;

/**
 * A real UTC instant given as ISO 8601 with a zone designator (`Z` or `+02:00`). Impossible dates such as
 * Feb 30 are refused rather than rolled over.
 */
export const instantSchema = z.iso
  .datetime({ offset: true, message: 'Expected an ISO 8601 date-time with a zone, like "2026-03-09T14:00:00Z"' })
  .refine(
    (value) => {
      const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
      const probe = new Date(Date.UTC(year, month - 1, day));
      return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day && !Number.isNaN(Date.parse(value));
    },
    { message: 'Expected a real calendar date (check the month and day)' },
  );

export const topicSchema = z
  .string()
  .trim()
  .min(5, 'Expected a topic of at least 5 characters')
  .max(200, 'Expected a topic of at most 200 characters');
export const longTextSchema = z.string().trim().max(2000, 'Expected at most 2000 characters');

/**
 * A booking request (SPEC S1) or, with `kind` `interview`/`project`, an employer's invitation of `memberId`
 * (SPEC S8). The start must be one of the mentor's open slots (mentorship) and on a 5-minute boundary.
 */
export const createSessionInputSchema = z
  .strictObject({
    kind: sessionKindSchema.default('mentorship'),
    mentorId: idSchema.optional(),
    memberId: idSchema.optional(),
    start: instantSchema,
    durationMinutes: durationSchema,
    topic: topicSchema,
    description: longTextSchema.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.kind === 'mentorship' && !input.mentorId) {
      ctx.addIssue({ code: 'custom', path: ['mentorId'], message: 'Expected the mentor to book (mentorId)' });
    }
    if (input.kind !== 'mentorship' && !input.memberId) {
      ctx.addIssue({ code: 'custom', path: ['memberId'], message: 'Expected the member to invite (memberId)' });
    }
  });
export type CreateSessionInput = z.infer<typeof createSessionInputSchema>;

export const sessionParams = z.object({ slug: slugSchema, sessionId: idSchema });

export const cancelSessionInputSchema = z.strictObject({
  reason: z.string().trim().min(1, 'Expected a reason').max(1000, 'Expected a reason of at most 1000 characters').optional(),
});
export const declineSessionInputSchema = cancelSessionInputSchema;

export const meetingLinkInputSchema = z.strictObject({
  url: z.string().trim().max(2048, 'Expected a link of at most 2048 characters'),
});

export const rateSessionInputSchema = z.strictObject({
  rating: z.number().int('Expected a whole number of stars').min(1).max(5),
  review: longTextSchema.optional(),
  /** Show the mentee's full name with the review to everyone; by default visitors who are not signed in see "Ben S.". */
  showFullName: z.boolean().optional(),
});
export type RateSessionInput = z.infer<typeof rateSessionInputSchema>;

export const mentorFeedbackInputSchema = z.strictObject({
  feedback: z.string().trim().min(1, 'Expected some feedback').max(2000, 'Expected at most 2000 characters'),
});

/** Either side proposes a new start for a pending or confirmed session (SPEC S3); the duration stays. */
export const proposeRescheduleInputSchema = z.strictObject({
  start: instantSchema,
  message: z.string().trim().max(500, 'Expected a message of at most 500 characters').optional(),
});
export type ProposeRescheduleInput = z.infer<typeof proposeRescheduleInputSchema>;

/** The other side answers a reschedule proposal. */
export const respondRescheduleInputSchema = z.strictObject({ decision: z.enum(['accept', 'decline']) });

export const listMySessionsQuerySchema = z.strictObject({
  role: z.enum(['mentor', 'mentee', 'all']).default('all'),
  status: z
    .string()
    .max(100)
    .optional()
    .transform((value) => (value ? value.split(',').map((s) => s.trim()) : undefined))
    .pipe(z.array(sessionStatusSchema).optional()),
  time: z.enum(['upcoming', 'past', 'all']).default('all'),
  cursor: cursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** Only sessions changed after this instant: what a client missed while its real-time socket was down. */
  changedSince: z.iso.datetime().optional(),
});
export type ListMySessionsQuery = z.infer<typeof listMySessionsQuerySchema>;

export const sessionPartySchema = z.object({ id: z.string(), name: z.string() });

/** One entry of a session's history: who changed the status, when, and why (SPEC S2). */
export const sessionHistoryEntrySchema = z.object({
  status: sessionStatusSchema,
  at: z.iso.datetime(),
  by: z.string(),
  reason: z.string().optional(),
  /** Set on an accepted reschedule (SPEC S3): the times before and after, so both stay in the history. */
  rescheduled: z.object({ fromStart: z.iso.datetime(), toStart: z.iso.datetime() }).optional(),
});
export type SessionHistoryEntry = z.infer<typeof sessionHistoryEntrySchema>;

/** A price in integer minor units of `currency` (cents for USD); `amount` 0 means free. */
export const costSchema = z.object({ amount: z.number().int(), currency: z.string(), free: z.boolean() });
export type Cost = z.infer<typeof costSchema>;

export const sessionSchema = z.object({
  id: z.string(),
  kind: sessionKindSchema,
  status: sessionStatusSchema,
  mentor: sessionPartySchema,
  mentee: sessionPartySchema,
  requestedBy: z.string(),
  start: z.iso.datetime(),
  end: z.iso.datetime(),
  durationMinutes: z.number().int(),
  topic: z.string(),
  description: z.string().optional(),
  cost: costSchema,
  meeting: z.object({ url: z.string(), platform: meetingPlatformSchema }).optional(),
  cancellation: z.object({ by: z.string(), reason: z.string().optional(), at: z.iso.datetime() }).optional(),
  rating: z.object({ rating: z.number().int(), review: z.string().optional() }).optional(),
  mentorFeedback: z.string().optional(),
  /** An open reschedule proposal (SPEC S3), answered by the side that did not make it. */
  reschedule: z
    .object({
      start: z.iso.datetime(),
      end: z.iso.datetime(),
      proposedBy: z.string(),
      message: z.string().optional(),
      at: z.iso.datetime(),
    })
    .optional(),
  history: z.array(sessionHistoryEntrySchema),
  /** True when a participant may join the call now (SPEC S9). */
  joinable: z.boolean(),
  joinOpensAt: z.iso.datetime(),
  joinClosesAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Session = z.infer<typeof sessionSchema>;

export const sessionPageSchema = z.object({ items: z.array(sessionSchema), nextCursor: z.string().nullable() });

export const listMentorSlotsQuerySchema = z.strictObject({
  from: instantSchema.optional(),
  to: instantSchema.optional(),
  duration: z.coerce.number().pipe(durationSchema).optional(),
  timeZone: timeZoneSchema.default('UTC'),
});

export const mentorSlotsSchema = z.object({
  mentorId: z.string(),
  durationMinutes: z.number().int(),
  /** The viewer's zone every `local` rendering uses. */
  timeZone: z.string(),
  slots: z.array(z.object({ start: z.iso.datetime(), local: z.string(), date: z.string() })),
  /** Present when the answer was cut at its slot cap: ask again with `from` = this instant for the rest. */
  nextFrom: z.iso.datetime().optional(),
});
export type MentorSlots = z.infer<typeof mentorSlotsSchema>;
