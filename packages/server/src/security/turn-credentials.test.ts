import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mintTurnCredentials } from './turn-credentials.js';

describe('mintTurnCredentials (coturn REST form, SPEC V1)', () => {
  it('matches a vector computed independently with openssl', () => {
    // printf '%s' '1767229200:mem_ben_00000001' | openssl dgst -sha1 -hmac 'coturn-shared-secret-123' -binary | base64
    const minted = mintTurnCredentials('coturn-shared-secret-123', 'mem_ben_00000001', new Date('2026-01-01T00:00:00Z'), 3600);
    assert.equal(minted.username, '1767229200:mem_ben_00000001');
    assert.equal(minted.credential, 'm3MT5ovmUsrw0at1NP0kwo1KKmU=');
    assert.equal(minted.expiresAt.toISOString(), '2026-01-01T01:00:00.000Z');
  });

  it('gives another password for another member or expiry', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    const a = mintTurnCredentials('coturn-shared-secret-123', 'mem_a', at, 3600);
    const b = mintTurnCredentials('coturn-shared-secret-123', 'mem_b', at, 3600);
    const later = mintTurnCredentials('coturn-shared-secret-123', 'mem_a', at, 7200);
    assert.notEqual(a.credential, b.credential);
    assert.notEqual(a.credential, later.credential);
  });
});
