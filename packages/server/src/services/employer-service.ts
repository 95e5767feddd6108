import { MentorKitError, type InvitableMember } from '@mentorkit/core';
import type { AuthContext } from '../context.js';
import { requireRole } from '../middleware/authenticate/index.js';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { Services } from '../services.js';

function encodeCursor(name: string, id: string): string {
  return Buffer.from(JSON.stringify([name, id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) return value as [string, string];
  } catch {
    /* fall through */
  }
  throw new MentorKitError('VALIDATION_FAILED', 'Invalid query: cursor: Expected the nextCursor of a previous page', {
    details: [{ path: 'cursor', message: 'Expected the nextCursor of a previous page' }],
  });
}

/**
 * Members an employer may invite to an interview or project session (SPEC S8), by name. Employers see
 * a name, the membership type and whether the member mentors — never an email.
 */
export async function listInvitableMembers(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  query: { q?: string; cursor?: string; limit: number },
): Promise<{ items: InvitableMember[]; nextCursor: string | null }> {
  requireRole(auth, 'isEmployer', 'look for members to invite');
  const page = await services.members.listByName(community.id, {
    ...(query.q ? { q: query.q } : {}),
    ...(query.cursor ? { after: decodeCursor(query.cursor) } : {}),
    excludeId: auth.member.id,
    limit: query.limit,
  });
  const last = page.items.at(-1);
  return {
    items: page.items.map((m) => ({ id: m.id, name: m.name, membershipType: m.membershipType, isMentor: m.roles.isMentor })),
    nextCursor: page.hasMore && last ? encodeCursor(last.name, last.id) : null,
  };
}
