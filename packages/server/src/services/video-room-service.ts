import {
  joinWindow,
  MentorKitError,
  roomRefusal,
  sessionChannel,
  sessionPresenceChannel,
  type IceServer,
  type SessionRoom,
} from '@mentorkit/core';
import type { AuthContext } from '../context.js';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { SessionRecord } from '../repositories/session-repository.js';
import type { ChannelRule, RealtimeChannelRules } from '../realtime/channel-rules.js';
import { mintTurnCredentials } from '../security/turn-credentials.js';
import type { Services } from '../service-container.js';

/**
 * The session whose room `memberId` may enter now (SPEC V3), or a refusal the widget can explain:
 * 404 for a session not in this community, 403 NOT_PARTICIPANT, 409 SESSION_NOT_CONFIRMED, 409
 * ROOM_NOT_OPEN with the window in `details`. The real-time channel authorization calls this too.
 */
export async function roomSession(services: Services, communityId: string, memberId: string, sessionId: string): Promise<SessionRecord> {
  const session = await services.sessions.findById(communityId, sessionId);
  if (!session) throw new MentorKitError('SESSION_NOT_FOUND', `No session ${sessionId} in this community`);
  const refusal = roomRefusal(session, memberId, services.now());
  if (refusal) throw new MentorKitError(refusal.code, refusal.message, refusal.details ? { details: refusal.details } : {});
  return session;
}

/** STUN from configuration, plus TURN with credentials minted for this member when configured (SPEC V1). */
export function iceServersFor(services: Services, memberId: string): { iceServers: IceServer[]; expiresAt: Date | null } {
  const { stunUrls, turnUrls, turnSecret, turnTtlSeconds } = services.config;
  const iceServers: IceServer[] = stunUrls.length ? [{ urls: stunUrls }] : [];
  if (!turnSecret || !turnUrls.length) return { iceServers, expiresAt: null };
  const turn = mintTurnCredentials(turnSecret, memberId, services.now(), turnTtlSeconds);
  iceServers.push({ urls: turnUrls, username: turn.username, credential: turn.credential });
  return { iceServers, expiresAt: turn.expiresAt };
}

/** What `<mentor-video-room>` needs to connect (operation `getSessionRoom`). */
export async function getSessionRoom(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  sessionId: string,
): Promise<SessionRoom> {
  const session = await roomSession(services, community.id, auth.member.id, sessionId);
  const selfSide = session.mentorId === auth.member.id ? 'mentor' : 'mentee';
  const otherId = selfSide === 'mentor' ? session.menteeId : session.mentorId;
  const [other] = await services.members.findByIds(community.id, [otherId]);
  const window = joinWindow(session.start, session.end);
  const { iceServers, expiresAt } = iceServersFor(services, auth.member.id);
  return {
    sessionId: session.id,
    topic: session.topic,
    self: { id: auth.member.id, name: auth.member.name, side: selfSide },
    other: { id: otherId, name: other?.name ?? '', side: selfSide === 'mentor' ? 'mentee' : 'mentor' },
    start: session.start.toISOString(),
    end: session.end.toISOString(),
    joinOpensAt: window.opensAt.toISOString(),
    joinClosesAt: window.closesAt.toISOString(),
    channels: { signaling: sessionChannel(session.id), presence: sessionPresenceChannel(session.id) },
    iceServers,
    iceServersExpireAt: expiresAt ? expiresAt.toISOString() : null,
  };
}

/**
 * The session's channels follow the room's rule (SPEC V3): only a participant of a confirmed session
 * inside its join window may subscribe, so a member the room refuses cannot listen in either.
 */
export function registerVideoRoomChannelRules(rules: RealtimeChannelRules): void {
  const inRoom: ChannelRule = async (services, who, sessionId) => {
    const session = await services.sessions.findById(who.communityId, sessionId);
    return !!session && roomRefusal(session, who.memberId, services.now()) === null;
  };
  rules.register('session', inRoom);
  rules.register('session-presence', inRoom);
}
