import type { NotificationData, NotificationType } from '@mentorkit/core';
import type { DomainEvent } from '../events/domain-events.js';

/** One notification to create: for whom, what, about what. The actor's name is filled in later. */
export interface NotificationDraft {
  memberId: string;
  type: NotificationType;
  data: Omit<NotificationData, 'actor'>;
  actorId?: string;
}

const sessionTypes = new Set<string>([
  'session.requested',
  'session.confirmed',
  'session.declined',
  'session.cancelled',
  'session.meeting_changed',
  'session.rescheduled',
]);

/** The first characters of a message, for a notification's preview. */
export function previewOf(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Who must be told what about a domain event (SPEC T5, N1). Pure, so the email notifications can ask
 * the same question: a change concerns the participant(s) who did not cause it; without an actor (the
 * system, an admin) it concerns both sides.
 */
export function notificationDrafts(event: DomainEvent): NotificationDraft[] {
  if (sessionTypes.has(event.type) && 'session' in event) {
    const s = event.session;
    const cancelled = event.type === 'session.cancelled' || event.type === 'session.declined';
    const reason = cancelled ? (s.cancellation?.reason ?? s.history.at(-1)?.reason) : undefined;
    const data = { sessionId: s.id, topic: s.topic, start: s.start.toISOString(), ...(reason ? { reason } : {}) };
    const actor = event.actorId ?? (event.type === 'session.requested' ? s.requestedBy : undefined);
    return [s.mentorId, s.menteeId]
      .filter((id) => id !== actor)
      .map((memberId) => ({ memberId, type: event.type as NotificationType, data, ...(actor ? { actorId: actor } : {}) }));
  }
  if ('mentorship' in event) {
    const m = event.mentorship;
    const actor =
      event.actorId ?? (event.type === 'mentorship.requested' ? m.menteeId : event.type === 'mentorship.ended' ? m.endedBy : m.mentorId);
    const data = { mentorshipId: m.id, ...(m.endReason ? { reason: m.endReason } : {}) };
    return [m.mentorId, m.menteeId]
      .filter((id) => id !== actor)
      .map((memberId) => ({ memberId, type: event.type as NotificationType, data, ...(actor ? { actorId: actor } : {}) }));
  }
  if (event.type === 'message.sent') {
    const recipient = event.conversation.memberIds.find((id) => id !== event.message.senderId);
    if (!recipient) return [];
    return [
      {
        memberId: recipient,
        type: 'message.received',
        data: { conversationId: event.conversation.id, preview: previewOf(event.message.text) },
        actorId: event.message.senderId,
      },
    ];
  }
  return [];
}
