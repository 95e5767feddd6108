import ICAL from 'ical.js';

export interface ParsedIcsEvent {
  uid: string;
  sequence: number;
  status: string | null;
  start: Date;
  end: Date;
  /** The TZID the start is written in (null for UTC). */
  tzid: string | null;
  summary: string;
  location: string | null;
  url: string | null;
  organizer: string | null;
  attendees: string[];
}

export interface ParsedIcs {
  method: string | null;
  timezones: string[];
  events: ParsedIcsEvent[];
}

/**
 * Parses an iCalendar document with ical.js (an independent implementation), resolving times through
 * the document's own VTIMEZONEs — so a wrong VTIMEZONE shows up as a wrong instant.
 */
export function parseIcs(text: string): ParsedIcs {
  const root = new ICAL.Component(ICAL.parse(text));
  const timezones = root.getAllSubcomponents('vtimezone');
  for (const vtz of timezones) ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  const events = root.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const value = (name: string) => {
      const v = vevent.getFirstPropertyValue(name);
      return v == null ? null : String(v);
    };
    const dtstart = vevent.getFirstProperty('dtstart');
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: value('status'),
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      tzid: (dtstart?.getParameter('tzid') as string | undefined) ?? null,
      summary: event.summary,
      location: value('location'),
      url: value('url'),
      organizer: value('organizer'),
      attendees: vevent.getAllProperties('attendee').map((p) => String(p.getFirstValue())),
    };
  });
  for (const vtz of timezones) ICAL.TimezoneService.remove(String(vtz.getFirstPropertyValue('tzid')));
  return {
    method: root.getFirstPropertyValue('method') == null ? null : String(root.getFirstPropertyValue('method')),
    timezones: timezones.map((t) => String(t.getFirstPropertyValue('tzid'))),
    events,
  };
}
