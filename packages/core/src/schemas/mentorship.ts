import { z } from 'zod';
import { idSchema, slugSchema } from './common.js';
import { sessionPartySchema } from './session.js';

/** A "connect" request between a mentee and a mentor (SPEC R1). */
export const mentorshipStatusSchema = z.enum(['pending', 'accepted', 'declined', 'ended']);
export type MentorshipStatus = z.infer<typeof mentorshipStatusSchema>;

export const requestMentorshipInputSchema = z.strictObject({
  mentorId: idSchema,
  message: z.string().trim().max(1000, 'Expected a message of at most 1000 characters').optional(),
});

export const respondToMentorshipInputSchema = z.strictObject({
  decision: z.enum(['accept', 'decline']),
});

export const endMentorshipInputSchema = z.strictObject({
  reason: z.string().trim().max(1000, 'Expected a reason of at most 1000 characters').optional(),
});

export const mentorshipParams = z.object({ slug: slugSchema, mentorshipId: idSchema });

export const listMyMentorshipsQuerySchema = z.strictObject({
  /** `mentor`: "my students"; `mentee`: "my mentors" (SPEC R3). */
  role: z.enum(['mentor', 'mentee', 'all']).default('all'),
  status: mentorshipStatusSchema.optional(),
});
export type ListMyMentorshipsQuery = z.infer<typeof listMyMentorshipsQuerySchema>;

/** The per-pair record kept up to date when sessions complete (SPEC R2). */
export const relationshipStatsSchema = z.object({
  completedSessions: z.number().int(),
  totalHours: z.number(),
  lastSessionAt: z.iso.datetime().nullable(),
  topics: z.array(z.string()),
});
export type RelationshipStats = z.infer<typeof relationshipStatsSchema>;

export const mentorshipSchema = z.object({
  id: z.string(),
  status: mentorshipStatusSchema,
  mentor: sessionPartySchema,
  mentee: sessionPartySchema,
  message: z.string().optional(),
  startedAt: z.iso.datetime().nullable(),
  endedAt: z.iso.datetime().nullable(),
  endedBy: z.string().optional(),
  endReason: z.string().optional(),
  stats: relationshipStatsSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Mentorship = z.infer<typeof mentorshipSchema>;

export const mentorshipListSchema = z.object({ items: z.array(mentorshipSchema) });
