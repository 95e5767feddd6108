import { z } from 'zod';
import { localeSchema, timeZoneSchema } from './common.js';

/**
 * Which non-essential emails a member receives (SPEC N1). Sign-in codes and cancellations are always
 * sent and have no switch.
 */
export const emailPreferencesSchema = z.object({
  /** Session requests, confirmations with calendar invitations, declines, meeting links, completion. */
  sessionUpdates: z.boolean(),
  /** Reminders 24 h and 1 h before a confirmed session. */
  reminders: z.boolean(),
  /** Mentorship requests and answers. */
  mentorship: z.boolean(),
});
export type EmailPreferences = z.infer<typeof emailPreferencesSchema>;

export const defaultEmailPreferences: EmailPreferences = { sessionUpdates: true, reminders: true, mentorship: true };

/** What `getNotificationPreferences` answers: the switches and the language and zone emails use. */
export const notificationPreferencesSchema = z.object({
  email: emailPreferencesSchema,
  /** The language of the member's emails (their choice, else the roster's, else the community's). */
  locale: localeSchema,
  /** The IANA zone the member picked for emails; null until they pick one. */
  timeZone: z.string().nullable(),
  /** The zone emails use now: the pick, else a mentor's profile zone, else UTC. */
  effectiveTimeZone: z.string(),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

export const updateNotificationPreferencesInputSchema = z.strictObject({
  email: emailPreferencesSchema.partial().strict().optional(),
  locale: localeSchema.optional(),
  timeZone: timeZoneSchema.nullable().optional(),
});
export type UpdateNotificationPreferencesInput = z.infer<typeof updateNotificationPreferencesInputSchema>;

/** The member's private calendar feed (SPEC N2); `url` is null when there is none (never made, or revoked). */
export const calendarFeedSchema = z.object({
  url: z.string().nullable(),
  createdAt: z.iso.datetime().nullable(),
});
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;
