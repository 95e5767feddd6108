import { z } from 'zod';

/**
 * SPEC C8. `disable` keeps the member's record but refuses every sign-in; `remove` also erases their
 * name and email (the address may join again as a new member). Both revoke their sign-ins and cancel
 * their future sessions, telling the other side.
 */
export const removeMemberInputSchema = z.strictObject({
  mode: z.enum(['disable', 'remove']).default('disable'),
  /** Shown to the other side of each cancelled session. */
  reason: z.string().trim().min(1).max(500).optional(),
});
export type RemoveMemberInput = z.input<typeof removeMemberInputSchema>;

export const removeMemberResultSchema = z.object({
  memberId: z.string(),
  mode: z.enum(['disable', 'remove']),
  /** Sign-in sessions (refresh-token families) revoked. */
  revokedSignIns: z.number().int(),
  /** Pending and confirmed sessions in the future, now cancelled. */
  cancelledSessions: z.number().int(),
});
export type RemoveMemberResult = z.infer<typeof removeMemberResultSchema>;

export const signOutMemberResultSchema = z.object({
  memberId: z.string(),
  revokedSignIns: z.number().int(),
});
export type SignOutMemberResult = z.infer<typeof signOutMemberResultSchema>;

/** At most a week of overlap, so a leaked key cannot be kept alive by rotating "with grace". */
export const MAX_SECRET_KEY_GRACE_SECONDS = 7 * 24 * 3600;

export const rotateSecretKeyInputSchema = z.strictObject({
  /** How long the previous key keeps working (0 = refused at once). */
  graceSeconds: z.number().int().min(0).max(MAX_SECRET_KEY_GRACE_SECONDS).default(0),
});
export type RotateSecretKeyInput = z.input<typeof rotateSecretKeyInputSchema>;

export const rotatedSecretKeySchema = z.object({
  /** The new key; shown once. */
  secretKey: z.string(),
  /** Until when the previous key is still accepted; null when it was refused at once. */
  previousKeyValidUntil: z.iso.datetime().nullable(),
});
export type RotatedSecretKey = z.infer<typeof rotatedSecretKeySchema>;
