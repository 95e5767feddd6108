import { sessionTransition, type Session, type SessionAction, type SessionSide, type SessionStatus } from '@mentorkit/core';
import type { Translation } from '../../i18n/en.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { formatCost } from '../../shared/money.js';

/** The translation key of each status badge. */
const statusKeys: Record<SessionStatus, keyof Translation> = {
  pending: 'statusPending',
  confirmed: 'statusConfirmed',
  declined: 'statusDeclined',
  cancelled: 'statusCancelled',
  completed: 'statusCompleted',
  no_show: 'statusNoShow',
};

/** "Pending", "Confirmada", … */
export function statusLabel(localize: LocalizeController, status: SessionStatus): string {
  return localize.t(statusKeys[status] as 'statusPending');
}

/** Which side of `session` the viewer is on (undefined for an admin looking at others' sessions). */
export function viewerSide(session: Session, memberId: string | undefined): SessionSide | undefined {
  if (!memberId) return undefined;
  if (session.mentor.id === memberId) return 'mentor';
  if (session.mentee.id === memberId) return 'mentee';
  return undefined;
}

/** How long after the start the other side may be marked absent. */
const NO_SHOW_AFTER_MS = 15 * 60_000;

/**
 * The status changes the viewer may make now, from the core state machine (SPEC S2), narrowed to what
 * makes sense at this moment: complete after the end, no-show 15 minutes after the start, cancel only
 * before the start. Cancelling always asks for a reason in the widget.
 */
export function allowedActions(session: Session, side: SessionSide | undefined, now = new Date()): SessionAction[] {
  if (!side) return [];
  const started = now.getTime() >= Date.parse(session.start);
  const actions: SessionAction[] = ['confirm', 'decline', 'complete', 'no_show', 'cancel'];
  return actions.filter((action) => {
    if (!sessionTransition({ kind: session.kind, status: session.status, action, side, started, hasReason: true }).ok) return false;
    // Defect 12: what a member can sensibly do at this moment, beyond what the service allows.
    if (action === 'complete') return now.getTime() >= Date.parse(session.end); // not seconds after the start
    if (action === 'no_show') return now.getTime() >= Date.parse(session.start) + NO_SHOW_AFTER_MS;
    if (action === 'cancel') return !started; // a session under way is ended, not cancelled
    return true;
  });
}

/** A party's name, or "you" when it is the viewer. */
export function partyName(localize: LocalizeController, session: Session, memberId: string, viewerId: string | undefined): string {
  if (memberId === viewerId) return localize.t('you');
  if (memberId === session.mentor.id) return session.mentor.name;
  if (memberId === session.mentee.id) return session.mentee.name;
  return memberId;
}

/** The session's price ("Free", "$12.50") from its minor units. */
export function sessionCost(localize: LocalizeController, session: Session): string {
  return formatCost(localize, session.cost);
}

/** "Zoom", "Google Meet", … for the Join button. */
export function platformName(localize: LocalizeController, platform: NonNullable<Session['meeting']>['platform']): string {
  switch (platform) {
    case 'zoom':
      return localize.t('platformZoom');
    case 'google_meet':
      return localize.t('platformGoogleMeet');
    case 'teams':
      return localize.t('platformTeams');
    default:
      return localize.t('platformOther');
  }
}

/** "Tue, Mar 10, 6:00 PM – 7:00 PM (Asia/Tokyo · GMT+9)" in the viewer's zone. */
export function sessionTimeRange(localize: LocalizeController, session: Session, timeZone: string): string {
  return localize.t(
    'sessionTimeRange',
    localize.dateTime(session.start, timeZone),
    localize.time(session.end, timeZone),
    localize.zoneLabel(timeZone, new Date(session.start)),
  );
}
