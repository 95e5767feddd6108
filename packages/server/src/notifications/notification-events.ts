import type { DomainEvent } from '../events/domain-events.js';
import type { SessionRecord } from '../repositories/session-repository.js';
import type { Services } from '../service-container.js';
import { NOTIFICATION_JOB, runNotificationJob, type NotificationJobPayload } from './notification-job.js';

type SessionEvent = Extract<DomainEvent, { session: SessionRecord }>;
type SessionPayload = Extract<NotificationJobPayload, { sessionId: string }>;

const HOUR = 3_600_000;
export const REMINDER_LEADS = { '24h': 24 * HOUR, '1h': HOUR } as const;

/** The group of a session's reminder jobs: cancelling or moving the session cancels the group. */
export const reminderGroup = (sessionId: string) => `reminders:${sessionId}`;

/**
 * Turns domain events into email jobs (SPEC N1) and registers the job kind that sends them. Jobs are
 * written before the operation answers (the bus awaits this handler), so a crash after the answer
 * loses nothing; cancelling a session cancels its pending reminders in the same handler.
 */
export function registerNotifications(services: Services): void {
  services.jobRunner.register<NotificationJobPayload>(NOTIFICATION_JOB, (job) => runNotificationJob(services, job));
  services.events.on('notifications', async (event) => {
    if ('session' in event) await onSessionEvent(services, event);
    else if ('mentorship' in event) await onMentorshipEvent(services, event);
  });
}

async function enqueueMail(
  services: Services,
  communityId: string,
  key: string,
  payload: NotificationJobPayload,
  extra: { runAt?: Date; groupKey?: string } = {},
) {
  await services.jobs.enqueue(
    { communityId, kind: NOTIFICATION_JOB, idempotencyKey: key, payload, ...extra },
    { reviveCancelled: Boolean(extra.groupKey) },
  );
}

/** Events that change what a calendar shows (status, time, link): each one moves SEQUENCE up. */
const calendarChanges = new Set<SessionEvent['type']>([
  'session.confirmed',
  'session.declined',
  'session.cancelled',
  'session.completed',
  'session.no_show',
  'session.meeting_changed',
  'session.rescheduled',
]);

async function onSessionEvent(services: Services, event: SessionEvent): Promise<void> {
  const { session, community } = event;
  const cid = community.id;
  // A reschedule *proposal* (or its refusal) changes nothing in calendars and sends no email here.
  if (event.type !== 'session.requested' && !calendarChanges.has(event.type)) return;
  // Every change after the request moves the calendar entry's SEQUENCE up (strictly, atomically).
  const sequence =
    event.type === 'session.requested' ? (session.calendarSequence ?? 0) : await services.sessions.bumpCalendarSequence(cid, session.id);
  if (sequence === null) return;
  const actorId = event.actorId;
  const both = [session.mentorId, session.menteeId];
  const requester = session.requestedBy;
  const responder = requester === session.mentorId ? session.menteeId : session.mentorId;
  const send = (recipients: string[], template: SessionPayload['template'], ics?: 'REQUEST' | 'CANCEL') =>
    Promise.all(
      recipients.map((recipientId) =>
        enqueueMail(services, cid, `mail:${template}:${session.id}:${sequence}:${recipientId}`, {
          template,
          sessionId: session.id,
          recipientId,
          sequence,
          ...(actorId ? { actorId } : {}),
          ...(ics ? { ics } : {}),
        }),
      ),
    );

  switch (event.type) {
    case 'session.requested':
      await send([responder], session.kind === 'mentorship' ? 'session.requested' : 'session.invited');
      return;
    case 'session.confirmed':
      await send(both, 'session.confirmed', 'REQUEST');
      await scheduleReminders(services, session);
      return;
    case 'session.declined':
      await services.jobs.cancelGroup(cid, reminderGroup(session.id));
      await send([requester], 'session.declined');
      return;
    case 'session.cancelled': {
      await services.jobs.cancelGroup(cid, reminderGroup(session.id));
      // A confirmed session is in both calendars: both get the cancellation. A request withdrawn while
      // pending only concerns the side that was asked.
      const wasConfirmed = event.previous?.status === 'confirmed';
      await send(wasConfirmed ? both : both.filter((id) => id !== actorId), 'session.cancelled', wasConfirmed ? 'CANCEL' : undefined);
      return;
    }
    case 'session.meeting_changed':
      await send(both, 'session.meeting_changed', 'REQUEST');
      return;
    case 'session.rescheduled':
      await services.jobs.cancelGroup(cid, reminderGroup(session.id));
      // A pending request that moved is in nobody's calendar yet: an email, no invitation.
      await send(both, 'session.rescheduled', session.status === 'confirmed' ? 'REQUEST' : undefined);
      if (session.status === 'confirmed') await scheduleReminders(services, session);
      return;
    case 'session.completed':
      await services.jobs.cancelGroup(cid, reminderGroup(session.id));
      if (session.kind === 'mentorship') await send([session.menteeId], 'session.completed');
      return;
    case 'session.no_show':
      await services.jobs.cancelGroup(cid, reminderGroup(session.id));
      return;
  }
}

/**
 * Reminders 24 h and 1 h before the start, for both participants. A reminder whose time has already
 * passed when the session is confirmed (booked late) is not scheduled. Keys include the start, so a
 * moved session gets new reminders and moving it back revives the cancelled ones instead of doubling.
 */
export async function scheduleReminders(services: Services, session: SessionRecord): Promise<void> {
  const now = services.now().getTime();
  for (const [lead, ms] of Object.entries(REMINDER_LEADS) as ['24h' | '1h', number][]) {
    const runAt = new Date(session.start.getTime() - ms);
    if (runAt.getTime() <= now) continue;
    for (const recipientId of [session.mentorId, session.menteeId]) {
      await enqueueMail(
        services,
        session.communityId,
        `reminder:${lead}:${session.id}:${session.start.toISOString()}:${recipientId}`,
        {
          template: 'session.reminder',
          sessionId: session.id,
          recipientId,
          sequence: session.calendarSequence ?? 0,
          lead,
          start: session.start.toISOString(),
        },
        { runAt, groupKey: reminderGroup(session.id) },
      );
    }
  }
}

async function onMentorshipEvent(services: Services, event: Extract<DomainEvent, { mentorship: unknown }>): Promise<void> {
  const { mentorship, community } = event;
  const to = event.type === 'mentorship.requested' ? mentorship.mentorId : mentorship.menteeId;
  if (event.type === 'mentorship.ended') return; // not an email in SPEC N1
  const template = event.type;
  await enqueueMail(services, community.id, `mail:${template}:${mentorship.id}:${to}`, {
    template,
    mentorshipId: mentorship.id,
    recipientId: to,
  });
}
