import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultBookingRules, defaultDurationMinutes, effectiveBookingRules, emptyAvailability } from './booking-policy.js';
import { bookingRulesSchema } from './schemas/booking-rules.js';
import { availabilitySchema } from './schemas/availability.js';

describe('booking policy', () => {
  const own = { ...defaultBookingRules, durations: [45, 90], maxSessionsPerDay: 2 };

  it("a mentor's own rules win; without them the community's defaults apply", () => {
    assert.equal(effectiveBookingRules(own, defaultBookingRules), own);
    assert.equal(effectiveBookingRules(null, own), own);
    assert.equal(effectiveBookingRules(undefined, defaultBookingRules), defaultBookingRules);
  });

  it('the default duration is the shortest offered, whatever the order', () => {
    assert.equal(defaultDurationMinutes({ durations: [90, 45, 60] }), 45);
    assert.equal(defaultDurationMinutes(defaultBookingRules), 30);
  });

  it('the defaults and the empty availability are valid input', () => {
    assert.ok(bookingRulesSchema.safeParse(defaultBookingRules).success);
    const empty = emptyAvailability('America/Bogota');
    assert.deepEqual(availabilitySchema.parse(empty), empty);
    assert.deepEqual(empty, { timeZone: 'America/Bogota', weekly: [], overrides: [], blackouts: [] });
  });
});
