import { z } from 'zod';
import { cursorSchema, emailSchema, idSchema, localeSchema, singleLineMessage, singleLinePattern, slugSchema } from './common.js';

export const rolesSchema = z.object({
  isMentor: z.boolean(),
  isMentee: z.boolean(),
  isEmployer: z.boolean(),
  isAdmin: z.boolean(),
});

export const memberSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  membershipType: z.string(),
  externalId: z.string().optional(),
  locale: localeSchema.optional(),
  roles: rolesSchema,
  /** Set when an admin disabled the member (SPEC C8): they can no longer sign in. */
  disabledAt: z.iso.datetime().optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Member = z.infer<typeof memberSchema>;

export const memberNameSchema = z.string().trim().min(1).max(120).regex(singleLinePattern, singleLineMessage);
export const membershipTypeSchema = z.string().trim().max(80).regex(singleLinePattern, singleLineMessage);
export const externalIdSchema = z.string().trim().min(1).max(128);

/** One roster row (SPEC C2). Unknown columns are refused so typos surface. */
export const memberImportRowSchema = z.strictObject({
  email: emailSchema,
  name: memberNameSchema,
  membershipType: membershipTypeSchema.default(''),
  externalId: externalIdSchema.optional(),
  isAdmin: z.boolean().optional(),
  locale: localeSchema.optional(),
});
export type MemberImportRow = z.infer<typeof memberImportRowSchema>;

export const importMembersInputSchema = z.strictObject({
  members: z.array(z.unknown()).min(1).max(10_000),
});

export const importMembersResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  total: z.number().int(),
});
export type ImportMembersResult = z.infer<typeof importMembersResultSchema>;

export const memberParams = z.object({ slug: slugSchema, memberId: idSchema });
/** An admin grants or takes back the admin flag of a member (SPEC C2, E8). */
export const setMemberAdminInputSchema = z.strictObject({ isAdmin: z.boolean() });

/** An employer looks for members to invite (SPEC S8): by name only, never by email. */
export const listInvitableMembersQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  cursor: cursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
/** What an employer sees of a member: no email, no external id. */
export const invitableMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  membershipType: z.string(),
  isMentor: z.boolean(),
});
export type InvitableMember = z.infer<typeof invitableMemberSchema>;
export const invitableMemberPageSchema = z.object({ items: z.array(invitableMemberSchema), nextCursor: z.string().nullable() });

export const listMembersQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  cursor: cursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListMembersQuery = z.infer<typeof listMembersQuerySchema>;

export const memberPageSchema = z.object({
  items: z.array(memberSchema),
  nextCursor: z.string().nullable(),
});
export type MemberPage = z.infer<typeof memberPageSchema>;
