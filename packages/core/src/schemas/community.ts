import { z } from 'zod';
import { colorSchema, httpUrlSchema, localeSchema, originSchema, singleLineMessage, singleLinePattern, slugSchema } from './common.js';
import { defaultBookingRules } from '../booking-policy.js';
import { bookingRulesSchema } from './booking-rules.js';

export const signInModeSchema = z.enum(['members-only', 'open']);
export const mentorApprovalSchema = z.enum(['manual', 'auto']);

export const brandSchema = z.strictObject({
  primaryColor: colorSchema,
  accentColor: colorSchema,
  logoUrl: httpUrlSchema.optional(),
});

/** Everything a site owner can tune for their community (SPEC C1). */
export const communitySettingsSchema = z.strictObject({
  signInMode: signInModeSchema,
  mentorApproval: mentorApprovalSchema,
  defaultLocale: localeSchema,
  brand: brandSchema,
  /** Booking requests per mentee per hour (SPEC S5). */
  bookingRateLimitPerHour: z.number().int().min(1).max(1000),
  /** Whether booking a mentor needs an accepted mentorship first (SPEC R1). */
  requireMentorshipForBooking: z.boolean(),
  defaultBookingRules: bookingRulesSchema,
  /** The host page magic sign-in links open; `<mentor-sign-in>` on it completes the sign-in. */
  signInUrl: httpUrlSchema.optional(),
  /**
   * The page that hosts `<mentor-hub>`: links in emails (confirm or decline a request, open a session,
   * notification settings) open it. Falls back to `signInUrl`, then to the service's `PUBLIC_URL`.
   */
  siteUrl: httpUrlSchema.optional(),
});
export type CommunitySettings = z.infer<typeof communitySettingsSchema>;

export const defaultCommunitySettings: CommunitySettings = {
  signInMode: 'members-only',
  mentorApproval: 'manual',
  defaultLocale: 'en',
  brand: { primaryColor: '#4338ca', accentColor: '#0f766e' },
  bookingRateLimitPerHour: 3,
  requireMentorshipForBooking: false,
  defaultBookingRules,
};

/** What anybody (widgets before sign-in) may read about a community. */
const communityBaseSchema = z.object({
  slug: slugSchema,
  name: z.string(),
  publishableKey: z.string(),
  signInMode: signInModeSchema,
  defaultLocale: localeSchema,
  brand: brandSchema,
});

/**
 * Where pusher-js connects (docs/realtime.md). `host`, `port` and `useTLS` are null for the service's
 * built-in endpoint, which lives on the API's own origin: clients take them from their base URL.
 */
export const realtimeClientConfigSchema = z.object({
  key: z.string(),
  cluster: z.string(),
  host: z.string().nullable(),
  port: z.number().int().nullable(),
  useTLS: z.boolean().nullable(),
});
export type RealtimeClientConfig = z.infer<typeof realtimeClientConfigSchema>;

/** What widgets need: name, locale, brand and where to connect for live updates (null: real-time off). */
export const publicCommunitySchema = communityBaseSchema.extend({
  realtime: realtimeClientConfigSchema.nullable(),
});
export type PublicCommunity = z.infer<typeof publicCommunitySchema>;

/** What the community's admins (and secret-key holders) see. */
export const communitySchema = communityBaseSchema.extend({
  id: z.string(),
  allowedOrigins: z.array(z.string()),
  settings: communitySettingsSchema,
  createdAt: z.iso.datetime(),
});
export type Community = z.infer<typeof communitySchema>;

export const communityNameSchema = z.string().trim().min(2).max(120).regex(singleLinePattern, singleLineMessage);

export const createCommunityInputSchema = z.strictObject({
  slug: slugSchema,
  name: communityNameSchema,
  allowedOrigins: z.array(originSchema).max(50).default([]),
  settings: communitySettingsSchema.partial().optional(),
});
export type CreateCommunityInput = z.input<typeof createCommunityInputSchema>;

/** Returned once, at creation: the only time the secret key is shown. */
export const createdCommunitySchema = z.object({
  community: communitySchema,
  secretKey: z.string(),
});

export const updateCommunitySettingsInputSchema = z.strictObject({
  name: communityNameSchema.optional(),
  allowedOrigins: z.array(originSchema).max(50).optional(),
  settings: communitySettingsSchema.partial().optional(),
});
export type UpdateCommunitySettingsInput = z.infer<typeof updateCommunitySettingsInputSchema>;
