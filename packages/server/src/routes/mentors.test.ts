import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCommunity } from '../services/community-service.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const base = '/v1/communities/demo';

const application = {
  bio: 'Ten years of backend work; happy to help with APIs and careers.',
  expertise: ['Backend', 'Node.js'],
  languages: ['en'],
  timeZone: 'Europe/London',
};

/** Bytes that start like each image type (the service reads only the signature). */
/** Structurally valid (the service walks their chunks to strip metadata) but tiny images with no metadata. */
const images = {
  png: Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from([0, 0, 0, 13]),
    Buffer.from('IHDR'),
    Buffer.alloc(13, 1),
    Buffer.alloc(4),
    Buffer.from([0, 0, 0, 64]),
    Buffer.from('IDAT'),
    Buffer.alloc(64, 1),
    Buffer.alloc(4),
    Buffer.from([0, 0, 0, 0]),
    Buffer.from('IEND'),
    Buffer.alloc(4),
  ]),
  jpeg: Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]),
    Buffer.from('JFIF\0'),
    Buffer.alloc(9, 1),
    Buffer.from([0xff, 0xda, 0, 12]),
    Buffer.alloc(10, 2),
    Buffer.alloc(64, 2),
    Buffer.from([0xff, 0xd9]),
  ]),
  webp: Buffer.concat([
    Buffer.from('RIFF'),
    Buffer.from([76, 0, 0, 0]),
    Buffer.from('WEBPVP8 '),
    Buffer.from([64, 0, 0, 0]),
    Buffer.alloc(64, 3),
  ]),
  gif: Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(64, 4)]),
};

describe('mentor profiles: apply, approve, edit, photo (SPEC C7, M1–M3, M5)', () => {
  let server: TestServer;
  const tokens = new Map<string, string>();
  /** Signs in once per email (the per-IP sign-in limit is 30 per 15 minutes). */
  const token = async (email: string) => {
    if (!tokens.has(email)) tokens.set(email, (await server.signIn(email)).accessToken);
    return tokens.get(email)!;
  };
  const addMembers = async (...rows: { email: string; name: string; membershipType: string; isAdmin?: boolean }[]) => {
    const r = await server.api('POST', `${base}/members/import`, { token: server.secretKey, body: { members: rows } });
    assert.equal(r.status, 200, JSON.stringify(r.body));
  };
  const apply = async (email: string, body: unknown = application) =>
    server.api('POST', `${base}/me/mentor-profile`, { token: await token(email), body });
  const myProfile = async (email: string) => server.api('GET', `${base}/me/mentor-profile`, { token: await token(email) });
  const listedIds = async (query = '') =>
    ((await server.api('GET', `${base}/mentors?limit=50${query}`)).body.items as { id: string }[]).map((m) => m.id);

  before(async () => {
    server = await startTestServer();
    await addMembers(
      { email: 'pia@example.com', name: 'Pía Núñez', membershipType: 'Mentee' },
      { email: 'quinn@example.com', name: 'Quinn', membershipType: 'Mentee' },
      { email: 'rex@example.com', name: 'Rex', membershipType: 'Student' },
      { email: 'sam@example.com', name: 'Sam', membershipType: 'Mentee' },
      { email: 'tess@example.com', name: 'Tess', membershipType: 'Mentee' },
      { email: 'uma@example.com', name: 'Uma', membershipType: 'Mentee' },
      { email: 'vic@example.com', name: 'Vic', membershipType: 'Mentor' },
    );
  });
  after(() => server.stop());

  it('applies as pending, stays hidden until an admin approves, then holds the mentor role (C7, M2)', async () => {
    const applied = await apply('pia@example.com', { ...application, company: 'Acme' });
    assert.equal(applied.status, 201, JSON.stringify(applied.body));
    const id = applied.body.id;
    assert.equal(applied.body.status, 'pending');
    assert.equal(applied.body.displayName, 'Pía Núñez', 'display name defaults to the member name');
    assert.equal(applied.body.version, 1);
    assert.deepEqual(applied.body.rating, { average: null, count: 0 });
    const me = await server.api('GET', `${base}/me`, { token: await token('pia@example.com') });
    assert.equal(me.body.member.id, id, 'the mentor id is the member id');
    assert.equal(me.body.roles.isMentor, false);

    assert.ok(!(await listedIds()).includes(id), 'pending mentors are not listed');
    assert.equal((await server.api('GET', `${base}/mentors/${id}`)).status, 404);
    assert.equal(
      (await server.api('GET', `${base}/mentors/${id}`, { token: await token('ben@example.com') })).body.error.code,
      'MENTOR_NOT_FOUND',
    );
    const asAdmin = await server.api('GET', `${base}/mentors/${id}`, { token: await token('admin@example.com') });
    assert.equal(asAdmin.status, 200);
    assert.equal(asAdmin.body.mentor.status, 'pending');
    const queue = await server.api('GET', `${base}/mentor-applications?q=PIA`, { token: server.secretKey });
    assert.deepEqual(
      queue.body.items.map((p: { id: string }) => p.id),
      [id],
      'accent-insensitive search in the queue',
    );

    const approved = await server.api('POST', `${base}/mentors/${id}/approve`, { token: await token('admin@example.com') });
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    assert.equal(approved.body.status, 'approved');
    const meAfter = await server.api('GET', `${base}/me`, { token: await token('pia@example.com') });
    assert.equal(meAfter.body.roles.isMentor, true);
    assert.equal(meAfter.body.roles.isMentee, true);
    assert.ok((await listedIds()).includes(id));
    const page = await server.api('GET', `${base}/mentors/${id}`);
    assert.equal(page.status, 200);
    assert.equal(page.body.mentor.displayName, 'Pía Núñez');
    assert.equal(page.body.mentor.status, undefined, 'the public page hides the status');
    assert.deepEqual(page.body.recentReviews, []);
    assert.deepEqual(page.body.nextOpenSlots, [], 'no availability yet');
    assert.deepEqual(page.body.durations, [30, 60]);
  });

  it('rejects with a reason; the applicant stays hidden and without the role (M2)', async () => {
    const applied = await apply('quinn@example.com');
    const rejected = await server.api('POST', `${base}/mentors/${applied.body.id}/reject`, {
      token: server.secretKey,
      body: { reason: 'Please add more detail' },
    });
    assert.equal(rejected.status, 200);
    assert.equal(rejected.body.status, 'rejected');
    assert.equal((await myProfile('quinn@example.com')).body.status, 'rejected');
    assert.equal((await server.api('GET', `${base}/me`, { token: await token('quinn@example.com') })).body.roles.isMentor, false);
    assert.equal((await server.api('GET', `${base}/mentors/${applied.body.id}`)).status, 404);
    const queue = await server.api('GET', `${base}/mentor-applications?status=rejected`, { token: server.secretKey });
    assert.ok(queue.body.items.some((p: { id: string }) => p.id === applied.body.id));
  });

  it('approves at once under mentorApproval "auto", and for roster mentors (C7)', async () => {
    const set = await server.api('PATCH', `${base}/settings`, { token: server.secretKey, body: { settings: { mentorApproval: 'auto' } } });
    assert.equal(set.status, 200, JSON.stringify(set.body));
    try {
      const applied = await apply('rex@example.com');
      assert.equal(applied.body.status, 'approved');
      assert.equal((await server.api('GET', `${base}/me`, { token: await token('rex@example.com') })).body.roles.isMentor, true);
      assert.ok((await listedIds()).includes(applied.body.id));
    } finally {
      await server.api('PATCH', `${base}/settings`, { token: server.secretKey, body: { settings: { mentorApproval: 'manual' } } });
    }
    const roster = await apply('vic@example.com');
    assert.equal(roster.body.status, 'approved', 'the roster already makes Vic a mentor');
  });

  it('refuses what callers may not do', async () => {
    const pia = (await myProfile('pia@example.com')).body;
    // Not signed in.
    assert.equal((await server.api('POST', `${base}/me/mentor-profile`, { body: application })).status, 401);
    assert.equal((await server.api('GET', `${base}/me/mentor-profile`)).status, 401);
    // Applying twice.
    const twice = await apply('pia@example.com');
    assert.equal(twice.status, 409);
    assert.equal(twice.body.error.code, 'ALREADY_EXISTS');
    // Members who are no mentor have no profile to read or edit.
    const mentee = await myProfile('ben@example.com');
    assert.equal(mentee.status, 403);
    assert.equal(mentee.body.error.code, 'ROLE_REQUIRED');
    const edit = await server.api('PATCH', `${base}/me/mentor-profile`, {
      token: await token('ben@example.com'),
      body: { version: 1, bio: 'A brand new biography' },
    });
    assert.equal(edit.status, 403);
    // Non-admins cannot decide.
    for (const action of ['approve', 'reject']) {
      const r = await server.api('POST', `${base}/mentors/${pia.id}/${action}`, { token: await token('ben@example.com') });
      assert.equal(r.status, 403, action);
      assert.equal(r.body.error.code, 'ROLE_REQUIRED');
    }
    assert.equal((await server.api('POST', `${base}/mentors/${pia.id}/approve`)).status, 401);
    assert.equal((await server.api('GET', `${base}/mentor-applications`, { token: await token('ben@example.com') })).status, 403);
    // Unknown and malformed ids.
    const unknown = await server.api('POST', `${base}/mentors/unknownMentor123/approve`, { token: server.secretKey });
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, 'MENTOR_NOT_FOUND');
    assert.equal((await server.api('GET', `${base}/mentors/unknownMentor123`)).status, 404);
    assert.equal((await server.api('GET', `${base}/mentors/bad!id`)).status, 400);
    // A bad token on a public route is refused, not ignored.
    assert.equal((await server.api('GET', `${base}/mentors/${pia.id}`, { token: 'not-a-token' })).status, 401);
    // A token of another community.
    await createCommunity(server.services, { slug: 'other', name: 'Other Circle' });
    const other = await server.api('GET', '/v1/communities/other/me/mentor-profile', { token: await token('pia@example.com') });
    assert.equal(other.status, 401);
    const otherApprove = await server.api('POST', `/v1/communities/other/mentors/${pia.id}/approve`, {
      token: await token('admin@example.com'),
    });
    assert.equal(otherApprove.status, 401);
    const otherKey = await server.api('POST', `/v1/communities/other/mentors/${pia.id}/approve`, { token: server.secretKey });
    assert.equal(otherKey.status, 401, "the demo secret key is not the other community's");
    assert.equal((await server.api('GET', `/v1/communities/other/mentors/${pia.id}`)).status, 404, 'profiles do not cross communities');
  });

  it('edits with the current version; a stale version is 409 and changes nothing (M1)', async () => {
    const email = 'pia@example.com';
    const before = (await myProfile(email)).body;
    const first = await server.api('PATCH', `${base}/me/mentor-profile`, {
      token: await token(email),
      body: { version: before.version, jobTitle: 'Staff Engineer', hourlyRate: 40, currency: 'eur', company: null },
    });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.version, before.version + 1);
    assert.equal(first.body.jobTitle, 'Staff Engineer');
    assert.equal(first.body.currency, 'EUR');
    assert.equal(first.body.company, undefined, 'null clears');

    const stale = await server.api('PATCH', `${base}/me/mentor-profile`, {
      token: await token(email),
      body: { version: before.version, jobTitle: 'Overwritten?' },
    });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.code, 'STALE_VERSION');
    assert.deepEqual(stale.body.error.details, { currentVersion: before.version + 1, yourVersion: before.version });
    assert.deepEqual((await myProfile(email)).body, first.body, 'the stored profile is unchanged');

    // Two edits from the same version at once: exactly one lands.
    const results = await Promise.all(
      ['Alpha', 'Beta', 'Gamma', 'Delta'].map(async (jobTitle) =>
        server.api('PATCH', `${base}/me/mentor-profile`, { token: await token(email), body: { version: first.body.version, jobTitle } }),
      ),
    );
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 409, 409, 409]);
    const winner = results.find((r) => r.status === 200)!.body;
    assert.deepEqual((await myProfile(email)).body, winner);
  });

  it('refuses bad input with the failing fields and changes nothing (M1)', async () => {
    const email = 'pia@example.com';
    const before = (await myProfile(email)).body;
    const cases: [string, Record<string, unknown>, string][] = [
      ['javascript: link', { links: { website: 'javascript:alert(1)' } }, 'links.website'],
      ['ftp link', { links: { linkedin: 'ftp://example.com/me' } }, 'links.linkedin'],
      ['bio too short', { bio: 'Too short' }, 'bio'],
      ['bio too long', { bio: 'x'.repeat(501) }, 'bio'],
      ['11 tags', { expertise: Array.from({ length: 11 }, (_, i) => `Skill ${i}`) }, 'expertise'],
      ['no tags', { expertise: [] }, 'expertise'],
      ['unknown zone', { timeZone: 'Europe/Atlantis' }, 'timeZone'],
      ['negative rate', { hourlyRate: -5 }, 'hourlyRate'],
      ['http intro video', { introVideoUrl: 'http://video.example/intro' }, 'introVideoUrl'],
      ['unknown field', { status: 'approved' }, '(root)'],
      ['ratings are not editable', { ratingSum: 50 }, '(root)'],
      ['missing version', { version: undefined }, 'version'],
    ];
    for (const [name, patch, path] of cases) {
      const r = await server.api('PATCH', `${base}/me/mentor-profile`, {
        token: await token(email),
        body: { version: before.version, ...patch },
      });
      assert.equal(r.status, 400, name);
      assert.equal(r.body.error.code, 'VALIDATION_FAILED', name);
      assert.ok(
        r.body.error.details.some((d: { path: string }) => d.path === path),
        `${name}: expected ${path} in ${JSON.stringify(r.body.error.details)}`,
      );
    }
    const malformed = await server.api('PATCH', `${base}/me/mentor-profile`, {
      token: await token(email),
      raw: '{"version":',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(malformed.status, 400);
    const applyBad = await apply('sam@example.com', { ...application, links: { x: 'javascript:alert(1)' } });
    assert.equal(applyBad.status, 400);
    assert.equal((await myProfile('sam@example.com')).status, 403, 'a refused application creates nothing');
    assert.deepEqual((await myProfile(email)).body, before, 'nothing changed');
  });

  it('hides a mentor who turns mentoring off, and shows them again when back on (M2)', async () => {
    const email = 'pia@example.com';
    const current = (await myProfile(email)).body;
    const off = await server.api('PATCH', `${base}/me/mentor-profile`, {
      token: await token(email),
      body: { version: current.version, mentoringEnabled: false },
    });
    assert.equal(off.status, 200);
    assert.ok(!(await listedIds()).includes(current.id));
    assert.equal((await server.api('GET', `${base}/mentors/${current.id}`)).status, 404);
    assert.equal(
      (await server.api('GET', `${base}/mentors/${current.id}`, { token: server.secretKey })).body.mentor.mentoringEnabled,
      false,
    );
    await server.api('PATCH', `${base}/me/mentor-profile`, {
      token: await token(email),
      body: { version: off.body.version, mentoringEnabled: true },
    });
    assert.ok((await listedIds()).includes(current.id));
  });

  describe('photo upload (M3)', () => {
    const upload = async (email: string, bytes: Buffer, contentType: string) =>
      fetch(`${server.url}${base}/me/mentor-profile/photo`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${await token(email)}`, 'content-type': contentType },
        body: new Uint8Array(bytes),
      });

    for (const [kind, type] of [
      ['png', 'image/png'],
      ['jpeg', 'image/jpeg'],
      ['webp', 'image/webp'],
    ] as const) {
      it(`stores a ${kind} by its bytes and serves it with cache headers`, async () => {
        // Declared as octet-stream: the type comes from the bytes.
        const r = await upload('pia@example.com', images[kind], 'application/octet-stream');
        assert.equal(r.status, 200, await r.clone().text());
        const profile = (await r.json()) as { photoUrl: string; id: string };
        const url = new URL(profile.photoUrl);
        assert.equal(url.pathname, `${base}/mentors/${profile.id}/photo`);
        const photo = await fetch(server.url + url.pathname + url.search);
        assert.equal(photo.status, 200);
        assert.equal(photo.headers.get('content-type'), type);
        assert.match(photo.headers.get('cache-control') ?? '', /public, max-age=\d+/);
        const etag = photo.headers.get('etag');
        assert.match(etag ?? '', /^"[\w-]+"$/);
        assert.deepEqual(Buffer.from(await photo.arrayBuffer()), images[kind]);
        const again = await fetch(server.url + url.pathname, { headers: { 'if-none-match': etag! } });
        assert.equal(again.status, 304);
        // The public page and the directory show the photo URL.
        assert.equal((await server.api('GET', `${base}/mentors/${profile.id}`)).body.mentor.photoUrl, profile.photoUrl);
      });
    }

    it('takes multipart/form-data with a "photo" file', async () => {
      const form = new FormData();
      form.set('photo', new Blob([images.png], { type: 'image/png' }), 'me.png');
      const r = await fetch(`${server.url}${base}/me/mentor-profile/photo`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${await token('pia@example.com')}` },
        body: form,
      });
      assert.equal(r.status, 200, await r.clone().text());
    });

    it('refuses a GIF, text named .png and an empty body, whatever the header says', async () => {
      const before = (await myProfile('pia@example.com')).body.photoUrl;
      const gif = await upload('pia@example.com', images.gif, 'image/png');
      assert.equal(gif.status, 415);
      assert.equal(((await gif.json()) as { error: { code: string } }).error.code, 'UNSUPPORTED_MEDIA_TYPE');
      const text = await upload('pia@example.com', Buffer.from('definitely not a picture, just text.png'), 'image/png');
      assert.equal(text.status, 415);
      assert.equal((await upload('pia@example.com', Buffer.alloc(0), 'image/png')).status, 400);
      assert.equal((await myProfile('pia@example.com')).body.photoUrl, before, 'the photo is unchanged');
    });

    it('accepts 2 MB and answers 413 above it', async () => {
      const twoMb = Buffer.concat([images.png, Buffer.alloc(2 * 1024 * 1024 - images.png.length)]);
      assert.equal((await upload('pia@example.com', twoMb, 'image/png')).status, 200);
      const tooBig = await upload('pia@example.com', Buffer.concat([twoMb, Buffer.alloc(1)]), 'image/png');
      assert.equal(tooBig.status, 413);
      const huge = await upload('pia@example.com', Buffer.concat([twoMb, Buffer.alloc(512 * 1024)]), 'image/png');
      assert.equal(huge.status, 413);
      // JSON routes keep their 1 MB limit.
      const bigJson = await server.api('PATCH', `${base}/me/mentor-profile`, {
        token: await token('pia@example.com'),
        body: { version: 1, bio: 'x'.repeat(1_100_000) },
      });
      assert.equal(bigJson.status, 413);
    });

    it('refuses uploads by members without a profile and unknown photos', async () => {
      assert.equal((await upload('ben@example.com', images.png, 'image/png')).status, 403);
      assert.equal((await fetch(`${server.url}${base}/mentors/unknownMentor123/photo`)).status, 404);
      const noAuth = await fetch(`${server.url}${base}/me/mentor-profile/photo`, { method: 'PUT', body: images.png });
      assert.equal(noAuth.status, 401);
    });
  });
});
