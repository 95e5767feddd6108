import { z } from 'zod';
import { cursorSchema, idSchema } from './common.js';
import { sessionPartySchema } from './session.js';

/** What a notification tells (SPEC T5). Widgets word them in the viewer's language from `type` and `data`. */
export const notificationTypeSchema = z.enum([
  'session.requested',
  'session.confirmed',
  'session.declined',
  'session.cancelled',
  'session.meeting_changed',
  'session.rescheduled',
  'mentorship.requested',
  'mentorship.accepted',
  'mentorship.declined',
  'mentorship.ended',
  'message.received',
]);
export type NotificationType = z.infer<typeof notificationTypeSchema>;

export const notificationDataSchema = z.object({
  /** Who caused it, when a member did. */
  actor: sessionPartySchema.optional(),
  sessionId: z.string().optional(),
  /** The session's topic and start, for session notifications. */
  topic: z.string().optional(),
  start: z.iso.datetime().optional(),
  reason: z.string().optional(),
  mentorshipId: z.string().optional(),
  conversationId: z.string().optional(),
  /** The first characters of a message. */
  preview: z.string().optional(),
});
export type NotificationData = z.infer<typeof notificationDataSchema>;

export const notificationSchema = z.object({
  id: z.string(),
  type: notificationTypeSchema,
  data: notificationDataSchema,
  readAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const listNotificationsQuerySchema = z
  .strictObject({
    /** Older: the `nextCursor` of the previous page (newest first). */
    cursor: cursorSchema.optional(),
    /** Catch-up: notifications created after this cursor (`latestCursor` of an earlier answer), oldest first. */
    since: cursorSchema.optional(),
    unreadOnly: z.enum(['true', 'false']).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .refine((q) => q.cursor === undefined || q.since === undefined, {
    message: 'Use either cursor (older) or since (catch-up), not both',
    path: ['since'],
  });
export type ListNotificationsQuery = z.infer<typeof listNotificationsQuerySchema>;

export const notificationPageSchema = z.object({
  items: z.array(notificationSchema),
  /** For older notifications (newest-first paging); null at the end or with `since`. */
  nextCursor: z.string().nullable(),
  /** The cursor of the newest notification the member has, for a later `since` (null when none). */
  latestCursor: z.string().nullable(),
  unreadCount: z.number().int(),
});
export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const markNotificationsReadInputSchema = z.union([
  z.strictObject({ ids: z.array(idSchema).min(1).max(100) }),
  z.strictObject({ all: z.literal(true) }),
]);
export type MarkNotificationsReadInput = z.infer<typeof markNotificationsReadInputSchema>;

export const markNotificationsReadResultSchema = z.object({ marked: z.number().int(), unreadCount: z.number().int() });
