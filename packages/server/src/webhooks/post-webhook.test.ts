import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhook-receiver.js';
import { postWebhook } from './post-webhook.js';

describe('postWebhook: one attempt over real HTTP', () => {
  let receiver: WebhookReceiver;
  before(async () => {
    receiver = await startWebhookReceiver();
  });
  after(() => receiver.close());
  const post = (url: string, options: { allowPrivateNetworks?: boolean; timeoutMs?: number } = {}) =>
    postWebhook(url, { 'webhook-id': 'msg_test1234' }, '{"ok":true}', { allowPrivateNetworks: true, now: () => new Date(), ...options });

  it('sends the body and headers as given and reports the status', async () => {
    const result = await post(receiver.url + '/in');
    assert.equal(result.status, 204);
    const [got] = receiver.received.slice(-1);
    assert.equal(got!.body, '{"ok":true}');
    assert.equal(got!.headers['webhook-id'], 'msg_test1234');
    assert.equal(got!.headers['content-type'], 'application/json');
  });

  it('does not follow redirects', async () => {
    receiver.answer({ status: 302, headers: { location: receiver.url + '/elsewhere' } });
    const before = receiver.received.length;
    const result = await post(receiver.url + '/in');
    assert.equal(result.status, 302);
    assert.equal(receiver.received.length, before + 1, 'the Location was not requested');
  });

  it('gives up when the receiver does not answer in time', async () => {
    receiver.answer({ status: 200, hang: true });
    const result = await post(receiver.url + '/slow', { timeoutMs: 200 });
    assert.equal(result.status, undefined);
    assert.match(String(result.error), /No response within 0.2 s/);
  });

  it('refuses loopback before connecting unless private networks are allowed', async () => {
    const before = receiver.received.length;
    const literal = await post(receiver.url + '/in', { allowPrivateNetworks: false });
    assert.match(String(literal.error), /Refused to deliver to 127\.0\.0\.1: loopback/);
    const named = await post(`http://localhost:${receiver.port}/in`, { allowPrivateNetworks: false });
    assert.match(String(named.error), /Refused to deliver to localhost/);
    assert.equal(receiver.received.length, before, 'nothing reached the receiver');
  });
});
