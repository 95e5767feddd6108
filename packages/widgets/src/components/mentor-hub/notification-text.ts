import type { Notification } from '@mentorkit/core';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { bellStrings } from './bell.strings.js';

/** A notification in the viewer's language, from its type and data (the service stores no prose). */
export function notificationText(localize: LocalizeController, n: Notification): string {
  const s = localize.strings(bellStrings);
  const name = n.data.actor?.name || s.someone;
  const topic = n.data.topic ?? '';
  switch (n.type) {
    case 'session.requested':
      return s.notifSessionRequested(name, topic);
    case 'session.confirmed':
      return s.notifSessionConfirmed(name, topic);
    case 'session.declined':
      return s.notifSessionDeclined(name, topic);
    case 'session.cancelled':
      return s.notifSessionCancelled(name, topic);
    case 'session.meeting_changed':
      return s.notifMeetingChanged(name, topic);
    case 'session.rescheduled':
      return s.notifRescheduled(name, topic);
    case 'mentorship.requested':
      return s.notifMentorshipRequested(name);
    case 'mentorship.accepted':
      return s.notifMentorshipAccepted(name);
    case 'mentorship.declined':
      return s.notifMentorshipDeclined(name);
    case 'mentorship.ended':
      return s.notifMentorshipEnded(name);
    case 'message.received':
      return s.notifMessage(name);
  }
}
