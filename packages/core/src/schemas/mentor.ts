import { z } from 'zod';
import { availabilitySchema } from './availability.js';
import { bookingRulesSchema } from './booking-rules.js';
import { cursorSchema, httpUrlSchema, idSchema, timeZoneSchema } from './common.js';

/**
 * Text as the directory compares it: decomposed (NFD), diacritics stripped, lowercased, whitespace
 * collapsed — so "José" and "jose" match (SPEC M4).
 * @example normalizeSearchText('  María  José ') // 'maria jose'
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export const mentorStatusSchema = z.enum(['pending', 'approved', 'rejected']);
export type MentorStatus = z.infer<typeof mentorStatusSchema>;

export const mentorDisplayNameSchema = z.string().trim().min(1).max(120);
export const mentorBioSchema = z
  .string()
  .trim()
  .min(10, 'Expected a bio of at least 10 characters')
  .max(500, 'Expected a bio of at most 500 characters');

/** One skill tag, e.g. "Frontend" or "Career change": trimmed, inner whitespace collapsed. */
export const expertiseTagSchema = z
  .string()
  .trim()
  .min(1)
  .max(40, 'Expected a tag of at most 40 characters')
  .transform((tag) => tag.replace(/\s+/g, ' '));

/** 1–10 tags; duplicates that differ only in case or accents are refused. */
export const expertiseSchema = z
  .array(expertiseTagSchema)
  .min(1, 'Expected at least one expertise tag')
  .max(10, 'Expected at most 10 expertise tags')
  .refine((tags) => new Set(tags.map(normalizeSearchText)).size === tags.length, {
    message: 'Expected each expertise tag once',
  });

/** An ISO 639 language code such as "en" or "es" (stored lowercase). */
export const languageCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, 'Expected an ISO 639 language code like "en" or "es"');

export const languagesSchema = z
  .array(languageCodeSchema)
  .min(1, 'Expected at least one language')
  .max(20)
  .refine((codes) => new Set(codes).size === codes.length, { message: 'Expected each language once' });

/** ISO 4217 currency code, stored uppercase. */
export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 currency code like "USD" or "EUR"');

/** Price per hour in `currency`; 0 means free. */
export const hourlyRateSchema = z
  .number()
  .min(0, 'Expected a rate of 0 (free) or more')
  .max(100_000)
  .refine((rate) => Math.abs(rate * 100 - Math.round(rate * 100)) < 1e-6, { message: 'Expected at most two decimals' });

/** https only: the page embeds it. */
export const httpsUrlSchema = httpUrlSchema.refine((url) => url.toLowerCase().startsWith('https://'), {
  message: 'Expected an https:// URL',
});

/** Profile links; http/https only, so `javascript:` and friends never reach a page (SPEC M1). */
export const mentorLinksSchema = z.strictObject({
  linkedin: httpUrlSchema.optional(),
  github: httpUrlSchema.optional(),
  x: httpUrlSchema.optional(),
  website: httpUrlSchema.optional(),
});
export type MentorLinks = z.infer<typeof mentorLinksSchema>;

const companySchema = z.string().trim().min(1).max(120);
const jobTitleSchema = z.string().trim().min(1).max(120);
const yearsSchema = z.number().int().min(0).max(70);
const goalsSchema = z.string().trim().min(1).max(1000);

/** Apply to become a mentor (SPEC C7). Left-out optional fields stay empty; the rate defaults to free. */
export const applyAsMentorInputSchema = z.strictObject({
  /** Defaults to the member's name. */
  displayName: mentorDisplayNameSchema.optional(),
  bio: mentorBioSchema,
  expertise: expertiseSchema,
  languages: languagesSchema,
  company: companySchema.optional(),
  jobTitle: jobTitleSchema.optional(),
  yearsOfExperience: yearsSchema.optional(),
  links: mentorLinksSchema.default({}),
  introVideoUrl: httpsUrlSchema.optional(),
  mentoringGoals: goalsSchema.optional(),
  timeZone: timeZoneSchema,
  hourlyRate: hourlyRateSchema.default(0),
  currency: currencySchema.default('USD'),
  mentoringEnabled: z.boolean().default(true),
});
export type ApplyAsMentorInput = z.input<typeof applyAsMentorInputSchema>;
export type ApplyAsMentorData = z.infer<typeof applyAsMentorInputSchema>;

/**
 * Edit one's profile (SPEC M1). Only the fields sent change; `null` clears an optional field.
 * `version` is the one last read: a stale version is refused with 409 STALE_VERSION.
 */
export const updateMentorProfileInputSchema = z.strictObject({
  version: z.number().int().min(1),
  displayName: mentorDisplayNameSchema.optional(),
  bio: mentorBioSchema.optional(),
  expertise: expertiseSchema.optional(),
  languages: languagesSchema.optional(),
  company: companySchema.nullable().optional(),
  jobTitle: jobTitleSchema.nullable().optional(),
  yearsOfExperience: yearsSchema.nullable().optional(),
  links: mentorLinksSchema.optional(),
  introVideoUrl: httpsUrlSchema.nullable().optional(),
  mentoringGoals: goalsSchema.nullable().optional(),
  timeZone: timeZoneSchema.optional(),
  hourlyRate: hourlyRateSchema.optional(),
  currency: currencySchema.optional(),
  mentoringEnabled: z.boolean().optional(),
});
export type UpdateMentorProfileInput = z.infer<typeof updateMentorProfileInputSchema>;

export const ratingSummarySchema = z.object({
  /** Mean of all ratings (1–5, two decimals), or null before the first. */
  average: z.number().nullable(),
  count: z.number().int(),
});
export type RatingSummary = z.infer<typeof ratingSummarySchema>;

/** What anybody may see of an approved mentor. */
export const publicMentorProfileSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  photoUrl: z.string().optional(),
  bio: z.string(),
  expertise: z.array(z.string()),
  languages: z.array(z.string()),
  company: z.string().optional(),
  jobTitle: z.string().optional(),
  yearsOfExperience: z.number().int().optional(),
  links: mentorLinksSchema,
  introVideoUrl: z.string().optional(),
  mentoringGoals: z.string().optional(),
  timeZone: z.string(),
  hourlyRate: z.number(),
  currency: z.string(),
  rating: ratingSummarySchema,
  completedSessions: z.number().int(),
  totalMinutes: z.number().int(),
  createdAt: z.iso.datetime(),
});
export type PublicMentorProfile = z.infer<typeof publicMentorProfileSchema>;

/** The owner's (and admins') view: adds status, the edit version and the switch. */
export const mentorProfileSchema = publicMentorProfileSchema.extend({
  status: mentorStatusSchema,
  mentoringEnabled: z.boolean(),
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
});
export type MentorProfile = z.infer<typeof mentorProfileSchema>;

/** One directory entry (SPEC M4): enough for a card, bio shortened. */
export const mentorCardSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  photoUrl: z.string().optional(),
  bioExcerpt: z.string(),
  expertise: z.array(z.string()),
  languages: z.array(z.string()),
  company: z.string().optional(),
  jobTitle: z.string().optional(),
  timeZone: z.string(),
  hourlyRate: z.number(),
  currency: z.string(),
  rating: ratingSummarySchema,
  completedSessions: z.number().int(),
});
export type MentorCard = z.infer<typeof mentorCardSchema>;

export const mentorSortSchema = z.enum(['relevance', 'rating', 'sessions', 'newest']);
export type MentorSort = z.infer<typeof mentorSortSchema>;

const booleanQuerySchema = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const listQuerySchema = (item: z.ZodType<string>, max: number) =>
  z
    .string()
    .max(400)
    .transform((value, ctx) => {
      const items = [
        ...new Set(
          value
            .split(',')
            .map((v) => v.trim())
            .filter(Boolean),
        ),
      ];
      if (items.length > max) ctx.addIssue({ code: 'custom', message: `Expected at most ${max} values` });
      for (const v of items) {
        const parsed = item.safeParse(v);
        if (!parsed.success) ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]!.message });
      }
      return items.flatMap((v) => {
        const parsed = item.safeParse(v);
        return parsed.success ? [parsed.data] : [];
      });
    });

/**
 * Directory query (SPEC M4). Lists are comma-separated and match any of their values; different
 * filters must all hold.
 */
export const listMentorsQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  expertise: listQuerySchema(expertiseTagSchema, 10).optional(),
  language: listQuerySchema(languageCodeSchema, 10).optional(),
  freeOnly: booleanQuerySchema.optional(),
  maxRate: z.coerce.number().min(0).max(100_000).optional(),
  /** The currency `maxRate` is in: paid mentors charging in another currency are left out (free ones stay). */
  currency: currencySchema.optional(),
  hasOpenSlotsWithinDays: z.coerce.number().int().min(1).max(30).optional(),
  sort: mentorSortSchema.default('relevance'),
  cursor: cursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type ListMentorsQuery = z.infer<typeof listMentorsQuerySchema>;

export const facetCountSchema = z.object({ value: z.string(), count: z.number().int() });
export type FacetCount = z.infer<typeof facetCountSchema>;

export const mentorDirectoryPageSchema = z.object({
  items: z.array(mentorCardSchema),
  nextCursor: z.string().nullable(),
  /** Mentors matching the query, over all pages. */
  total: z.number().int(),
  /** Counts over the whole filtered set, most frequent first. */
  facets: z.object({ expertise: z.array(facetCountSchema), languages: z.array(facetCountSchema) }),
});
export type MentorDirectoryPage = z.infer<typeof mentorDirectoryPageSchema>;

export const mentorReviewSchema = z.object({
  rating: z.number().int().min(1).max(5),
  review: z.string().optional(),
  menteeName: z.string(),
  createdAt: z.iso.datetime(),
});
export type MentorReview = z.infer<typeof mentorReviewSchema>;

/** The mentor page (SPEC M5). */
export const mentorPageSchema = z.object({
  mentor: publicMentorProfileSchema.extend({ status: mentorStatusSchema.optional(), mentoringEnabled: z.boolean().optional() }),
  recentReviews: z.array(mentorReviewSchema),
  /** The next open start instants (UTC) for the shortest allowed duration. */
  nextOpenSlots: z.array(z.iso.datetime()),
  /** Session lengths the mentor offers, in minutes. */
  durations: z.array(z.number().int()),
});
export type MentorPage = z.infer<typeof mentorPageSchema>;

export const mentorIdParamsSchema = z.object({ mentorId: idSchema });

export const mentorDecisionInputSchema = z.strictObject({
  /** Shown to the applicant when rejected. */
  reason: z.string().trim().min(1).max(500).optional(),
});

export const listMentorApplicationsQuerySchema = z.strictObject({
  status: mentorStatusSchema.default('pending'),
  q: z.string().trim().max(100).optional(),
  cursor: cursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListMentorApplicationsQuery = z.infer<typeof listMentorApplicationsQuerySchema>;

export const mentorApplicationPageSchema = z.object({
  items: z.array(mentorProfileSchema),
  nextCursor: z.string().nullable(),
});
export type MentorApplicationPage = z.infer<typeof mentorApplicationPageSchema>;

export const favoriteListSchema = z.object({
  items: z.array(mentorCardSchema.extend({ favoritedAt: z.iso.datetime() })),
});
export type FavoriteList = z.infer<typeof favoriteListSchema>;

/** Set one's availability and, optionally, booking rules of one's own (SPEC A1–A3). */
export const setAvailabilityInputSchema = z.strictObject({
  availability: availabilitySchema,
  /** `null` (or left out) follows the community's default booking rules. */
  bookingRules: bookingRulesSchema.nullable().optional(),
});
export type SetAvailabilityInput = z.input<typeof setAvailabilityInputSchema>;

export const mentorAvailabilitySchema = z.object({
  availability: availabilitySchema,
  /** The mentor's own rules, or null when following the community's defaults. */
  bookingRulesOverride: bookingRulesSchema.nullable(),
  /** The rules in force: the override, else the community defaults. */
  bookingRules: bookingRulesSchema,
});
export type MentorAvailability = z.infer<typeof mentorAvailabilitySchema>;
