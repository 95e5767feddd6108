import type { MentorAvailability, MentorCard, MentorPage, MentorProfile, Me, Message, Notification, Session } from '@mentorkit/core';

/**
 * Base of every MentorKit DOM event: a `CustomEvent` that bubbles and crosses shadow roots, so the host
 * page can listen on the element or any ancestor.
 */
export class MentorEvent<D> extends CustomEvent<D> {
  constructor(type: string, detail: D, options: { cancelable?: boolean } = {}) {
    super(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
  }
}

/** A member signed in (code, magic link or host identity token). */
export class MentorSignedInEvent extends MentorEvent<{ user: Me }> {
  static get eventName() {
    return 'mentor-signed-in' as const;
  }
  constructor(detail: { user: Me }) {
    super(MentorSignedInEvent.eventName, detail);
  }
}

/** The member signed out. */
export class MentorSignedOutEvent extends MentorEvent<Record<string, never>> {
  static get eventName() {
    return 'mentor-signed-out' as const;
  }
  constructor() {
    super(MentorSignedOutEvent.eventName, {});
  }
}

/**
 * A mentor was chosen in the directory. Cancelable: `preventDefault()` keeps a card link from
 * navigating, so a single-page app can route by itself.
 */
export class MentorMentorSelectEvent extends MentorEvent<{ mentorId: string; mentor: MentorCard }> {
  static get eventName() {
    return 'mentor-mentor-select' as const;
  }
  constructor(detail: { mentorId: string; mentor: MentorCard }) {
    super(MentorMentorSelectEvent.eventName, detail, { cancelable: true });
  }
}

/** The member asked to book a mentor (the profile's Book button). Cancelable: `preventDefault()` stops the built-in dialog. */
export class MentorBookingOpenEvent extends MentorEvent<{ mentorId: string; mentor: MentorPage['mentor'] }> {
  static get eventName() {
    return 'mentor-booking-open' as const;
  }
  constructor(detail: { mentorId: string; mentor: MentorPage['mentor'] }) {
    super(MentorBookingOpenEvent.eventName, detail, { cancelable: true });
  }
}

/** A booking request was sent; the session is `pending` until the mentor answers. */
export class MentorSessionCreateEvent extends MentorEvent<{ session: Session }> {
  static get eventName() {
    return 'mentor-session-create' as const;
  }
  constructor(detail: { session: Session }) {
    super(MentorSessionCreateEvent.eventName, detail);
  }
}

/** A slot was picked in the booking calendar. */
export class MentorSlotSelectEvent extends MentorEvent<{ start: string; durationMinutes: number }> {
  static get eventName() {
    return 'mentor-slot-select' as const;
  }
  constructor(detail: { start: string; durationMinutes: number }) {
    super(MentorSlotSelectEvent.eventName, detail);
  }
}

/** What happened to a session in `<mentor-session-list>` (a status change, a meeting link or a rating). */
export type SessionUpdateAction =
  | 'confirm'
  | 'decline'
  | 'cancel'
  | 'complete'
  | 'no_show'
  | 'meeting-link'
  | 'rate'
  | 'feedback'
  | 'reschedule-propose'
  | 'reschedule-accept'
  | 'reschedule-decline';

/** A session changed through a widget; `detail.session` is the session as the service now has it. */
export class MentorSessionUpdateEvent extends MentorEvent<{ session: Session; action: SessionUpdateAction }> {
  static get eventName() {
    return 'mentor-session-update' as const;
  }
  constructor(detail: { session: Session; action: SessionUpdateAction }) {
    super(MentorSessionUpdateEvent.eventName, detail);
  }
}

/**
 * The member pressed Join on a joinable session that uses the built-in video room (no external link).
 * Cancelable: `preventDefault()` tells the widget the host opens the room itself.
 */
export class MentorSessionJoinEvent extends MentorEvent<{ session: Session }> {
  static get eventName() {
    return 'mentor-session-join' as const;
  }
  constructor(detail: { session: Session }) {
    super(MentorSessionJoinEvent.eventName, detail, { cancelable: true });
  }
}

/** The mentor saved their profile (or photo) in `<mentor-dashboard>`. */
export class MentorProfileUpdateEvent extends MentorEvent<{ profile: MentorProfile }> {
  static get eventName() {
    return 'mentor-profile-update' as const;
  }
  constructor(detail: { profile: MentorProfile }) {
    super(MentorProfileUpdateEvent.eventName, detail);
  }
}

/** The mentor saved their availability or booking rules in `<mentor-dashboard>`. */
export class MentorAvailabilityUpdateEvent extends MentorEvent<{ availability: MentorAvailability }> {
  static get eventName() {
    return 'mentor-availability-update' as const;
  }
  constructor(detail: { availability: MentorAvailability }) {
    super(MentorAvailabilityUpdateEvent.eventName, detail);
  }
}

/** A signed-in member saved (`saved: true`) or unsaved a mentor (SPEC M6). */
export class MentorFavoriteChangeEvent extends MentorEvent<{ mentorId: string; saved: boolean }> {
  static get eventName() {
    return 'mentor-favorite-change' as const;
  }
  constructor(detail: { mentorId: string; saved: boolean }) {
    super(MentorFavoriteChangeEvent.eventName, detail);
  }
}

/** The member entered the video room (media is flowing or waiting for the other participant). */
export class MentorRoomJoinEvent extends MentorEvent<{ sessionId: string }> {
  static get eventName() {
    return 'mentor-room-join' as const;
  }
  constructor(detail: { sessionId: string }) {
    super(MentorRoomJoinEvent.eventName, detail);
  }
}

/** The member left the video room (the Leave button or its shortcut); the host may close the room. */
export class MentorRoomLeaveEvent extends MentorEvent<{ sessionId: string }> {
  static get eventName() {
    return 'mentor-room-leave' as const;
  }
  constructor(detail: { sessionId: string }) {
    super(MentorRoomLeaveEvent.eventName, detail);
  }
}

/**
 * The room could not open or lost something essential. `code` is the API's error code
 * (`NOT_PARTICIPANT`, `SESSION_NOT_CONFIRMED`, `ROOM_NOT_OPEN`, …) or `MEDIA_DENIED` / `MEDIA_UNAVAILABLE`.
 */
export class MentorRoomErrorEvent extends MentorEvent<{ sessionId: string; code: string; message: string }> {
  static get eventName() {
    return 'mentor-room-error' as const;
  }
  constructor(detail: { sessionId: string; code: string; message: string }) {
    super(MentorRoomErrorEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'mentor-room-join': MentorRoomJoinEvent;
    'mentor-room-leave': MentorRoomLeaveEvent;
    'mentor-room-error': MentorRoomErrorEvent;
    'mentor-signed-in': MentorSignedInEvent;
    'mentor-signed-out': MentorSignedOutEvent;
    'mentor-mentor-select': MentorMentorSelectEvent;
    'mentor-booking-open': MentorBookingOpenEvent;
    'mentor-session-create': MentorSessionCreateEvent;
    'mentor-slot-select': MentorSlotSelectEvent;
    'mentor-session-update': MentorSessionUpdateEvent;
    'mentor-session-join': MentorSessionJoinEvent;
    'mentor-profile-update': MentorProfileUpdateEvent;
    'mentor-availability-update': MentorAvailabilityUpdateEvent;
    'mentor-favorite-change': MentorFavoriteChangeEvent;
  }
}

/**
 * The member asked to message someone (a "Message" button on a session, a mentorship or a profile).
 * Cancelable: `preventDefault()` keeps the built-in messages dialog closed (e.g. to route to your own
 * messages page); `<mentor-hub>` does so and opens its Messages tab.
 */
export class MentorMessageOpenEvent extends MentorEvent<{ memberId: string; name: string }> {
  static get eventName() {
    return 'mentor-message-open' as const;
  }
  constructor(detail: { memberId: string; name: string }) {
    super(MentorMessageOpenEvent.eventName, detail, { cancelable: true });
  }
}

/** A message was sent from `<mentor-messages>`; `detail.message` as stored. */
export class MentorMessageSendEvent extends MentorEvent<{ message: Message }> {
  static get eventName() {
    return 'mentor-message-send' as const;
  }
  constructor(detail: { message: Message }) {
    super(MentorMessageSendEvent.eventName, detail);
  }
}

/** A notification was chosen in the bell's list; `detail.notification`. Cancelable: `preventDefault()` stops the hub from routing to it. */
export class MentorNotificationSelectEvent extends MentorEvent<{ notification: Notification }> {
  static get eventName() {
    return 'mentor-notification-select' as const;
  }
  constructor(detail: { notification: Notification }) {
    super(MentorNotificationSelectEvent.eventName, detail, { cancelable: true });
  }
}
