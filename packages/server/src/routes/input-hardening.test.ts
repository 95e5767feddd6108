import assert from 'node:assert/strict';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const base = '/v1/communities/demo';

/** Issue 11, item 6: low findings about input and files. */
describe('input and file hardening', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  it('refuses CR and LF (and other control characters) in community and member names', async () => {
    for (const name of ['Evil\r\nBcc: victim@example.org', 'Line\nbreak', 'Tab\u0007bell']) {
      const r = await server.api('PATCH', `${base}/settings`, { token: server.secretKey, body: { name } });
      assert.equal(r.status, 400, JSON.stringify(name));
    }
    const imported = await server.api('POST', `${base}/members/import`, {
      token: server.secretKey,
      body: { members: [{ email: 'crlf@example.org', name: 'A\r\nB' }] },
    });
    assert.equal(imported.status, 400);
    assert.equal(
      (await server.api('PATCH', `${base}/settings`, { token: server.secretKey, body: { name: 'Riverside Tech Circle' } })).status,
      200,
    );
  });

  it('refuses unknown CSV columns, __proto__ included, as JSON import refuses unknown fields', async () => {
    for (const header of ['email,name,nickname', 'email,name,__proto__', 'email,name,constructor']) {
      const r = await server.api('POST', `${base}/members/import`, {
        token: server.secretKey,
        headers: { 'content-type': 'text/csv' },
        raw: `${header}\ncsv-col@example.org,Col Umn,x\n`,
      });
      assert.equal(r.status, 400, header);
      assert.equal(r.body.error.code, 'IMPORT_INVALID');
      assert.match(r.body.error.message, /column/i, header);
    }
    const json = await server.api('POST', `${base}/members/import`, {
      token: server.secretKey,
      body: { members: [{ email: 'j@example.org', name: 'J', nickname: 'x' }] },
    });
    assert.equal(json.status, 400);
    const ok = await server.api('POST', `${base}/members/import`, {
      token: server.secretKey,
      headers: { 'content-type': 'text/csv' },
      raw: 'Email,Full Name,Membership Type\nok-col@example.org,Oak Col,Mentee\n',
    });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
  });

  it('keeps the data directory private (0700) and outbox mail readable by the owner only (0600)', async () => {
    await server.api('POST', `${base}/auth/code`, { body: { email: 'ben@example.com' } });
    await server.codeFor('ben@example.com');
    assert.equal((await stat(server.dataDir)).mode & 0o777, 0o700);
    const outbox = path.join(server.dataDir, 'outbox');
    assert.equal((await stat(outbox)).mode & 0o777, 0o700);
    const files = await readdir(outbox);
    assert.ok(files.length > 0);
    for (const file of files) assert.equal((await stat(path.join(outbox, file))).mode & 0o777, 0o600, file);
    for (const file of await readdir(server.dataDir)) {
      const info = await stat(path.join(server.dataDir, file));
      if (info.isFile()) assert.equal(info.mode & 0o077, 0, `${file} is not readable by others`);
    }
  });
});
