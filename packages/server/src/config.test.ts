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
    ];
    for (const [env, message] of bad) {
      assert.throws(() => loadConfig(env), (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, message);
        assert.ok(!error.message.includes('\n'), 'one line');
        return true;
      });
    }
  });

  it('binds to all interfaces and skips the demo in production', () => {
    const config = loadConfig({ NODE_ENV: 'production', MENTORKIT_SECRET: 'x'.repeat(40), PUBLIC_URL: 'https://mentors.example.org/' });
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.demo, false);
    assert.equal(config.publicUrl, 'https://mentors.example.org');
  });
});
