import { TZDate } from '@date-fns/tz';
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { isAmbiguousLocalTime, vtimezone } from './vtimezone.js';

/**
 * One UID per session for its whole life, in emails and in the feed alike, so every calendar app
 * updates (or removes) the same entry. Session ids are random, so the fixed domain keeps it unique.
 */
export function sessionUid(sessionId: string): string {
  return `session-${sessionId}@mentorkit`;
}

/**
 * A name fit for a CN parameter: RFC 5545 parameter values cannot hold a double quote at all (a
 * backslash does not escape it there, and Outlook rejects such files), nor control characters.
 */
function paramText(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
  return name.replace(/"/g, "'").replace(/[\u0000-\u001f\u007f]+/g, ' ');
}

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface SessionCalendarEvent {
  sessionId: string;
  /** The session's calendar sequence: strictly increasing with every change. */
  sequence: number;
  start: Date;
  end: Date;
  status: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
  summary: string;
  description: string;
  /** The external meeting link, or the page where the built-in video room opens. */
  joinUrl?: string;
  organizer: CalendarPerson;
  attendees: CalendarPerson[];
  /** When the session last changed (LAST-MODIFIED; DTSTAMP of a feed). */
  updatedAt: Date;
}

export interface SessionCalendarInput {
  /** REQUEST / CANCEL for an email invitation (iTIP); absent for a subscribed feed. */
  method?: 'REQUEST' | 'CANCEL';
  /** The zone the times are written in (the recipient's); UTC writes plain `…Z` times. */
  timeZone: string;
  name?: string;
  events: SessionCalendarEvent[];
  /** DTSTAMP for invitations (when the message is made). */
  now: Date;
}

/**
 * An iCalendar document for sessions. Times are written in the recipient's zone with a VTIMEZONE
 * computed from this runtime's zone data (vtimezone.ts). ORGANIZER is the service's sender address so
 * that neither participant is asked to "reply" to themselves; both participants are ATTENDEEs who have
 * accepted (RSVP=FALSE), which is what a booked session is.
 */
export function sessionCalendar(input: SessionCalendarInput): string {
  const zoned = input.timeZone !== 'UTC';
  const calendar = ical({
    prodId: { company: 'MentorKit', product: 'MentorKit sessions', language: 'EN' },
    ...(input.method ? { method: input.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST } : {}),
    ...(input.name ? { name: input.name } : {}),
  });
  if (zoned && input.events.length > 0) {
    const from = new Date(Math.min(...input.events.map((e) => e.start.getTime())));
    const to = new Date(Math.max(...input.events.map((e) => e.end.getTime())));
    // No calendar-wide zone: each event names its own, and ical-generator emits one VTIMEZONE per zone used.
    calendar.timezone({ name: null, generator: (zone) => vtimezone(zone, from, to) });
  }
  for (const e of input.events) {
    const local =
      zoned && !isAmbiguousLocalTime(input.timeZone, e.start.getTime()) && !isAmbiguousLocalTime(input.timeZone, e.end.getTime());
    // ical-generator writes a TZDate's wall-clock fields in its zone; a plain Date would be written in
    // the process's zone under the wrong TZID.
    const at = (date: Date) => (local ? new TZDate(date.getTime(), input.timeZone) : date);
    const event = calendar.createEvent({
      id: sessionUid(e.sessionId),
      sequence: e.sequence,
      start: at(e.start),
      end: at(e.end),
      stamp: input.method ? input.now : e.updatedAt,
      lastModified: e.updatedAt,
      ...(local ? { timezone: input.timeZone } : {}),
      summary: e.summary,
      description: e.description,
      status: ICalEventStatus[e.status],
      ...(e.joinUrl ? { location: e.joinUrl, url: e.joinUrl } : {}),
      organizer: { name: paramText(e.organizer.name), email: e.organizer.email },
    });
    for (const person of e.attendees) {
      event.createAttendee({
        name: paramText(person.name),
        email: person.email,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.ACCEPTED,
        rsvp: false,
      });
    }
  }
  return calendar.toString();
}
