import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { book, mentor, person, setBookingLimit, slotAt, uniqueEmail } from '../testing/booking-fixtures.js';
import { startMailCatcher, type MailCatcher } from '../testing/mail-catcher.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

describe('email delivery through the job table when the SMTP server refuses', () => {
  let smtp: MailCatcher;
  let server: TestServer;
  before(async () => {
    smtp = await startMailCatcher();
    server = await startTestServer({ SMTP_URL: smtp.url });
    await setBookingLimit(server, 1000);
  });
  after(async () => {
    await server.stop();
    await smtp.close();
  });

  it('retries with backoff and delivers exactly once, with the same Message-ID', async () => {
    const ana = await mentor(server);
    const bob = await person(server, uniqueEmail('bob'), 'Bob');
    smtp.refuseNext(2);
    const booked = await book(server, bob, ana.id, slotAt(server, 3, 9));
    assert.equal(booked.status, 201);
    await server.services.jobRunner.runDue();
    assert.deepEqual(smtp.take(), [], 'refused once');
    const communityId = (await server.services.communities.getBySlug('demo')).id;
    const [job] = await server.services.jobs.list(communityId, { kind: 'mail.notification', status: 'pending' });
    assert.ok(job, 'the job waits for its next attempt');
    assert.equal(job.attempts, 1);
    assert.match(job.lastError ?? '', /451|Try again later/);
    const firstRetry = job.runAt.getTime() - server.services.now().getTime();
    assert.ok(firstRetry > 0 && firstRetry <= 30_000, `first retry within 30 s, got ${firstRetry}`);

    await server.services.jobRunner.runDue();
    assert.deepEqual(smtp.take(), [], 'not before its time');
    server.advanceClock(30_000);
    await server.services.jobRunner.runDue();
    assert.deepEqual(smtp.take(), [], 'refused a second time');
    server.advanceClock(60_000);
    await server.services.jobRunner.runDue();
    const delivered = smtp.take();
    assert.deepEqual(
      delivered.map((m) => m.to),
      [ana.email],
    );
    assert.equal(delivered[0]!.header('message-id'), `<${job.id}@mentorkit>`);
    server.advanceClock(3_600_000);
    await server.services.jobRunner.runDue();
    assert.deepEqual(smtp.take(), [], 'and never again');
    assert.equal((await server.services.jobs.findById(communityId, job.id))?.status, 'done');
  });
});
