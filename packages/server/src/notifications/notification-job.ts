import type { EmailPreferences } from '@mentorkit/core';
import { sessionCalendar } from '../calendar/session-ics.js';
import { notificationMail } from '../email/templates/notification-mail.js';
import {
  formatWhen,
  notificationStrings,
  type NotificationFacts,
  type NotificationTemplate,
} from '../email/templates/notification-strings.js';
import type { Job } from '../jobs/job-queue.js';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { SessionRecord } from '../repositories/session-repository.js';
import type { Services } from '../service-container.js';
import { hubLink, senderAddress, unsubscribeUrl } from './notification-links.js';
import { recipientOf, type Recipient } from './recipients.js';

export const NOTIFICATION_JOB = 'mail.notification';

/** What a notification job carries; the email is rendered when it is sent, from the stored records. */
export type NotificationJobPayload =
  | {
      template: Exclude<NotificationTemplate, `mentorship.${string}`>;
      sessionId: string;
      recipientId: string;
      /** The calendar SEQUENCE this change got. */
      sequence: number;
      actorId?: string;
      ics?: 'REQUEST' | 'CANCEL';
      /** Reminders: which one, and the start they were scheduled for (a moved session skips them). */
      lead?: '24h' | '1h';
      start?: string;
    }
  | { template: `mentorship.${'requested' | 'accepted' | 'declined'}`; mentorshipId: string; recipientId: string };

/** Which switch silences a template; null means it is always sent (SPEC N1: cancellations). */
export function categoryOf(template: NotificationTemplate): keyof EmailPreferences | null {
  if (template === 'session.cancelled') return null;
  if (template === 'session.reminder') return 'reminders';
  if (template.startsWith('mentorship.')) return 'mentorship';
  return 'sessionUpdates';
}

/** A session email is stale (and skipped) when the session left the state the email speaks about. */
function stillTrue(payload: Extract<NotificationJobPayload, { sessionId: string }>, session: SessionRecord, now: Date): boolean {
  switch (payload.template) {
    case 'session.requested':
    case 'session.invited':
      return session.status === 'pending';
    case 'session.confirmed':
    case 'session.meeting_changed':
      return session.status === 'confirmed';
    case 'session.rescheduled':
      return session.status === 'confirmed' || session.status === 'pending';
    case 'session.reminder': {
      if (session.status !== 'confirmed' || session.start.toISOString() !== payload.start) return false;
      // Late (the service was down): a 24 h reminder after the 1 h mark, or any after the start, is noise.
      const latest = session.start.getTime() - (payload.lead === '24h' ? 3_600_000 : 0);
      return now.getTime() < latest;
    }
    default:
      return true;
  }
}

/** Sends one notification email; a job whose reason went away is done without sending. */
export async function runNotificationJob(services: Services, job: Job<NotificationJobPayload>): Promise<void> {
  const payload = job.payload;
  const community = await services.communities.findById(job.communityId);
  if (!community) return;
  const recipient = await recipientOf(services, community, payload.recipientId);
  if (!recipient) return;
  const category = categoryOf(payload.template);
  if (category && !recipient.email[category]) return; // honoured at send time: a later "off" wins
  const messageId = `<${job.id}@mentorkit>`; // the same on every attempt: a resend is recognisably one mail
  const message =
    'sessionId' in payload
      ? await sessionMessage(services, community, recipient, payload)
      : await mentorshipMessage(services, community, recipient, payload);
  if (!message) return;
  await services.mailer.send({ ...message, messageId, fromName: community.name });
}

function common(services: Services, community: CommunityRecord, recipient: Recipient, template: NotificationTemplate) {
  const category = categoryOf(template);
  return {
    to: { email: recipient.member.email, name: recipient.member.name },
    locale: recipient.locale,
    template,
    settingsUrl: hubLink(services, community, { view: 'settings' }),
    ...(category ? { unsubscribeUrl: unsubscribeUrl(services, community, recipient.member.id, category) } : {}),
    accent: community.settings.brand.primaryColor,
  };
}

async function sessionMessage(
  services: Services,
  community: CommunityRecord,
  recipient: Recipient,
  payload: Extract<NotificationJobPayload, { sessionId: string }>,
) {
  const session = await services.sessions.findById(community.id, payload.sessionId);
  if (!session || !stillTrue(payload, session, services.now())) return null;
  const [mentor, mentee] = await Promise.all([
    services.members.findById(community.id, session.mentorId),
    services.members.findById(community.id, session.menteeId),
  ]);
  if (!mentor || !mentee) return null;
  const me = recipient.member.id;
  const other = me === mentor.id ? mentee : mentor;
  const actor = payload.actorId === mentor.id ? mentor : payload.actorId === mentee.id ? mentee : undefined;
  const t = notificationStrings[recipient.locale];
  const lastReason = [...session.history].reverse().find((h) => h.status === session.status)?.reason;
  const sessionLink = (params: Record<string, string> = {}) => hubLink(services, community, { session: session.id, ...params });
  const joinUrl = session.meeting?.url ?? sessionLink({ action: 'join' });
  const facts: NotificationFacts = {
    community: community.name,
    other: other.name,
    topic: session.topic,
    when: formatWhen(recipient.locale, session.start, recipient.timeZone),
    durationMinutes: session.durationMinutes,
    ...(session.meeting ? { meetingUrl: session.meeting.url } : {}),
    ...(payload.template === 'session.declined' && lastReason ? { reason: lastReason } : {}),
    ...(payload.template === 'session.cancelled' && session.cancellation?.reason ? { reason: session.cancellation.reason } : {}),
    ...(actor ? { byName: actor.name, byRecipient: actor.id === me } : {}),
    ...(payload.template === 'session.invited' ? { kindLabel: t.kinds[session.kind] } : {}),
    ...(payload.lead ? { lead: payload.lead } : {}),
  };
  let icalEvent: { method: 'REQUEST' | 'CANCEL'; content: string } | undefined;
  if (payload.ics) {
    const content = sessionCalendar({
      method: payload.ics,
      timeZone: recipient.timeZone,
      now: services.now(),
      events: [
        {
          sessionId: session.id,
          sequence: payload.sequence,
          start: session.start,
          end: session.end,
          status: payload.ics === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
          summary: `${session.topic} · ${other.name}`,
          description: `${community.name}: ${session.topic}\n${t.labels.with}: ${other.name}\n${joinUrl}`,
          joinUrl,
          organizer: { name: community.name, email: senderAddress(services.config.mailFrom) },
          attendees: [mentor, mentee].map((m) => ({ name: m.name, email: m.email })),
          updatedAt: session.updatedAt,
        },
      ],
    });
    icalEvent = { method: payload.ics, content };
  }
  return notificationMail({
    ...common(services, community, recipient, payload.template),
    facts,
    links: {
      confirm: sessionLink({ action: 'confirm' }),
      decline: sessionLink({ action: 'decline' }),
      open: sessionLink(),
      rate: sessionLink({ action: 'rate' }),
      join: joinUrl,
    },
    ...(icalEvent ? { icalEvent } : {}),
  });
}

async function mentorshipMessage(
  services: Services,
  community: CommunityRecord,
  recipient: Recipient,
  payload: Extract<NotificationJobPayload, { mentorshipId: string }>,
) {
  const mentorship = await services.mentorships.findById(community.id, payload.mentorshipId);
  if (!mentorship) return null;
  const otherId = recipient.member.id === mentorship.mentorId ? mentorship.menteeId : mentorship.mentorId;
  const other = await services.members.findById(community.id, otherId);
  if (!other) return null;
  const facts: NotificationFacts = {
    community: community.name,
    other: other.name,
    topic: '',
    when: '',
    durationMinutes: 0,
    ...(payload.template === 'mentorship.requested' && mentorship.message ? { message: mentorship.message } : {}),
  };
  const open =
    payload.template === 'mentorship.accepted'
      ? hubLink(services, community, { mentor: mentorship.mentorId })
      : hubLink(services, community, {});
  return notificationMail({
    ...common(services, community, recipient, payload.template),
    facts,
    links: { answer: hubLink(services, community, { mentorship: mentorship.id }), open },
  });
}
