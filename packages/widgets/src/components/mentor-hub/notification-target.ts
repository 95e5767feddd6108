import type { Me, Notification } from '@mentorkit/core';

/** What a chosen notification opens in the hub. */
export type NotificationTarget =
  | { kind: 'session'; sessionId: string }
  | { kind: 'conversation'; conversationId: string }
  | { kind: 'relationships'; side: 'mentor' | 'mentee' }
  | { kind: 'none' };

/**
 * Where a notification points, from its type and data: the session it is about, the conversation of a
 * message, or the relationships view of the side it concerns — a request asks the mentor to answer;
 * an answer reaches the mentee; an ended mentorship reaches the other side (the mentor's view for a
 * member who is only a mentor, else the mentee's).
 */
export function notificationTarget(n: Notification, user: Me): NotificationTarget {
  if (n.type === 'message.received')
    return n.data.conversationId ? { kind: 'conversation', conversationId: n.data.conversationId } : { kind: 'none' };
  if (n.type.startsWith('session.')) return n.data.sessionId ? { kind: 'session', sessionId: n.data.sessionId } : { kind: 'none' };
  const asMentor = n.type === 'mentorship.requested' || (n.type === 'mentorship.ended' && user.roles.isMentor && !user.roles.isMentee);
  return { kind: 'relationships', side: asMentor ? 'mentor' : 'mentee' };
}
