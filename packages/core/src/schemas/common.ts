import { z } from 'zod';
import { keysetCursorPattern } from '../keyset-cursor.js';

/** Application-generated ids: url-safe, the same on every storage adapter. */
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Expected an id of 8–64 letters, digits, "_" or "-"');

/** A `nextCursor` (or `latestCursor`) from an earlier answer, handed back as is: opaque base64url (`keyset-cursor.ts`). */
export const cursorSchema = z.string().max(400).regex(keysetCursorPattern, 'Expected the nextCursor of a previous page');

/** Community slugs appear in URLs: lowercase words joined by dashes. */
export const slugSchema = z
  .string()
  .min(2)
  .max(48)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected lowercase letters, digits and single dashes, like "my-community"');

/** Emails are compared after trimming and lowercasing. */
export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'Expected an email address like "name@example.com"' }))
  .transform((email) => email.toLowerCase());

/** Normalizes an email the same way everywhere (storage keys, rate-limit keys). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Only http(s) links are ever stored or rendered. */
export const httpUrlSchema = z
  .string()
  .trim()
  .max(2048)
  .pipe(z.url({ protocol: /^https?$/, message: 'Expected an http:// or https:// URL' }));

/** An origin like `https://community.example` (scheme, host, optional port; no path). */
export const originSchema = z
  .string()
  .trim()
  .regex(/^https?:\/\/[A-Za-z0-9.-]+(?::(\d{1,5}|\*))?$/, 'Expected an origin like "https://example.org" (a "*" port is allowed)');

/** Whether a string names a real IANA time zone (as known to this runtime's Intl). */
export function isValidTimeZone(zone: string): boolean {
  if (!zone.includes('/') && zone !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z.string().max(64).refine(isValidTimeZone, { message: 'Expected an IANA time zone like "Europe/Madrid"' });

export const localeSchema = z.enum(['en', 'es']);
export type Locale = z.infer<typeof localeSchema>;

/** A hex color such as `#4f46e5`. */
export const colorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Expected a hex color like "#4f46e5"');

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

export const okSchema = z.object({ ok: z.literal(true) });

/**
 * One line of text: no control characters (CR, LF, tab, NUL, …). Names travel into mail headers and
 * CSV exports, where a line break would start a new header or row.
 */
export const singleLinePattern = /^[^\p{Cc}]*$/u;
export const singleLineMessage = 'must be one line, without control characters (line breaks, tabs)';
