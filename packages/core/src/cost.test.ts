import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { estimateCost, minorUnitDigits } from './cost.js';

describe('estimateCost (SPEC S1)', () => {
  it('multiplies the hourly rate by the duration in integer minor units', () => {
    assert.deepEqual(estimateCost(60, 'USD', 45), { amount: 4500, currency: 'USD', free: false });
    assert.deepEqual(estimateCost(49.5, 'usd', 60), { amount: 4950, currency: 'USD', free: false });
    assert.deepEqual(estimateCost(25, 'EUR', 90), { amount: 3750, currency: 'EUR', free: false });
    assert.deepEqual(estimateCost(33.33, 'USD', 15), { amount: 833, currency: 'USD', free: false });
  });

  it('knows currencies without or with three minor digits', () => {
    assert.equal(minorUnitDigits('JPY'), 0);
    assert.equal(minorUnitDigits('KWD'), 3);
    assert.deepEqual(estimateCost(5000, 'JPY', 30), { amount: 2500, currency: 'JPY', free: false });
    assert.deepEqual(estimateCost(10, 'KWD', 60), { amount: 10000, currency: 'KWD', free: false });
  });

  it('is free for a zero rate', () => {
    assert.deepEqual(estimateCost(0, 'USD', 60), { amount: 0, currency: 'USD', free: true });
  });

  it('always returns whole numbers', () => {
    for (const rate of [0.01, 1.99, 17.35, 99.99, 1234.56]) {
      for (const minutes of [15, 30, 45, 60, 90, 120]) assert.ok(Number.isInteger(estimateCost(rate, 'USD', minutes).amount));
    }
  });
});
