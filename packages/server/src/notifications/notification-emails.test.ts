import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { act, book, demoBase, mentor, person, setBookingLimit, slotAt, uniqueEmail, type Person } from '../testing/booking-fixtures.js';
import { startMailCatcher, type CaughtMail, type MailCatcher } from '../testing/mail-catcher.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { sessionUid } from '../calendar/session-ics.js';

const hostileName = '<script>alert("x")</script> & Bob';
const hostileTopic = 'Ship it <img src=x onerror=alert(1)> "now" & later';

describe('notification emails over real SMTP on loopback', () => {
  let smtp: MailCatcher;
  let server: TestServer;
  let ana: Person; // mentor, Spanish, Madrid
  let bob: Person; // mentee, English, New York, hostile name
  let carla: Person; // a bystander who must never get mail

  /** Runs every due job and returns the mail it produced. */
  async function delivered(): Promise<CaughtMail[]> {
    await server.services.jobRunner.runDue();
    return smtp.take();
  }
  const prefs = async (who: Person, body: unknown) => {
    const r = await server.api('PATCH', `${demoBase}/me/notification-preferences`, { token: await who.token(), body });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return r.body;
  };
  const byRecipient = (mails: CaughtMail[]) => Object.fromEntries(mails.map((m) => [m.to, m]));

  before(async () => {
    smtp = await startMailCatcher();
    server = await startTestServer({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Mentors <mentors@riverside.example>',
      PUBLIC_URL: 'https://mentors.example',
    });
    await setBookingLimit(server, 1000);
    ana = await mentor(server, { timeZone: 'Europe/Madrid' });
    bob = await person(server, uniqueEmail('bob'), hostileName);
    carla = await person(server, uniqueEmail('carla'), 'Carla');
    await prefs(ana, { locale: 'es' });
    await prefs(bob, { timeZone: 'America/New_York' });
    await delivered(); // nothing so far (sign-in went through identity tokens)
  });
  after(async () => {
    await server.stop();
    await smtp.close();
  });

  it('request → confirm → link change → cancel: the right mails to the right people, in their language, with one UID and a rising SEQUENCE', async () => {
    const start = slotAt(server, 3, 9);
    const booked = await book(server, bob, ana.id, start, 60, { topic: hostileTopic });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const sessionId = booked.body.id as string;

    // Requested: only the mentor, in Spanish, in her zone, with confirm / decline links.
    const [request, ...moreRequest] = await delivered();
    assert.equal(moreRequest.length, 0);
    assert.equal(request!.to, ana.email);
    assert.equal(request!.subject, `Solicitud de sesión de ${hostileName}: ${hostileTopic}`);
    assert.equal(request!.parsed.from?.value[0]?.name, 'Riverside Tech Circle', 'the sender names the community');
    assert.equal(request!.parsed.from?.value[0]?.address, 'mentors@riverside.example');
    assert.ok(request!.text.includes(hostileTopic), 'plain text carries the topic as is');
    assert.ok(!request!.html.includes('<script>') && !request!.html.includes('<img src=x'), 'HTML never carries member markup');
    assert.ok(request!.html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Bob'));
    assert.match(request!.text, /\(Europe\/Madrid\)/);
    assert.match(request!.text, /Confirmar: https:\/\/mentors\.example\/members\.html#community=demo&session=[\w-]+&action=confirm/);
    assert.match(request!.text, /Rechazar: .*action=decline/);
    assert.match(request!.header('list-unsubscribe') ?? '', /https:\/\/mentors\.example\/notifications\/unsubscribe\?token=/);
    assert.equal(request!.ics, null, 'no calendar entry until it is confirmed');
    assert.ok(request!.parsed.text && request!.parsed.html, 'multipart: text and HTML');

    // Confirmed: both (the mentor who confirmed too), each an invitation in their own zone.
    assert.equal((await act(server, ana, sessionId, 'confirm')).status, 200);
    const confirmed = byRecipient(await delivered());
    assert.deepEqual(Object.keys(confirmed).sort(), [ana.email, bob.email].sort());
    assert.match(confirmed[ana.email]!.subject, /^Confirmada: /);
    assert.match(confirmed[bob.email]!.subject, /^Confirmed: /);
    assert.match(confirmed[bob.email]!.text, /Mentor Person confirmed your session\./);
    assert.match(confirmed[bob.email]!.text, /\(America\/New_York\)/);
    for (const mail of Object.values(confirmed)) {
      assert.equal(mail.calendarMethod, 'REQUEST', 'method= on the text/calendar part');
      assert.equal(mail.ics?.method, 'REQUEST');
      const [event] = mail.ics!.events;
      assert.equal(event!.uid, sessionUid(sessionId));
      assert.equal(event!.sequence, 1);
      assert.equal(event!.status, 'CONFIRMED');
      assert.equal(event!.start.toISOString(), start);
      assert.equal(event!.organizer?.toLowerCase(), 'mailto:mentors@riverside.example');
      assert.deepEqual(event!.attendees.map((a) => a.toLowerCase()).sort(), [`mailto:${ana.email}`, `mailto:${bob.email}`].sort());
    }
    assert.equal(confirmed[ana.email]!.ics!.events[0]!.tzid, 'Europe/Madrid');
    assert.equal(confirmed[bob.email]!.ics!.events[0]!.tzid, 'America/New_York');

    // Meeting link: both, SEQUENCE 2, the link as LOCATION and URL.
    const link = 'https://zoom.us/j/123456789';
    const set = await server.api('PUT', `${demoBase}/sessions/${sessionId}/meeting-link`, {
      token: await ana.token(),
      body: { url: link },
    });
    assert.equal(set.status, 200, JSON.stringify(set.body));
    const linked = byRecipient(await delivered());
    assert.deepEqual(Object.keys(linked).sort(), [ana.email, bob.email].sort());
    for (const mail of Object.values(linked)) {
      const [event] = mail.ics!.events;
      assert.equal(event!.uid, sessionUid(sessionId));
      assert.equal(event!.sequence, 2);
      assert.equal(event!.location, link);
      assert.ok(mail.text.includes(link));
    }

    // Cancelled by the mentee with a reason: both, METHOD CANCEL, STATUS CANCELLED, SEQUENCE 3, no unsubscribe.
    assert.equal((await act(server, bob, sessionId, 'cancel', { reason: 'Flight <moved>' })).status, 200);
    const cancelled = byRecipient(await delivered());
    assert.deepEqual(Object.keys(cancelled).sort(), [ana.email, bob.email].sort());
    for (const mail of Object.values(cancelled)) {
      assert.equal(mail.calendarMethod, 'CANCEL');
      assert.equal(mail.ics?.method, 'CANCEL');
      const [event] = mail.ics!.events;
      assert.equal(event!.uid, sessionUid(sessionId));
      assert.equal(event!.sequence, 3);
      assert.equal(event!.status, 'CANCELLED');
      assert.equal(mail.header('list-unsubscribe'), undefined, 'cancellations are essential');
    }
    assert.ok(cancelled[ana.email]!.text.includes(`${hostileName} ha cancelado esta sesión.`));
    assert.ok(cancelled[ana.email]!.text.includes('Motivo: Flight <moved>'));
    assert.ok(cancelled[ana.email]!.html.includes('Flight &lt;moved&gt;'));
    assert.match(cancelled[bob.email]!.text, /You cancelled this session\./);

    // Nothing for the bystander, and no reminders left for the cancelled session.
    await server.services.jobRunner.runDue();
    assert.deepEqual(smtp.take(), []);
    const pending = await server.services.jobs.list((await server.services.communities.getBySlug('demo')).id, { status: 'pending' });
    assert.equal(pending.filter((j) => (j.payload as { sessionId?: string }).sessionId === sessionId).length, 0);
    assert.ok(![ana.email, bob.email].includes(carla.email));
  });

  it('declined with a reason goes to the requester; completion asks the mentee for a rating', async () => {
    const declinedSession = await book(server, bob, ana.id, slotAt(server, 4, 9));
    await delivered();
    assert.equal((await act(server, ana, declinedSession.body.id, 'decline', { reason: 'Fully booked' })).status, 200);
    const [declined, ...rest] = await delivered();
    assert.equal(rest.length, 0);
    assert.equal(declined!.to, bob.email);
    assert.equal(declined!.subject, 'Declined: Career planning');
    assert.match(declined!.text, /Reason: Fully booked/);

    const withdrawn = await book(server, bob, ana.id, slotAt(server, 4, 11));
    await delivered();
    assert.equal((await act(server, bob, withdrawn.body.id, 'cancel', {})).status, 200);
    const [toMentor, ...none] = await delivered();
    assert.equal(none.length, 0, 'a withdrawn request concerns only the side that was asked');
    assert.equal(toMentor!.to, ana.email);
    assert.match(toMentor!.subject, /^Cancelada: /);
    assert.equal(toMentor!.ics, null, 'it was never in a calendar');

    const start = slotAt(server, 2, 15);
    const s = await book(server, bob, ana.id, start, 30);
    await act(server, ana, s.body.id, 'confirm');
    await delivered();
    server.advanceClock(Date.parse(start) - server.services.now().getTime() + 40 * 60_000);
    smtp.take();
    await server.services.jobRunner.runDue(); // reminders fire on the way; not what this test counts
    smtp.take();
    assert.equal((await act(server, ana, s.body.id, 'complete')).status, 200);
    const [completed, ...others] = await delivered();
    assert.equal(others.length, 0);
    assert.equal(completed!.to, bob.email);
    assert.equal(completed!.subject, 'How was your session with Mentor Person?');
    assert.match(completed!.text, /Rate the session: .*action=rate/);
  });

  it('mentorship requested / accepted / declined reach the one person concerned', async () => {
    const dee = await person(server, uniqueEmail('dee'), 'Dee');
    const requested = await server.api('POST', `${demoBase}/mentorships`, {
      token: await dee.token(),
      body: { mentorId: ana.id, message: 'Teach me <b>Go</b>?' },
    });
    assert.equal(requested.status, 201, JSON.stringify(requested.body));
    const [toMentor, ...x] = await delivered();
    assert.equal(x.length, 0);
    assert.equal(toMentor!.to, ana.email);
    assert.equal(toMentor!.subject, 'Dee quiere que seas su mentor');
    assert.ok(toMentor!.text.includes('Mensaje: Teach me <b>Go</b>?'));
    assert.ok(toMentor!.html.includes('Teach me &lt;b&gt;Go&lt;/b&gt;?'));
    const accepted = await server.api('POST', `${demoBase}/mentorships/${requested.body.id}/respond`, {
      token: await ana.token(),
      body: { decision: 'accept' },
    });
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    const [toMentee, ...y] = await delivered();
    assert.equal(y.length, 0);
    assert.equal(toMentee!.to, dee.email);
    assert.equal(toMentee!.subject, 'Mentor Person accepted your mentorship request');

    const eve = await person(server, uniqueEmail('eve'), 'Eve');
    const second = await server.api('POST', `${demoBase}/mentorships`, { token: await eve.token(), body: { mentorId: ana.id } });
    await delivered();
    await server.api('POST', `${demoBase}/mentorships/${second.body.id}/respond`, {
      token: await ana.token(),
      body: { decision: 'decline' },
    });
    const [declined, ...z] = await delivered();
    assert.equal(z.length, 0);
    assert.equal(declined!.to, eve.email);
    assert.equal(declined!.subject, 'Mentor Person declined your mentorship request');
  });

  it('an employer invitation goes to the invited member, who can accept or decline', async () => {
    const employer = await person(server, uniqueEmail('hr'), 'Acme Hiring', 'Employer');
    const invitee = await person(server, uniqueEmail('fay'), 'Fay');
    await prefs(invitee, { locale: 'es' });
    const r = await server.api('POST', `${demoBase}/sessions`, {
      token: await employer.token(),
      body: { kind: 'interview', memberId: invitee.id, start: slotAt(server, 5, 14), durationMinutes: 60, topic: 'Backend role' },
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const [invitation, ...rest] = await delivered();
    assert.equal(rest.length, 0);
    assert.equal(invitation!.to, invitee.email);
    assert.equal(invitation!.subject, 'Acme Hiring te invita a una sesión de entrevista: Backend role');
    assert.match(invitation!.text, /Aceptar: .*action=confirm/);
  });

  it('an unsubscribe link works without signing in, is honoured by the job runner, and never stops cancellations', async () => {
    const start = slotAt(server, 6, 9);
    const s = await book(server, bob, ana.id, start);
    const [request] = await delivered();
    const url = request!
      .header('list-unsubscribe')!
      .replace(/^.*<|>.*$/g, '')
      .replace('https://mentors.example', server.url);
    const page = await fetch(url);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Darse de baja/);
    assert.equal(
      (await server.api('GET', `${demoBase}/me/notification-preferences`, { token: await ana.token() })).body.email.sessionUpdates,
      true,
      'GET changes nothing',
    );
    const oneClick = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    assert.equal(oneClick.status, 200);
    assert.equal(
      (await server.api('GET', `${demoBase}/me/notification-preferences`, { token: await ana.token() })).body.email.sessionUpdates,
      false,
    );
    const forged = await fetch(url.replace(/token=([^&]+)/, (_m, t: string) => `token=${t.slice(0, -2)}xx`));
    assert.equal(forged.status, 404);

    assert.equal((await act(server, ana, s.body.id, 'confirm')).status, 200);
    const confirmed = await delivered();
    assert.deepEqual(
      confirmed.map((m) => m.to),
      [bob.email],
      'the mentor opted out of session updates',
    );
    assert.equal((await act(server, ana, s.body.id, 'cancel', { reason: 'Sick' })).status, 200);
    const cancelled = await delivered();
    assert.deepEqual(cancelled.map((m) => m.to).sort(), [ana.email, bob.email].sort(), 'cancellations are always sent');
    await prefs(ana, { email: { sessionUpdates: true } });
  });
});
