import { MentorKitApiError } from '@mentorkit/sdk';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { roomText } from '../../i18n/room-localize.js';

/** Why `getSessionRoom` refused, in the member's words (SPEC V3), or undefined for other failures. */
export function refusalMessage(localize: LocalizeController, error: unknown, timeZone: string): string | undefined {
  if (!(error instanceof MentorKitApiError)) return undefined;
  const details = error.details as { reason?: string; joinOpensAt?: string; joinClosesAt?: string } | undefined;
  switch (error.code) {
    case 'NOT_PARTICIPANT':
      return roomText(localize, 'refusedNotParticipant');
    case 'SESSION_NOT_CONFIRMED':
      return roomText(localize, 'refusedNotConfirmed');
    case 'ROOM_NOT_OPEN':
      return details?.reason === 'too_early' && details.joinOpensAt
        ? roomText(localize, 'refusedTooEarly', localize.dateTime(details.joinOpensAt, timeZone))
        : roomText(localize, 'refusedTooLate', localize.dateTime(details?.joinClosesAt ?? new Date(), timeZone));
    case 'SESSION_NOT_FOUND':
      return roomText(localize, 'refusedNotFound');
    case 'UNAUTHENTICATED':
    case 'INVALID_TOKEN':
      return roomText(localize, 'refusedSignIn');
    default:
      return undefined;
  }
}
