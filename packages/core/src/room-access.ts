import type { ErrorCode } from './errors.js';
import { joinWindow } from './join-window.js';

export interface RoomRefusal {
  code: Extract<ErrorCode, 'NOT_PARTICIPANT' | 'SESSION_NOT_CONFIRMED' | 'ROOM_NOT_OPEN'>;
  message: string;
  details?: { reason: 'too_early' | 'too_late'; joinOpensAt: string; joinClosesAt: string };
}

/**
 * Who may enter a session's video room and listen on its channels (SPEC V3, S9): one of its two
 * participants, the session confirmed, `now` inside the join window. Written once and used by both
 * `getSessionRoom` and the real-time channel authorization, so a member the room refuses cannot
 * listen in either. Returns null when the member may enter.
 */
export function roomRefusal(
  session: { mentorId: string; menteeId: string; status: string; start: Date; end: Date },
  memberId: string,
  now: Date,
): RoomRefusal | null {
  if (session.mentorId !== memberId && session.menteeId !== memberId) {
    return { code: 'NOT_PARTICIPANT', message: 'Only the two participants of a session can join its room' };
  }
  if (session.status !== 'confirmed') {
    return { code: 'SESSION_NOT_CONFIRMED', message: `The room opens only for confirmed sessions; this one is ${session.status}` };
  }
  const window = joinWindow(session.start, session.end);
  const when = { joinOpensAt: window.opensAt.toISOString(), joinClosesAt: window.closesAt.toISOString() };
  if (now.getTime() < window.opensAt.getTime()) {
    return {
      code: 'ROOM_NOT_OPEN',
      message: `The room opens at ${when.joinOpensAt}, 10 minutes before the start`,
      details: { reason: 'too_early', ...when },
    };
  }
  if (now.getTime() >= window.closesAt.getTime()) {
    return {
      code: 'ROOM_NOT_OPEN',
      message: `The room closed at ${when.joinClosesAt}, 15 minutes after the end`,
      details: { reason: 'too_late', ...when },
    };
  }
  return null;
}
