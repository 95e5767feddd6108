import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { startTestServer, type TestServer } from '../testing/test-server.js';

describe('mail through a real SMTP server on loopback (SMTP_URL)', () => {
  let smtp: SMTPServer;
  let server: TestServer;
  const received: ParsedMail[] = [];
  const authenticated: string[] = [];

  before(async () => {
    smtp = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      authOptional: false,
      onAuth(auth, _session, callback) {
        authenticated.push(auth.username ?? '');
        if (auth.username === 'mailer' && auth.password === 's3cret') return callback(null, { user: auth.username });
        callback(new Error('bad credentials'));
      },
      onData(stream, _session, callback) {
        simpleParser(stream).then((mail) => {
          received.push(mail);
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    server = await startTestServer({
      SMTP_URL: `smtp://mailer:s3cret@127.0.0.1:${port}`,
      MAIL_FROM: 'Riverside <mentors@riverside.example>',
    });
  });
  after(async () => {
    await server.stop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('sends the sign-in code by SMTP, and the code signs in', async () => {
    const r = await server.api('POST', '/v1/communities/demo/auth/code', { body: { email: 'ben@example.com', locale: 'es' } });
    assert.equal(r.status, 202);
    await server.services.background.drain();
    assert.equal(received.length, 1);
    const mail = received[0]!;
    assert.deepEqual(authenticated, ['mailer']);
    assert.equal(mail.from?.value[0]?.address, 'mentors@riverside.example');
    assert.equal((Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address, 'ben@example.com');
    const code = mail.subject?.match(/^(\d{6}) es tu código/)?.[1];
    assert.ok(code, `Spanish subject with the code: ${mail.subject}`);
    assert.match(mail.text ?? '', /#community=demo&magic=ml_/);
    assert.match(mail.html || '', new RegExp(code));
    const verified = await server.api('POST', '/v1/communities/demo/auth/verify', { body: { email: 'ben@example.com', code } });
    assert.equal(verified.status, 200);
    const health = await server.api('GET', '/health');
    assert.equal(health.body.mail, 'smtp');
  });
});
