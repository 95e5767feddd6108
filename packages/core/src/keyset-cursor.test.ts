import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeKeysetCursor, encodeKeysetCursor, keysetCursorPattern } from './keyset-cursor.js';
import { MentorKitError } from './errors.js';

describe('keyset cursor', () => {
  it('round-trips numbers, strings (any Unicode) and number lists, url-safe', () => {
    const parts = [1_780_000_000_000, 'zoë+ñ/é@example.com', [3, -1.5, 0]] as const;
    const cursor = encodeKeysetCursor(parts);
    assert.match(cursor, keysetCursorPattern);
    assert.deepEqual(decodeKeysetCursor(cursor, ['number', 'string', 'numbers']), [1_780_000_000_000, 'zoë+ñ/é@example.com', [3, -1.5, 0]]);
  });

  it('refuses cursors of another shape with a 400 naming the parameter', () => {
    const wrongKinds = encodeKeysetCursor(['a', 'b']);
    for (const cursor of ['not base64!', 'Zm9v', wrongKinds, encodeKeysetCursor([1]), '']) {
      assert.throws(
        () => decodeKeysetCursor(cursor, ['number', 'string'], 'since'),
        (error: unknown) =>
          error instanceof MentorKitError &&
          error.code === 'VALIDATION_FAILED' &&
          JSON.stringify(error.details) === JSON.stringify([{ path: 'since', message: 'Expected the nextCursor of a previous page' }]),
        cursor,
      );
    }
  });
});
