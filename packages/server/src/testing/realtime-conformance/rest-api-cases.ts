// Part of the real-time conformance suite (realtime-conformance.ts):
// The REST API's signatures and limits (§4, §7.9).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { channelName, localAuthorizer, pusherJs, restClient, subscribed } from '../realtime-clients.js';
import { md5Hex } from '../../realtime/pusher-signatures.js';
import type { ConformanceContext } from './realtime-conformance.js';

export function restApiCases(ctx: ConformanceContext): void {
  describe('REST API signatures and limits (§7.9)', () => {
    const eventsPath = () => `/apps/${ctx.endpoint.appId}/events`;
    const event = JSON.stringify({ name: 'x', data: '{}', channels: ['public-rest'] });

    it('accepts a correctly signed request with {}', async () => {
      assert.deepEqual(await ctx.signed('POST', eventsPath(), event), { status: 200, text: '{}' });
    });

    it('refuses a bad signature with 401 (the SDK with a wrong secret)', async () => {
      await assert.rejects(
        restClient(ctx.endpoint, { secret: 'not-the-secret-at-all' }).trigger('c', 'e', {}),
        (error: { status?: number }) => error.status === 401,
      );
    });

    it('refuses a stale timestamp (more than 600 s old) with 401', async () => {
      const stale = await ctx.signed('POST', eventsPath(), event, { timestamp: Math.floor(Date.now() / 1000) - 700 });
      assert.equal(stale.status, 401);
      assert.match(stale.text, /[Tt]imestamp/);
    });

    it('refuses a body whose MD5 does not match with 401', async () => {
      assert.equal((await ctx.signed('POST', eventsPath(), event, { md5: md5Hex('other') })).status, 401);
    });

    it('refuses an unknown key with 401 and an unknown app with 404', async () => {
      assert.equal((await ctx.signed('POST', eventsPath(), event, { key: 'someone-else' })).status, 401);
      assert.equal((await ctx.signed('POST', '/apps/no-such-app/events', event)).status, 404);
    });

    it('refuses data above 10 KB with 413', async () => {
      await assert.rejects(
        restClient(ctx.endpoint).trigger('c', 'e', 'x'.repeat(10 * 1024 + 1)),
        (error: { status?: number }) => error.status === 413,
      );
    });

    it('refuses more than 100 channels and more than 10 batch events with 400', async () => {
      const channels = Array.from({ length: 101 }, (_, i) => `c${i}`);
      assert.equal((await ctx.signed('POST', eventsPath(), JSON.stringify({ name: 'x', data: '{}', channels }))).status, 400);
      const batch = Array.from({ length: 11 }, () => ({ channel: 'c', name: 'x', data: '{}' }));
      assert.equal((await ctx.signed('POST', `/apps/${ctx.endpoint.appId}/batch_events`, JSON.stringify({ batch }))).status, 400);
    });

    it('answers malformed JSON bodies with 400, not a crash', async () => {
      assert.equal((await ctx.signed('POST', eventsPath(), '{"name":')).status, 400);
    });

    it('lists occupied channels by prefix, and reports an empty channel as not occupied', async () => {
      const prefix = channelName('presence-list');
      await subscribed(pusherJs(ctx.endpoint, { authorize: localAuthorizer(ctx.endpoint, { user_id: 'z' }) }), `${prefix}-1`);
      const listed = (await (
        await restClient(ctx.endpoint).get({ path: '/channels', params: { filter_by_prefix: prefix, info: 'user_count' } })
      ).json()) as any;
      assert.deepEqual(listed, { channels: { [`${prefix}-1`]: { user_count: 1 } } });
      const empty = (await (await restClient(ctx.endpoint).get({ path: `/channels/${prefix}-2` })).json()) as any;
      assert.equal(empty.occupied, false);
    });

    it('refuses to list users of a channel that is not a presence channel (400)', async () => {
      await assert.rejects(
        restClient(ctx.endpoint).get({ path: '/channels/private-x/users' }),
        (error: { status?: number }) => error.status === 400,
      );
    });
  });
}
