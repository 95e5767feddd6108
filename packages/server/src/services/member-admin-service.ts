import { MentorKitError, type ListMembersQuery, type MemberPage } from '@mentorkit/core';
import type { AuthContext } from '../context.js';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { MemberRecord } from '../repositories/member-repository.js';
import type { Services } from '../service-container.js';
import { toMember } from './api-shapes.js';

/**
 * Grants or takes back a member's admin flag (admins or the secret key). An admin cannot take their own
 * flag away, so a console user never locks themselves out by a misclick; another admin (or the secret
 * key) can.
 */
export async function setMemberAdmin(
  services: Services,
  community: CommunityRecord,
  caller: AuthContext | undefined,
  memberId: string,
  isAdmin: boolean,
): Promise<MemberRecord> {
  if (caller?.member.id === memberId && !isAdmin) {
    throw new MentorKitError('INVALID_TRANSITION', 'You cannot remove your own admin rights; ask another admin');
  }
  const updated = await services.members.setAdmin(community.id, memberId, isAdmin, services.now());
  if (!updated) throw new MentorKitError('MEMBER_NOT_FOUND', `No member ${memberId} in this community`);
  return updated;
}

/** Members by email, searched by email or name, a page at a time (admins or the secret key). */
export async function listMembers(services: Services, community: CommunityRecord, query: ListMembersQuery): Promise<MemberPage> {
  const page = await services.members.list(community.id, query);
  return { items: page.items.map(toMember), nextCursor: page.nextCursor };
}
