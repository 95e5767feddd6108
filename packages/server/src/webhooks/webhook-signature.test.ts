import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { newWebhookSecret, signWebhook } from './webhook-signature.js';

describe('webhook signatures (Standard Webhooks v1)', () => {
  it('matches the standardwebhooks package for the same id, timestamp and body', () => {
    const secret = newWebhookSecret();
    const body = JSON.stringify({ type: 'session.confirmed', timestamp: '2026-11-30T08:00:00.000Z', data: { name: 'Zoë "quoted" <b>' } });
    const at = new Date('2026-11-30T08:00:05Z');
    const ours = signWebhook([secret], 'msg_abcdefgh12345678', at.getTime() / 1000, body);
    assert.equal(ours, new Webhook(secret).sign('msg_abcdefgh12345678', at, body));
    assert.notEqual(signWebhook([secret], 'msg_abcdefgh12345678', at.getTime() / 1000 + 1, body), ours, 'the timestamp is signed');
  });

  it('makes secrets of whsec_ + base64 of 32 random bytes, never the same twice', () => {
    const a = newWebhookSecret();
    assert.match(a, /^whsec_[A-Za-z0-9+/]{43}=$/);
    assert.equal(Buffer.from(a.slice(6), 'base64').length, 32);
    assert.notEqual(a, newWebhookSecret());
  });

  it('signs with every given secret, space-delimited (rotation)', () => {
    const [a, b] = [newWebhookSecret(), newWebhookSecret()];
    const header = signWebhook([a, b], 'msg_x1234567', 1_700_000_000, '{}');
    assert.deepEqual(header.split(' '), [
      signWebhook([a], 'msg_x1234567', 1_700_000_000, '{}'),
      signWebhook([b], 'msg_x1234567', 1_700_000_000, '{}'),
    ]);
  });
});
