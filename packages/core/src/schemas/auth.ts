import { z } from 'zod';
import { emailSchema, singleLineMessage, singleLinePattern } from './common.js';
import { memberSchema, rolesSchema } from './member.js';

export const requestSignInCodeInputSchema = z.strictObject({
  email: emailSchema,
  /** Prefill for the email's language; the member's stored locale wins. */
  locale: z.enum(['en', 'es']).optional(),
});

export const requestSignInCodeResultSchema = z.object({
  ok: z.literal(true),
  message: z.string(),
});

export const verifySignInCodeInputSchema = z.strictObject({
  email: emailSchema,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Expected the 6-digit code from the email'),
});

export const verifyMagicLinkInputSchema = z.strictObject({
  token: z.string().min(20).max(200),
});

export const exchangeIdentityTokenInputSchema = z.strictObject({
  token: z.string().min(20).max(8192),
});

export const refreshSessionInputSchema = z.strictObject({
  refreshToken: z.string().min(20).max(200),
});

export const signOutInputSchema = refreshSessionInputSchema;

export const homeViewSchema = z.enum(['mentor-dashboard', 'mentorship-hub']);

/** Who is signed in, with roles and the home view (SPEC C6). */
export const meSchema = z.object({
  member: memberSchema,
  roles: rolesSchema,
  home: homeViewSchema,
  community: z.object({ slug: z.string(), name: z.string() }),
});
export type Me = z.infer<typeof meSchema>;

export const authResultSchema = z.object({
  accessToken: z.string(),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int(),
  refreshToken: z.string(),
  user: meSchema,
});
export type AuthResult = z.infer<typeof authResultSchema>;

/** Claims a host site signs (HS256, community secret key) to sign its member in (SPEC C4). */
export const identityClaimsSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1).max(120).regex(singleLinePattern, singleLineMessage),
  membershipType: z.string().trim().max(80).regex(singleLinePattern, singleLineMessage).optional(),
  externalId: z.string().trim().min(1).max(128).optional(),
  locale: z.enum(['en', 'es']).optional(),
});
export type IdentityClaims = z.infer<typeof identityClaimsSchema>;
