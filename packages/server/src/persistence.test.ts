import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig } from './config.js';
import { startServer } from './server.js';
import { seedDemo } from './demo/demo-seed.js';

describe('data survives a restart (SPEC O1)', () => {
  it('keeps members, settings and sign-in sessions across a graceful restart', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'mentorkit-restart-'));
    const config = loadConfig({ NODE_ENV: 'test', PORT: '0', MENTORKIT_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    try {
      const first = await startServer(config);
      const { secretKey } = await seedDemo(first.services);
      const post = (url: string, p: string, body: unknown, token?: string) =>
        fetch(url + p, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(body),
        });
      const imported = await post(
        first.url,
        '/v1/communities/demo/members/import',
        { members: [{ email: 'kept@example.com', name: 'Kept', membershipType: 'Mentor' }] },
        secretKey,
      );
      assert.equal(imported.status, 200);
      const { refreshToken } = await first.services.authSessions.start(
        (await first.services.communities.getBySlug('demo')).id,
        (await first.services.members.findByEmail((await first.services.communities.getBySlug('demo')).id, 'kept@example.com'))!.id,
        new Date(),
      );
      await first.close();

      const second = await startServer(config);
      const again = await seedDemo(second.services);
      assert.equal(again.created, false, 'the demo is not seeded twice');
      const members = await fetch(second.url + '/v1/communities/demo/members?q=kept', {
        headers: { authorization: `Bearer ${secretKey}` },
      });
      assert.deepEqual(
        (await members.json()).items.map((m: any) => m.name),
        ['Kept'],
      );
      const refreshed = await post(second.url, '/v1/communities/demo/auth/refresh', { refreshToken });
      assert.equal(refreshed.status, 200, 'the signing secret and the session survived');
      await second.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
