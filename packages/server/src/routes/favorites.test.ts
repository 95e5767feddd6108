import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const base = '/v1/communities/demo';

describe('favorites (SPEC M6)', () => {
  let server: TestServer;
  let ben: string;
  let mentorIds: string[];
  const favorites = async (token = ben) =>
    (await server.api('GET', `${base}/me/favorites`, { token })).body.items.map((m: { id: string }) => m.id);

  before(async () => {
    server = await startTestServer();
    ben = (await server.signIn('ben@example.com')).accessToken;
    mentorIds = (await server.api('GET', `${base}/mentors?sort=newest&limit=3`)).body.items.map((m: { id: string }) => m.id);
  });
  after(() => server.stop());

  it('adds, lists (newest first) and removes, idempotently', async () => {
    const [a, b] = mentorIds as [string, string];
    assert.deepEqual(await favorites(), []);
    for (let i = 0; i < 2; i++) {
      const r = await server.api('PUT', `${base}/me/favorites/${a}`, { token: ben });
      assert.equal(r.status, 200);
      assert.deepEqual(r.body, { ok: true });
    }
    server.advanceClock(1000);
    await server.api('PUT', `${base}/me/favorites/${b}`, { token: ben });
    const listed = (await server.api('GET', `${base}/me/favorites`, { token: ben })).body.items;
    assert.deepEqual(
      listed.map((m: { id: string }) => m.id),
      [b, a],
    );
    assert.ok(listed[0].displayName && listed[0].favoritedAt);
    for (let i = 0; i < 2; i++) assert.equal((await server.api('DELETE', `${base}/me/favorites/${a}`, { token: ben })).status, 200);
    assert.deepEqual(await favorites(), [b]);
  });

  it("keeps each member's list their own", async () => {
    const dana = (await server.signIn('dana@example.com')).accessToken;
    assert.deepEqual(await favorites(dana), []);
  });

  it('refuses unknown and hidden mentors, and strangers', async () => {
    const unknown = await server.api('PUT', `${base}/me/favorites/unknownMentor123`, { token: ben });
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, 'MENTOR_NOT_FOUND');
    assert.equal((await server.api('PUT', `${base}/me/favorites/bad!id`, { token: ben })).status, 400);
    assert.equal((await server.api('PUT', `${base}/me/favorites/${mentorIds[0]}`)).status, 401);
    assert.equal((await server.api('GET', `${base}/me/favorites`)).status, 401);

    // A saved mentor who stops mentoring drops out of the list, and comes back when listed again.
    const community = await server.services.communities.getBySlug('demo');
    const hidden = mentorIds[2]!;
    await server.api('PUT', `${base}/me/favorites/${hidden}`, { token: ben });
    const profile = (await server.services.mentors.findProfile(community.id, hidden))!;
    await server.services.mentors.update(community.id, hidden, profile.version, { mentoringEnabled: false }, server.services.now());
    assert.ok(!(await favorites()).includes(hidden));
    assert.equal((await server.api('PUT', `${base}/me/favorites/${hidden}`, { token: ben })).status, 404);
    await server.services.mentors.update(community.id, hidden, profile.version + 1, { mentoringEnabled: true }, server.services.now());
    assert.ok((await favorites()).includes(hidden));
  });
});
