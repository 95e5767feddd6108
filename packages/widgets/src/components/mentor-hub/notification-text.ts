import type { Notification } from '@mentorkit/core';
import type { LocalizeController } from '../../i18n/localize-controller.js';

/** A notification in the viewer's language, from its type and data (the service stores no prose). */
export function notificationText(localize: LocalizeController, n: Notification): string {
  const t = localize.t.bind(localize);
  const name = n.data.actor?.name || t('someone');
  const topic = n.data.topic ?? '';
  switch (n.type) {
    case 'session.requested':
      return t('notifSessionRequested', name, topic);
    case 'session.confirmed':
      return t('notifSessionConfirmed', name, topic);
    case 'session.declined':
      return t('notifSessionDeclined', name, topic);
    case 'session.cancelled':
      return t('notifSessionCancelled', name, topic);
    case 'session.meeting_changed':
      return t('notifMeetingChanged', name, topic);
    case 'session.rescheduled':
      return t('notifRescheduled', name, topic);
    case 'mentorship.requested':
      return t('notifMentorshipRequested', name);
    case 'mentorship.accepted':
      return t('notifMentorshipAccepted', name);
    case 'mentorship.declined':
      return t('notifMentorshipDeclined', name);
    case 'mentorship.ended':
      return t('notifMentorshipEnded', name);
    case 'message.received':
      return t('notifMessage', name);
  }
}
