import assert from 'node:assert/strict';
import { it } from 'node:test';
import { z } from 'zod';
import { validationFailed, zodValidationError } from './validation-error.js';

it('hand-made and zod validation errors have one shape: code, "Invalid <where>: path: message", details', () => {
  const one = validationFailed('request body', { path: 'start', message: 'Expected a time in the future' });
  assert.equal(one.code, 'VALIDATION_FAILED');
  assert.equal(one.status, 400);
  assert.equal(one.message, 'Invalid request body: start: Expected a time in the future');
  assert.deepEqual(one.toBody(), {
    error: { code: 'VALIDATION_FAILED', message: one.message, details: [{ path: 'start', message: 'Expected a time in the future' }] },
  });

  const parsed = z.object({ a: z.string(), b: z.number(), c: z.boolean(), d: z.string() }).safeParse({});
  assert.equal(parsed.success, false);
  const fromZod = zodValidationError(parsed.error!, 'request query');
  assert.equal((fromZod.details as unknown[]).length, 4, 'every field is in details');
  assert.match(fromZod.message, /^Invalid request query: a: .+; b: .+; c: [^;]+$/, 'the message names the first three');
});
