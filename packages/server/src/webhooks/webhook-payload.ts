import { webhookEventTypes, type WebhookEventType, type WebhookPayload } from '@mentorkit/core';
import type { DomainEvent } from '../events/domain-events.js';
import type { Services } from '../service-container.js';

const deliverable = new Set<string>(webhookEventTypes);

export function isWebhookEvent(type: string): type is WebhookEventType {
  return deliverable.has(type);
}

/**
 * The body sent for a domain event, or null when the event is not one webhooks carry. Personal data is
 * kept to ids and names: no emails, no topics, reasons, reviews or meeting links (free text members wrote
 * for each other), and nothing secret. Receivers that need more call the API with the secret key.
 */
export async function webhookPayload(services: Pick<Services, 'members'>, event: DomainEvent): Promise<WebhookPayload | null> {
  if (!isWebhookEvent(event.type)) return null;
  const base = { type: event.type, timestamp: event.at.toISOString(), community: { id: event.community.id, slug: event.community.slug } };
  const actor = 'actorId' in event && event.actorId ? { actorId: event.actorId } : {};
  const names = async (ids: string[]) => new Map((await services.members.findByIds(event.community.id, ids)).map((m) => [m.id, m.name]));

  if ('session' in event) {
    const s = event.session;
    const known = await names([s.mentorId, s.menteeId]);
    const moved = event.previous && event.previous.start.getTime() !== s.start.getTime();
    return {
      ...base,
      data: {
        session: {
          id: s.id,
          kind: s.kind,
          status: s.status,
          start: s.start.toISOString(),
          end: s.end.toISOString(),
          durationMinutes: s.durationMinutes,
          mentor: { id: s.mentorId, name: known.get(s.mentorId) ?? '' },
          mentee: { id: s.menteeId, name: known.get(s.menteeId) ?? '' },
          requestedBy: s.requestedBy,
          hasMeetingLink: s.meeting !== undefined,
        },
        ...(moved && event.previous
          ? { previous: { start: event.previous.start.toISOString(), end: event.previous.end.toISOString() } }
          : {}),
        ...actor,
      },
    };
  }
  if ('mentorship' in event) {
    const m = event.mentorship;
    const known = await names([m.mentorId, m.menteeId]);
    return {
      ...base,
      data: {
        mentorship: {
          id: m.id,
          status: m.status,
          mentor: { id: m.mentorId, name: known.get(m.mentorId) ?? '' },
          mentee: { id: m.menteeId, name: known.get(m.menteeId) ?? '' },
          startedAt: m.startedAt?.toISOString() ?? null,
          endedAt: m.endedAt?.toISOString() ?? null,
        },
        ...actor,
      },
    };
  }
  if ('profile' in event) {
    const p = event.profile;
    return { ...base, data: { mentor: { id: p.id, name: p.displayName, status: p.status }, ...actor } };
  }
  if (event.type !== 'member.imported') return null;
  return { ...base, data: { import: { created: event.created, updated: event.updated, total: event.total } } };
}
