import assert from 'node:assert/strict';
import type dns from 'node:dns';
import { after, before, describe, it } from 'node:test';
import { demoBase as base } from '../testing/booking-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhook-receiver.js';
import { blockedLiteral, blockedReason, guardedLookup } from './ssrf-guard.js';

describe('SSRF guard: address rules', () => {
  it('refuses loopback, private, link-local, CGNAT, multicast, unspecified and metadata addresses, mapped IPv6 too', () => {
    const blocked = [
      '127.0.0.1',
      '127.255.0.9',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '169.254.1.1',
      '100.64.0.1',
      '100.127.255.255',
      '0.0.0.0',
      '224.0.0.1',
      '239.1.1.1',
      '255.255.255.255',
      '198.18.0.1',
      '::1',
      '::',
      'fd00:ec2::254',
      'fc00::1',
      'fe80::1',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '::ffff:169.254.169.254',
      '::ffff:10.0.0.1',
      '64:ff9b::10.0.0.1',
      '[::1]',
      'fe80::1%eth0',
    ];
    for (const address of blocked) assert.ok(blockedReason(address), `${address} must be refused`);
    assert.equal(blockedReason('169.254.169.254'), 'cloud metadata service');
    assert.equal(blockedReason('fd00:ec2::254'), 'cloud metadata service');
    assert.equal(blockedReason('::ffff:127.0.0.1'), 'loopback');
    assert.equal(blockedReason('100.64.0.1'), 'carrier-grade NAT');
    const allowed = ['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '192.169.0.1'];
    for (const address of allowed) assert.equal(blockedReason(address), null, `${address} is public`);
  });

  it('sees through URL spellings of loopback that the URL parser normalises', () => {
    for (const url of [
      'https://2130706433/',
      'https://0x7f.1/',
      'https://127.1/',
      'https://[::ffff:127.0.0.1]/',
      'https://[::1]:8443/x',
      'https://0177.0.0.1/',
    ]) {
      assert.ok(blockedLiteral(new URL(url)), `${url} must be refused`);
    }
    assert.equal(blockedLiteral(new URL('https://hooks.example.org/')), null, 'names are checked after DNS, not here');
  });

  it('checks every resolved address inside the socket lookup and hands over only checked ones', async () => {
    const resolver = (answers: dns.LookupAddress[]) =>
      ((_host: string, _options: unknown, callback: (e: Error | null, a: dns.LookupAddress[]) => void) =>
        callback(null, answers)) as unknown as typeof dns.lookup;
    const lookup = (answers: dns.LookupAddress[], all: boolean) =>
      new Promise<{ error: Error | null; address: unknown }>((resolve) =>
        guardedLookup(resolver(answers))('hooks.example.org', { all }, (error, address) => resolve({ error, address })),
      );
    const rebinding = await lookup(
      [
        { address: '93.184.216.34', family: 4 },
        { address: '10.0.0.7', family: 4 },
      ],
      false,
    );
    assert.match(String(rebinding.error?.message), /10\.0\.0\.7.*private network/, 'one private address is enough to refuse');
    const publicOnly = await lookup([{ address: '93.184.216.34', family: 4 }], false);
    assert.equal(publicOnly.error, null);
    assert.equal(publicOnly.address, '93.184.216.34');
    const all = await lookup(
      [
        { address: '2606:4700:4700::1111', family: 6 },
        { address: '93.184.216.34', family: 4 },
      ],
      true,
    );
    assert.deepEqual(all.address, [
      { address: '2606:4700:4700::1111', family: 6 },
      { address: '93.184.216.34', family: 4 },
    ]);
  });
});

describe('SSRF guard in the running service (WEBHOOKS_ALLOW_PRIVATE_NETWORKS off)', () => {
  let server: TestServer;
  let receiver: WebhookReceiver;
  before(async () => {
    server = await startTestServer();
    receiver = await startWebhookReceiver();
  });
  after(async () => {
    await receiver.close();
    await server.stop();
  });

  it('refuses plain http and private literals at creation, and a name resolving to loopback at delivery', async () => {
    const count = async () => (await server.api('GET', `${base}/webhooks`, { token: server.secretKey })).body.items.length;
    for (const url of [
      receiver.url + '/hook', // http
      `https://127.0.0.1:${receiver.port}/hook`,
      'https://[::ffff:127.0.0.1]/hook',
      'https://169.254.169.254/latest/meta-data/',
      'https://[fd00:ec2::254]/',
      'https://10.0.0.5/',
      'https://2130706433/',
    ]) {
      const r = await server.api('POST', `${base}/webhooks`, { token: server.secretKey, body: { url } });
      assert.equal(r.status, 400, `${url} → ${r.status}`);
      assert.equal(r.body.error.code, 'WEBHOOK_URL_NOT_ALLOWED');
    }
    assert.equal(await count(), 0, 'nothing stored');

    // `localhost` is a name: accepted, then refused after DNS resolution, before any connection.
    const created = await server.api('POST', `${base}/webhooks`, {
      token: server.secretKey,
      body: { url: `https://localhost:${receiver.port}/hook` },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const imported = await server.api('POST', `${base}/members/import`, {
      token: server.secretKey,
      body: { members: [{ email: 'ssrf@example.org', name: 'Sam Ssrf', membershipType: 'Mentee' }] },
    });
    assert.equal(imported.status, 200);
    await server.services.jobRunner.runDue();
    assert.equal(receiver.received.length, 0, 'the receiver on loopback got nothing');
    const [delivery] = (await server.api('GET', `${base}/webhooks/${created.body.id}/deliveries`, { token: server.secretKey })).body.items;
    assert.equal(delivery.status, 'pending', 'retried later like any failure');
    assert.equal(delivery.responseStatus, null);
    assert.match(delivery.lastError, /Refused to deliver to localhost \((127\.0\.0\.1|::1)\): loopback/);
    assert.match(delivery.lastError, /WEBHOOKS_ALLOW_PRIVATE_NETWORKS/);
  });
});
