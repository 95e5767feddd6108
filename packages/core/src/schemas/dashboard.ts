import { z } from 'zod';
import { sessionSchema } from './session.js';

export const dashboardViewSchema = z.enum(['mentor', 'mentee', 'admin']);
export type DashboardView = z.infer<typeof dashboardViewSchema>;

export const getDashboardQuerySchema = z.strictObject({ view: dashboardViewSchema });

const upcomingSchema = z.object({ count: z.number().int(), next: z.array(sessionSchema) });

/** SPEC D1. */
export const mentorDashboardSchema = z.object({
  view: z.literal('mentor'),
  totalSessions: z.number().int(),
  completedToday: z.number().int(),
  upcoming: upcomingSchema,
  pendingRequests: z.number().int(),
  totalStudents: z.number().int(),
  averageRating: z.number().nullable(),
  ratingCount: z.number().int(),
  totalHours: z.number(),
});

/** SPEC D2. */
export const menteeDashboardSchema = z.object({
  view: z.literal('mentee'),
  activeMentors: z.number().int(),
  upcoming: upcomingSchema,
  totalHours: z.number(),
  awaitingFeedback: z.object({ count: z.number().int(), sessions: z.array(sessionSchema) }),
});

/** SPEC D3. */
export const adminDashboardSchema = z.object({
  view: z.literal('admin'),
  mentorsAwaitingApproval: z.number().int(),
  memberCount: z.number().int(),
  /** Sessions starting in each of the last weeks, oldest first (weeks start Monday 00:00 UTC). */
  sessionsPerWeek: z.array(z.object({ weekStart: z.string(), count: z.number().int() })),
  topExpertise: z.array(z.object({ tag: z.string(), count: z.number().int() })),
});

export const dashboardSchema = z.discriminatedUnion('view', [mentorDashboardSchema, menteeDashboardSchema, adminDashboardSchema]);
export type Dashboard = z.infer<typeof dashboardSchema>;
