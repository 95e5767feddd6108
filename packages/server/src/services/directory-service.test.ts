import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { MentorStatus } from '@mentorkit/core';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { MentorProfileFields } from '../repositories/mentor-repository.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { createCommunity } from './community-service.js';

const base = '/v1/communities/directory-test';
const DAY = 86_400_000;

interface Seed {
  key: string;
  name: string;
  expertise: string[];
  languages: string[];
  company: string;
  rate: number;
  ratings?: number[];
  sessions?: number;
  status?: MentorStatus;
  enabled?: boolean;
  currency?: string;
}

const seeds: Seed[] = [
  {
    key: 'jose',
    name: 'José Martínez',
    expertise: ['Backend', 'Go'],
    languages: ['es', 'en'],
    company: 'Cloudbase',
    rate: 60,
    ratings: [5, 4],
    sessions: 3,
  },
  {
    key: 'rusty',
    name: 'Rusty Nail',
    expertise: ['Design', 'Figma'],
    languages: ['en'],
    company: 'Hammer Co',
    rate: 0,
    ratings: [5],
    sessions: 1,
  },
  {
    key: 'lucas',
    name: 'Lucas Pereira',
    expertise: ['Rust', 'Databases'],
    languages: ['pt', 'en'],
    company: 'Ferro',
    rate: 50,
    sessions: 7,
  },
  {
    key: 'maria',
    name: 'Maria Lopez',
    expertise: ['Product management'],
    languages: ['es'],
    company: 'Rust Belt Labs',
    rate: 0,
    ratings: [3],
  },
  {
    key: 'zoe',
    name: 'Zoë Clarke',
    expertise: ['Design', 'UX research'],
    languages: ['en'],
    company: 'Hearth',
    rate: 45,
    ratings: [4, 4],
    sessions: 2,
  },
  {
    key: 'chen',
    name: 'Chen Wei',
    expertise: ['Machine learning', 'Python'],
    languages: ['en', 'zh'],
    company: 'Insight',
    rate: 20,
    currency: 'EUR',
  },
  { key: 'paula', name: 'Paula Pending', expertise: ['Design'], languages: ['en'], company: 'Wait', rate: 0, status: 'pending' },
  { key: 'dan', name: 'Dan Disabled', expertise: ['Design'], languages: ['en'], company: 'Off', rate: 0, enabled: false },
  { key: 'rita', name: 'Rita Rejected', expertise: ['Design'], languages: ['en'], company: 'No', rate: 0, status: 'rejected' },
];

describe('mentor directory over HTTP (SPEC M4)', () => {
  let server: TestServer;
  let community: CommunityRecord;
  const ids = new Map<string, string>();
  const keyOf = new Map<string, string>();

  const list = async (query: string) => {
    const r = await server.api('GET', `${base}/mentors?${query}`);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return r.body as { items: { id: string; displayName: string }[]; nextCursor: string | null; total: number; facets: any };
  };
  const keys = async (query: string) => (await list(query)).items.map((m) => keyOf.get(m.id));
  /** Walks every page with `limit`, returning the ids in order. */
  const allPages = async (query: string, limit: number, from: string | null = null) => {
    const out: string[] = [];
    let cursor: string | null = from;
    for (let i = 0; i < 50; i++) {
      const page = await list(`${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      out.push(...page.items.map((m) => m.id));
      cursor = page.nextCursor;
      if (!cursor) return out;
    }
    throw new Error('too many pages');
  };

  before(async () => {
    server = await startTestServer();
    const { services } = server;
    ({ community } = await createCommunity(services, { slug: 'directory-test', name: 'Directory Test' }));
    const now = services.now().getTime();
    for (const [i, seed] of seeds.entries()) {
      const email = `${seed.key}@dir.example`;
      const { member } = await services.members.upsert(community.id, { email, name: seed.name, membershipType: 'Mentor' }, new Date(now));
      const fields: MentorProfileFields = {
        displayName: seed.name,
        bio: `${seed.name} mentors people in ${seed.expertise.join(' and ')}.`,
        expertise: seed.expertise,
        languages: seed.languages,
        company: seed.company,
        links: {},
        timeZone: 'Europe/Madrid',
        hourlyRate: seed.rate,
        currency: seed.currency ?? 'USD',
        mentoringEnabled: seed.enabled ?? true,
      };
      // Older first: jose is the oldest, rita the newest.
      await services.mentors.create(community.id, member.id, fields, seed.status ?? 'approved', new Date(now - (seeds.length - i) * DAY));
      for (const rating of seed.ratings ?? []) await services.mentors.recordRating(community.id, member.id, rating);
      for (let s = 0; s < (seed.sessions ?? 0); s++) await services.mentors.recordCompletedSession(community.id, member.id, 60);
      ids.set(seed.key, member.id);
      keyOf.set(member.id, seed.key);
    }
    // Only Lucas has availability: every day, all day.
    await services.availability.set(
      community.id,
      ids.get('lucas')!,
      {
        timeZone: 'Europe/Madrid',
        weekly: [0, 1, 2, 3, 4, 5, 6].map((dayOfWeek) => ({ dayOfWeek, start: '00:00', end: '24:00' })),
        overrides: [],
        blackouts: [],
      },
      new Date(now),
    );
  });
  after(() => server.stop());

  it('lists only approved mentors with mentoring enabled', async () => {
    const page = await list('limit=50');
    assert.equal(page.total, 6);
    assert.deepEqual(new Set(page.items.map((m) => keyOf.get(m.id))), new Set(['jose', 'rusty', 'lucas', 'maria', 'zoe', 'chen']));
  });

  it('searches name, skills and company ignoring case and accents', async () => {
    assert.deepEqual(await keys('q=jose'), ['jose']);
    assert.deepEqual(await keys('q=JOSÉ'), ['jose']);
    assert.deepEqual(await keys('q=martinez'), ['jose']);
    assert.deepEqual(await keys('q=mar%C3%ADa'), ['maria'], '"maría" finds the unaccented Maria');
    assert.deepEqual(await keys('q=zoe'), ['zoe']);
    assert.deepEqual(await keys('q=figma'), ['rusty'], 'skills');
    assert.deepEqual(await keys('q=cloudbase'), ['jose'], 'company');
    assert.deepEqual(await keys('q=design%20zoe'), ['zoe'], 'every term must match');
    assert.deepEqual(await keys('q=nobody'), []);
  });

  it('treats the query as text, not a pattern', async () => {
    for (const q of ['.*', '(', '[a-z]+', '\\', '$where']) {
      const page = await list(`q=${encodeURIComponent(q)}`);
      assert.equal(page.total, 0, q);
    }
  });

  it('ranks name matches before skill matches before company matches (relevance)', async () => {
    assert.deepEqual(await keys('q=rust'), ['rusty', 'lucas', 'maria']);
  });

  it('filters by expertise, language, free only and max rate', async () => {
    assert.deepEqual(new Set(await keys('expertise=design')), new Set(['rusty', 'zoe']));
    assert.deepEqual(new Set(await keys('expertise=DESIGN,go')), new Set(['rusty', 'zoe', 'jose']), 'any of the listed tags');
    assert.deepEqual(new Set(await keys('language=es')), new Set(['jose', 'maria']));
    assert.deepEqual(new Set(await keys('language=zh,pt')), new Set(['chen', 'lucas']));
    assert.deepEqual(new Set(await keys('freeOnly=true')), new Set(['rusty', 'maria']));
    assert.deepEqual(new Set(await keys('maxRate=45')), new Set(['rusty', 'maria', 'zoe', 'chen']));
    assert.deepEqual(await keys('expertise=design&maxRate=10'), ['rusty'], 'filters combine');
    assert.deepEqual(await keys('language=en&q=design&freeOnly=1'), ['rusty']);
  });

  it('caps the rate within one currency: paid mentors in another currency are left out, free ones stay (issue 10, defect 5)', async () => {
    assert.ok((await keys('maxRate=50')).includes('chen'), 'without a currency the cap compares bare numbers');
    const usd = await keys('maxRate=50&currency=USD');
    assert.ok(!usd.includes('chen'), 'EUR 20 is not under USD 50');
    for (const key of ['rusty', 'maria', 'zoe', 'lucas']) assert.ok(usd.includes(key), key);
    assert.deepEqual(
      (await keys('maxRate=30&currency=eur')).filter((k) => k === 'chen'),
      ['chen'],
    );
  });

  it('filters to mentors with open slots in the next N days', async () => {
    assert.deepEqual(await keys('hasOpenSlotsWithinDays=7'), ['lucas']);
    assert.deepEqual(await keys('hasOpenSlotsWithinDays=7&language=es'), []);
    const page = await list('hasOpenSlotsWithinDays=3');
    assert.equal(page.total, 1);
    assert.deepEqual(page.facets.languages, [
      { value: 'en', count: 1 },
      { value: 'pt', count: 1 },
    ]);
  });

  it('sorts by rating, sessions and newest', async () => {
    assert.deepEqual((await keys('sort=rating')).slice(0, 4), ['rusty', 'jose', 'zoe', 'maria']);
    assert.deepEqual(new Set((await keys('sort=rating')).slice(4)), new Set(['lucas', 'chen']), 'unrated last');
    assert.deepEqual(await keys('sort=sessions'), ['lucas', 'jose', 'zoe', 'rusty', 'maria', 'chen']);
    assert.deepEqual(await keys('sort=newest'), ['chen', 'zoe', 'maria', 'lucas', 'rusty', 'jose']);
    assert.deepEqual(await keys('sort=relevance'), await keys('sort=rating'), 'without q, relevance follows rating');
  });

  it('pages with cursors without duplicates or gaps, for every sort', async () => {
    for (const query of [
      'sort=relevance',
      'sort=rating',
      'sort=sessions',
      'sort=newest',
      'sort=relevance&q=rust',
      'expertise=design,go&sort=newest',
    ]) {
      const whole = (await list(`${query}&limit=50`)).items.map((m) => m.id);
      for (const limit of [1, 2, 4]) {
        const paged = await allPages(query, limit);
        assert.deepEqual(paged, whole, `${query} limit ${limit}`);
      }
    }
  });

  it('keeps pages stable when mentors are added between pages', async () => {
    const first = await list('sort=newest&limit=2');
    const { services } = server;
    const { member } = await services.members.upsert(
      community.id,
      { email: 'late@dir.example', name: 'Late Comer', membershipType: 'Mentor' },
      services.now(),
    );
    await services.mentors.create(
      community.id,
      member.id,
      {
        displayName: 'Late Comer',
        bio: 'Joined while you were paging.',
        expertise: ['Go'],
        languages: ['en'],
        links: {},
        timeZone: 'UTC',
        hourlyRate: 0,
        currency: 'USD',
        mentoringEnabled: true,
      },
      'approved',
      services.now(),
    );
    try {
      const rest = await allPages('sort=newest', 2, first.nextCursor);
      assert.deepEqual(
        [...first.items.map((m) => keyOf.get(m.id)), ...rest.map((id) => keyOf.get(id))],
        ['chen', 'zoe', 'maria', 'lucas', 'rusty', 'jose'],
        'the newcomer sorts before the cursor and does not shift later pages',
      );
    } finally {
      await services.mentors.update(community.id, member.id, 1, { mentoringEnabled: false }, services.now());
    }
  });

  it('counts facets over the whole filtered set, ignoring paging', async () => {
    const all = await list('limit=1');
    assert.equal(all.items.length, 1);
    assert.equal(all.total, 6);
    const expertise = Object.fromEntries(all.facets.expertise.map((f: { value: string; count: number }) => [f.value, f.count]));
    assert.equal(expertise.Design, 2, 'hidden mentors are not counted');
    assert.equal(expertise.Go, 1);
    assert.equal(all.facets.expertise[0].value, 'Design', 'most frequent first');
    assert.deepEqual(all.facets.languages, [
      { value: 'en', count: 5 },
      { value: 'es', count: 2 },
      { value: 'pt', count: 1 },
      { value: 'zh', count: 1 },
    ]);
    const spanish = await list('language=es&limit=1');
    assert.equal(spanish.total, 2);
    assert.deepEqual(
      [...spanish.facets.expertise].sort((a: { value: string }, b: { value: string }) => a.value.localeCompare(b.value)),
      [
        { value: 'Backend', count: 1 },
        { value: 'Go', count: 1 },
        { value: 'Product management', count: 1 },
      ],
    );
  });

  it('reflects writes at once (the index follows the directory stamp)', async () => {
    const { services } = server;
    const chen = ids.get('chen')!;
    await services.mentors.update(community.id, chen, 1, { displayName: 'Chén Wèi Renamed' }, services.now());
    assert.deepEqual(await keys('q=renamed'), ['chen']);
    await services.mentors.recordRating(community.id, chen, 5);
    await services.mentors.recordRating(community.id, chen, 5);
    assert.equal((await keys('sort=rating'))[0], 'chen');
    await services.mentors.setStatus(community.id, ids.get('paula')!, 'approved', undefined, services.now());
    assert.ok((await keys('q=paula')).includes('paula'));
  });

  it('refuses bad queries with 400', async () => {
    const rating = await list('sort=rating&limit=1');
    for (const query of [
      `sort=newest&cursor=${rating.nextCursor}`,
      'cursor=not-a-cursor',
      `cursor=${Buffer.from('{"s":"relevance","k":["x"],"id":1}').toString('base64url')}`,
      'limit=51',
      'limit=0',
      'hasOpenSlotsWithinDays=31',
      'maxRate=-1',
      'sort=price',
      'unknown=1',
      `q=${'x'.repeat(101)}`,
    ]) {
      const r = await server.api('GET', `${base}/mentors?${query}`);
      assert.equal(r.status, 400, query);
      assert.equal(r.body.error.code, 'VALIDATION_FAILED', query);
    }
  });
});
