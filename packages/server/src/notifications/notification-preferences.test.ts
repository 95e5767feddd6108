import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoBase, mentor, person, uniqueEmail } from '../testing/booking-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

describe('notification preferences (getNotificationPreferences / updateNotificationPreferences)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  it('defaults to everything on, the community language, and the mentor profile zone until a zone is picked', async () => {
    const ana = await mentor(server, { timeZone: 'Asia/Tokyo' });
    const get = async () => server.api('GET', `${demoBase}/me/notification-preferences`, { token: await ana.token() });
    assert.deepEqual((await get()).body, {
      email: { sessionUpdates: true, reminders: true, mentorship: true },
      locale: 'en',
      timeZone: null,
      effectiveTimeZone: 'Asia/Tokyo',
    });
    const patch = async (body: unknown) =>
      server.api('PATCH', `${demoBase}/me/notification-preferences`, { token: await ana.token(), body });
    const changed = await patch({ email: { reminders: false }, locale: 'es', timeZone: 'America/Lima' });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.deepEqual(changed.body, {
      email: { sessionUpdates: true, reminders: false, mentorship: true },
      locale: 'es',
      timeZone: 'America/Lima',
      effectiveTimeZone: 'America/Lima',
    });
    assert.equal((await patch({ timeZone: null })).body.effectiveTimeZone, 'Asia/Tokyo', 'null forgets the pick');
    assert.equal((await get()).body.email.reminders, false, 'other fields stay');
    const me = await server.api('GET', `${demoBase}/me`, { token: await ana.token() });
    assert.equal(me.body.member.locale, 'es', "the language is the member's (sign-in codes use it too)");
  });

  it('refuses bad input with a 400 that names the field, and anonymous callers with a 401', async () => {
    const bob = await person(server, uniqueEmail('bob'), 'Bob');
    const patch = async (body: unknown) =>
      server.api('PATCH', `${demoBase}/me/notification-preferences`, { token: await bob.token(), body });
    for (const [body, field] of [
      [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ locale: 'fr' }, 'locale'],
      [{ email: { weekly: true } }, 'email'],
      [{ email: { reminders: 'no' } }, 'email.reminders'],
    ] as const) {
      const r = await patch(body);
      assert.equal(r.status, 400, JSON.stringify(body));
      assert.equal(r.body.error.code, 'VALIDATION_FAILED');
      assert.ok(JSON.stringify(r.body.error).includes(field), `${field}: ${JSON.stringify(r.body.error)}`);
    }
    assert.equal((await server.api('GET', `${demoBase}/me/notification-preferences`)).status, 401);
    assert.equal((await server.api('PATCH', `${demoBase}/me/notification-preferences`, { body: {} })).status, 401);
  });
});
