import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig (SPEC O1, O4)', () => {
  it('has working defaults for development', () => {
    const config = loadConfig({});
    assert.equal(config.port, 8787);
    assert.equal(config.dataDir, './.mentorkit-data');
    assert.equal(config.publicUrl, 'http://localhost:8787');
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.demo, true);
    assert.equal(config.mongodbUri, undefined);
    assert.equal(config.webhooksAllowPrivateNetworks, false, 'webhooks stay off private networks unless asked');
    assert.equal(loadConfig({ WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true' }).webhooksAllowPrivateNetworks, true);
    assert.deepEqual(config.stunUrls, []);
    assert.deepEqual(config.turnUrls, []);
    assert.equal(config.turnTtlSeconds, 4 * 3600);
  });

  it("reads the video room's ICE servers as comma-separated lists", () => {
    const config = loadConfig({
      STUN_URLS: 'stun:a.example.org:3478, stun:b.example.org',
      TURN_URLS: 'turns:t.example.org:5349',
      TURN_SECRET: 'x'.repeat(20),
      TURN_TTL_SECONDS: '600',
    });
    assert.deepEqual(config.stunUrls, ['stun:a.example.org:3478', 'stun:b.example.org']);
    assert.deepEqual(config.turnUrls, ['turns:t.example.org:5349']);
    assert.equal(config.turnTtlSeconds, 600);
  });

  it('stops with a one-line reason naming the variable', () => {
    const bad: [Record<string, string>, RegExp][] = [
      [{ PORT: 'eighty' }, /^PORT /],
      [{ PORT: '70000' }, /^PORT /],
      [{ MONGODB_URI: 'postgres://x' }, /^MONGODB_URI must start with mongodb:\/\//],
      [{ SMTP_URL: 'http://mail' }, /^SMTP_URL /],
      [{ PUBLIC_URL: 'ftp://example.org' }, /^PUBLIC_URL /],
      [{ MENTORKIT_SECRET: 'short' }, /^MENTORKIT_SECRET must be at least 32/],
      [{ NODE_ENV: 'production' }, /^MENTORKIT_SECRET is required in production/],
      [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL /],
      [{ WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'yes' }, /^WEBHOOKS_ALLOW_PRIVATE_NETWORKS /],
      [{ STUN_URLS: 'turn:relay.example.org' }, /^STUN_URLS must be a comma-separated list of stun: URLs/],
      [{ TURN_URLS: 'https://relay.example.org' }, /^TURN_URLS /],
      [{ TURN_SECRET: 'short' }, /^TURN_SECRET must be at least 16/],
      [{ TURN_TTL_SECONDS: '5' }, /^TURN_TTL_SECONDS /],
    ];
    for (const [env, message] of bad) {
      assert.throws(
        () => loadConfig(env),
        (error: unknown) => {
          assert.ok(error instanceof ConfigError);
          assert.match(error.message, message);
          assert.ok(!error.message.includes('\n'), 'one line');
          return true;
        },
      );
    }
  });

  it('binds to all interfaces and skips the demo in production', () => {
    const config = loadConfig({ NODE_ENV: 'production', MENTORKIT_SECRET: 'x'.repeat(40), PUBLIC_URL: 'https://mentors.example.org/' });
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.demo, false);
    assert.equal(config.publicUrl, 'https://mentors.example.org');
  });

  it('uses the built-in real-time endpoint unless PUSHER_* are set, and checks them together', () => {
    assert.equal(loadConfig({}).realtime.kind, 'built-in');
    const hosted = loadConfig({ PUSHER_APP_ID: '1', PUSHER_KEY: 'k', PUSHER_SECRET: 's', PUSHER_CLUSTER: 'eu' }).realtime;
    assert.deepEqual(hosted, {
      kind: 'hosted',
      appId: '1',
      key: 'k',
      secret: 's',
      cluster: 'eu',
      host: undefined,
      port: undefined,
      useTLS: true,
    });
    const compatible = loadConfig({
      PUSHER_APP_ID: '1',
      PUSHER_KEY: 'k',
      PUSHER_SECRET: 's',
      PUSHER_HOST: 'soketi.internal',
      PUSHER_PORT: '6001',
      PUSHER_USE_TLS: 'false',
    }).realtime;
    assert.deepEqual(compatible, {
      kind: 'hosted',
      appId: '1',
      key: 'k',
      secret: 's',
      cluster: 'mt1',
      host: 'soketi.internal',
      port: 6001,
      useTLS: false,
    });
    const bad: [Record<string, string>, RegExp][] = [
      [{ PUSHER_KEY: 'k', PUSHER_SECRET: 's', PUSHER_CLUSTER: 'eu' }, /^PUSHER_APP_ID is required/],
      [{ PUSHER_APP_ID: '1', PUSHER_KEY: 'k', PUSHER_SECRET: 's' }, /^PUSHER_CLUSTER .* or PUSHER_HOST/],
      [{ PUSHER_HOST: 'https://x.org' }, /^PUSHER_HOST /],
      [{ PUSHER_PORT: 'http' }, /^PUSHER_PORT /],
      [{ MENTORKIT_REALTIME_SECRET: 'short' }, /^MENTORKIT_REALTIME_SECRET /],
      [{ MENTORKIT_REALTIME_ACTIVITY_TIMEOUT: '0' }, /^MENTORKIT_REALTIME_ACTIVITY_TIMEOUT /],
    ];
    for (const [env, message] of bad)
      assert.throws(
        () => loadConfig(env),
        (error: unknown) => error instanceof ConfigError && message.test(error.message),
      );
  });
});
