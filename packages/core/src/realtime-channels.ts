/**
 * Real-time channel names (SPEC T1, DESIGN.md "Real-time"). Every name carries only an
 * application-generated random id, never an email, a name or a community slug, so a channel name
 * tells nothing about another community. Who may subscribe is decided by the service
 * (`authorizeRealtimeChannel`); these helpers only build and read the names.
 */

/** A member's own channel: session, mentorship, message and notification events for them. */
export const memberChannel = (memberId: string): string => `private-member-${memberId}`;
/** A session's channel: its two participants (video signaling client events, notes, in-session chat). */
export const sessionChannel = (sessionId: string): string => `private-session-${sessionId}`;
/** Who of a session's two participants is in the room right now. */
export const sessionPresenceChannel = (sessionId: string): string => `presence-session-${sessionId}`;
/** A direct-message conversation's channel: its members. */
export const conversationChannel = (conversationId: string): string => `private-conversation-${conversationId}`;

export type RealtimeChannelKind = 'member' | 'session' | 'session-presence' | 'conversation';

const channelPattern = /^(private-member|private-session|presence-session|private-conversation)-([A-Za-z0-9_-]{1,64})$/;
const kinds: Record<string, RealtimeChannelKind> = {
  'private-member': 'member',
  'private-session': 'session',
  'presence-session': 'session-presence',
  'private-conversation': 'conversation',
};

/** The kind and id of a channel name the service knows, or null for every other name. */
export function parseRealtimeChannel(name: string): { kind: RealtimeChannelKind; id: string } | null {
  const match = channelPattern.exec(name);
  return match ? { kind: kinds[match[1]!]!, id: match[2]! } : null;
}

/** Events the service publishes. Payloads are the API shapes of the named resource. */
export const realtimeEvents = {
  sessionUpdated: 'session.updated',
  mentorshipUpdated: 'mentorship.updated',
  messageCreated: 'message.created',
  conversationRead: 'conversation.read',
  notificationCreated: 'notification.created',
  notificationsRead: 'notifications.read',
} as const;
