import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectRoles, homeView } from './roles.js';

const none = { isMentor: false, isMentee: false, isEmployer: false };

describe('detectRoles (SPEC C2)', () => {
  const cases: [string | null | undefined, Partial<typeof none>][] = [
    // The spec's own examples.
    ['Mentor', { isMentor: true }],
    ['Mentee', { isMentee: true }],
    ['Student', { isMentee: true }],
    ['Mentor & Mentee', { isMentor: true, isMentee: true }],
    ['Employer', { isEmployer: true }],
    ['Staff', { isMentee: true }],
    // Case-insensitive, substring matches.
    ['MENTOR', { isMentor: true }],
    ['senior mentor', { isMentor: true }],
    ['Mentorship Lead', { isMentor: true }],
    ['mentee (2025 cohort)', { isMentee: true }],
    ['Employer Partner', { isEmployer: true }],
    ['Mentor / Employer', { isMentor: true, isEmployer: true }],
    ['  student  ', { isMentee: true }],
    // "student" only counts as the whole value; otherwise nothing matched → mentee anyway.
    ['Student Ambassador', { isMentee: true }],
    ['PhD Student Mentor', { isMentor: true }],
    // Nothing given → mentee.
    ['', { isMentee: true }],
    [null, { isMentee: true }],
    [undefined, { isMentee: true }],
    ['Mentée', { isMentee: true }],
  ];
  for (const [type, expected] of cases) {
    it(`${JSON.stringify(type)} → ${Object.keys(expected).join(' + ')}`, () => {
      assert.deepEqual(detectRoles(type), { ...none, ...expected });
    });
  }

  it('"mentee" never makes a mentor and "mentor" never makes a mentee', () => {
    assert.equal(detectRoles('mentee').isMentor, false);
    assert.equal(detectRoles('mentor').isMentee, false);
  });
});

describe('homeView (SPEC C6)', () => {
  it('sends mentors-only to the dashboard and everybody else to the hub', () => {
    assert.equal(homeView({ isMentor: true, isMentee: false }), 'mentor-dashboard');
    assert.equal(homeView({ isMentor: true, isMentee: true }), 'mentorship-hub');
    assert.equal(homeView({ isMentor: false, isMentee: true }), 'mentorship-hub');
    assert.equal(homeView({ isMentor: false, isMentee: false }), 'mentorship-hub');
  });
});
