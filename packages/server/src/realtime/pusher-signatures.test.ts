// The worked examples of pusher-protocol.md §3–§4 (taken from Pusher's documentation).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalQuery, signChannel, signRequest, signUser } from './pusher-signatures.js';

const key = '278d425bdf160c739803';
const secret = '7ad3773142a6692b25b8';

describe('Pusher signatures', () => {
  it('signs a private channel subscription', () => {
    assert.equal(
      signChannel(key, secret, '1234.1234', 'private-foobar'),
      `${key}:58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4`,
    );
  });

  it('signs a user sign-in', () => {
    assert.equal(
      signUser(key, secret, '1234.1234', '{"id":"12345"}'),
      `${key}:4708d583dada6a56435fb8bc611c77c359a31eebde13337c16ab43aa6de336ba`,
    );
  });

  it('signs a REST request over the sorted, unescaped, lowercased query', () => {
    const params = { auth_key: key, auth_timestamp: '1353088179', auth_version: '1.0', body_md5: 'ec365a775a4cd0599faeb73354201b6f' };
    assert.equal(signRequest(secret, 'POST', '/apps/3/events', params), 'da454824c97ba181a32ccc17a72625ba02771f50b50e1e7430e47a1f3f457e6c');
    assert.equal(canonicalQuery({ B: 'x y', a: '1', auth_signature: 'dropped' }), 'a=1&b=x y');
  });
});
