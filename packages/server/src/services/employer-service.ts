import type { InvitableMember } from '@mentorkit/core';
import type { AuthContext } from '../context.js';
import { requireRole } from './authorization.js';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { Services } from '../service-container.js';

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
    ...(query.cursor ? { cursor: query.cursor } : {}),
    excludeId: auth.member.id,
    limit: query.limit,
  });
  return {
    items: page.items.map((m) => ({ id: m.id, name: m.name, membershipType: m.membershipType, isMentor: m.roles.isMentor })),
    nextCursor: page.nextCursor,
  };
}
