import { MentorKitError, validationFailed } from '@mentorkit/core';
import type { Services } from '../service-container.js';

/**
 * Who may write to whom (SPEC T2): two members of one community who share a mentorship that was not
 * declined (pending, accepted or ended — people who worked together can still reach each other) or a
 * session that was not declined. Everybody else is refused with 403 NOT_CONNECTED.
 */
export async function assertConnected(services: Services, communityId: string, memberId: string, otherId: string): Promise<void> {
  if (memberId === otherId)
    throw validationFailed('request body', { path: 'memberId', message: 'Expected another member: you cannot message yourself' });
  if (await areConnected(services, communityId, memberId, otherId)) return;
  throw new MentorKitError('NOT_CONNECTED', 'You can only message members you share a mentorship or a session with');
}

export async function areConnected(services: Services, communityId: string, a: string, b: string): Promise<boolean> {
  const mentorships = [...(await services.mentorships.list(communityId, { memberId: a, role: 'all' }))].filter(
    (m) => (m.mentorId === b || m.menteeId === b) && m.status !== 'declined',
  );
  if (mentorships.length > 0) return true;
  const statuses = ['pending', 'confirmed', 'cancelled', 'completed', 'no_show'] as const;
  const asMentor = await services.sessions.count(communityId, { mentorId: a, menteeId: b, statuses });
  if (asMentor > 0) return true;
  return (await services.sessions.count(communityId, { mentorId: b, menteeId: a, statuses })) > 0;
}
