import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../config.js';
import { publicBindWarning } from '../server.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

/** GET with a chosen Host header (fetch does not let a page or a test set Host). */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Issue 11, item 5: the outbox page shows every community's codes; it must be deliberate and local. */
describe('/dev/mail', () => {
  describe('by default', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer();
    });
    after(() => server.stop());

    it('does not exist unless MENTORKIT_DEV_MAIL is on', async () => {
      assert.equal((await fetch(server.url + '/dev/mail')).status, 404);
    });
  });

  describe('with MENTORKIT_DEV_MAIL=true', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ MENTORKIT_DEV_MAIL: 'true' });
    });
    after(() => server.stop());

    it('lists the outbox on a loopback Host', async () => {
      await server.api('POST', '/v1/communities/demo/auth/code', { body: { email: 'ben@example.com' } });
      await server.codeFor('ben@example.com');
      for (const host of [`localhost:${server.port}`, `127.0.0.1:${server.port}`, 'localhost']) {
        const page = await getWithHost(`${server.url}/dev/mail`, host);
        assert.equal(page.status, 200, host);
        assert.match(page.body, /is your sign-in code/);
      }
    });

    it('refuses any other Host, so a rebinding DNS name cannot read it', async () => {
      for (const host of ['evil.example', `evil.example:${server.port}`, 'localhost.evil.example', '127.0.0.1.nip.io']) {
        const page = await getWithHost(`${server.url}/dev/mail`, host);
        assert.equal(page.status, 403, host);
        assert.doesNotMatch(page.body, /sign-in code/);
      }
    });
  });

  it('cannot be turned on in production', () => {
    assert.throws(() => loadConfig({ NODE_ENV: 'production', MENTORKIT_SECRET: 'x'.repeat(40), MENTORKIT_DEV_MAIL: 'true' }), ConfigError);
  });

  it('warns loudly when a non-production server listens on a public interface', () => {
    const warning = publicBindWarning(loadConfig({ HOST: '0.0.0.0', MENTORKIT_DEV_MAIL: 'true' }));
    assert.match(warning ?? '', /WARNING/);
    assert.match(warning ?? '', /0\.0\.0\.0/);
    assert.match(warning ?? '', /dev\/mail/);
    assert.match(publicBindWarning(loadConfig({ HOST: '192.0.2.10' })) ?? '', /development/);
    assert.equal(publicBindWarning(loadConfig({ HOST: '127.0.0.1' })), null);
    assert.equal(publicBindWarning(loadConfig({ HOST: '::1' })), null);
    assert.equal(publicBindWarning(loadConfig({ NODE_ENV: 'production', MENTORKIT_SECRET: 'x'.repeat(40) })), null);
  });
});
