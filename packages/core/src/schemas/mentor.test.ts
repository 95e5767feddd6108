import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  applyAsMentorInputSchema,
  listMentorsQuerySchema,
  mentorLinksSchema,
  normalizeSearchText,
  setAvailabilityInputSchema,
  updateMentorProfileInputSchema,
} from './mentor.js';

const valid = {
  bio: 'I help new engineers ship their first feature.',
  expertise: ['Frontend', 'React'],
  languages: ['en', 'es'],
  timeZone: 'Europe/Madrid',
};

function failingPaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return result.success ? [] : result.error!.issues.map((i) => i.path.join('.'));
}

describe('normalizeSearchText (SPEC M4)', () => {
  it('folds case and accents', () => {
    assert.equal(normalizeSearchText('José'), 'jose');
    assert.equal(normalizeSearchText('MARÍA  Zoë\tÁlvarez'), 'maria zoe alvarez');
    assert.equal(normalizeSearchText('Ñandú'), 'nandu');
  });

  it('is idempotent and never leaves combining marks or upper case', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const once = normalizeSearchText(text);
        assert.equal(normalizeSearchText(once), once);
        assert.doesNotMatch(once, /[\u0300-\u036f]/);
        assert.equal(once, once.toLowerCase());
      }),
    );
  });
});

describe('applyAsMentorInputSchema (SPEC M1, C7)', () => {
  it('accepts a minimal application and fills defaults', () => {
    const parsed = applyAsMentorInputSchema.parse(valid);
    assert.equal(parsed.hourlyRate, 0);
    assert.equal(parsed.currency, 'USD');
    assert.equal(parsed.mentoringEnabled, true);
    assert.deepEqual(parsed.links, {});
  });

  it('normalizes languages and currency, collapses tag spaces', () => {
    const parsed = applyAsMentorInputSchema.parse({
      ...valid,
      languages: ['EN', ' es '],
      currency: 'eur',
      expertise: ['  Career   change '],
    });
    assert.deepEqual(parsed.languages, ['en', 'es']);
    assert.equal(parsed.currency, 'EUR');
    assert.deepEqual(parsed.expertise, ['Career change']);
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ['bio too short', { bio: 'short' }, 'bio'],
    ['bio too long', { bio: 'x'.repeat(501) }, 'bio'],
    ['no expertise', { expertise: [] }, 'expertise'],
    ['11 tags', { expertise: Array.from({ length: 11 }, (_, i) => `tag${i}`) }, 'expertise'],
    ['duplicate tags by accent and case', { expertise: ['Diseño', 'diseno'] }, 'expertise'],
    ['no languages', { languages: [] }, 'languages'],
    ['language that is no code', { languages: ['english'] }, 'languages.0'],
    ['unknown zone', { timeZone: 'Mars/Olympus' }, 'timeZone'],
    ['offset instead of zone', { timeZone: '+02:00' }, 'timeZone'],
    ['negative rate', { hourlyRate: -1 }, 'hourlyRate'],
    ['three decimals', { hourlyRate: 10.125 }, 'hourlyRate'],
    ['currency of 4 letters', { currency: 'EURO' }, 'currency'],
    ['javascript: link', { links: { website: 'javascript:alert(1)' } }, 'links.website'],
    ['data: link', { links: { linkedin: 'data:text/html,hi' } }, 'links.linkedin'],
    ['ftp link', { links: { github: 'ftp://example.com' } }, 'links.github'],
    ['unknown link kind', { links: { myspace: 'https://myspace.com/x' } }, 'links'],
    ['http intro video', { introVideoUrl: 'http://video.example/v' }, 'introVideoUrl'],
    ['unknown field', { status: 'approved' }, ''],
    ['years out of range', { yearsOfExperience: 200 }, 'yearsOfExperience'],
  ];
  for (const [name, patch, path] of bad) {
    it(`refuses ${name}`, () => {
      const result = applyAsMentorInputSchema.safeParse({ ...valid, ...patch });
      assert.equal(result.success, false);
      assert.ok(failingPaths(result).includes(path), `expected a problem at "${path}", got ${JSON.stringify(failingPaths(result))}`);
    });
  }

  it('accepts only http(s) links, whatever else is generated', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['ftp', 'file', 'javascript', 'data', 'mailto'] }), (url) => {
        assert.equal(mentorLinksSchema.safeParse({ website: url }).success, false);
      }),
    );
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['http', 'https'] }), (url) => {
        assert.equal(mentorLinksSchema.safeParse({ website: url }).success, true);
      }),
    );
  });
});

describe('updateMentorProfileInputSchema (SPEC M1)', () => {
  it('requires the version and allows null to clear optional fields', () => {
    assert.equal(updateMentorProfileInputSchema.safeParse({ bio: valid.bio }).success, false);
    const parsed = updateMentorProfileInputSchema.parse({ version: 3, company: null, jobTitle: 'Lead' });
    assert.deepEqual(parsed, { version: 3, company: null, jobTitle: 'Lead' });
  });

  it('refuses null for required fields', () => {
    assert.equal(updateMentorProfileInputSchema.safeParse({ version: 1, bio: null }).success, false);
    assert.equal(updateMentorProfileInputSchema.safeParse({ version: 1, expertise: null }).success, false);
  });
});

describe('listMentorsQuerySchema (SPEC M4)', () => {
  it('parses comma lists, booleans and numbers from the query string', () => {
    const parsed = listMentorsQuerySchema.parse({
      expertise: 'React, Design ,React',
      language: 'EN,es',
      freeOnly: 'true',
      maxRate: '40',
      limit: '5',
    });
    assert.deepEqual(parsed.expertise, ['React', 'Design']);
    assert.deepEqual(parsed.language, ['en', 'es']);
    assert.equal(parsed.freeOnly, true);
    assert.equal(parsed.maxRate, 40);
    assert.equal(parsed.limit, 5);
    assert.equal(parsed.sort, 'relevance');
  });

  it('refuses out-of-range limits and days, unknown sorts and parameters', () => {
    for (const query of [
      { limit: '51' },
      { limit: '0' },
      { hasOpenSlotsWithinDays: '31' },
      { sort: 'price' },
      { page: '2' },
      { language: 'english' },
      { freeOnly: 'yes' },
    ]) {
      assert.equal(listMentorsQuerySchema.safeParse(query).success, false, JSON.stringify(query));
    }
  });
});

describe('setAvailabilityInputSchema (SPEC A1–A3)', () => {
  it('accepts availability with or without rules', () => {
    const availability = { timeZone: 'America/New_York', weekly: [{ dayOfWeek: 1, start: '09:00', end: '12:00' }] };
    assert.equal(setAvailabilityInputSchema.safeParse({ availability }).success, true);
    assert.equal(setAvailabilityInputSchema.safeParse({ availability, bookingRules: null }).success, true);
    assert.equal(setAvailabilityInputSchema.safeParse({ availability, bookingRules: { durations: [45] } }).success, false);
  });
});
