import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { BuiltInRealtime } from './built-in-realtime.js';
import { MAX_EVENT_DATA_BYTES } from './pusher-connection.js';
import { verifyRestRequest } from './rest-signature.js';

const CHANNEL_NAME = /^(#server-to-user-)?[A-Za-z0-9_\-=@,.;]{1,164}$/;
const SOCKET_ID = /^\d+\.\d+$/;
const MAX_CHANNELS_PER_EVENT = 100;
const MAX_BATCH = 10;
const MAX_BODY_BYTES = 256 * 1024;

/** A REST refusal; Pusher answers these with a plain-text body. */
class RestError extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 413,
    message: string,
  ) {
    super(message);
  }
}

interface EventInput {
  name: string;
  data: string;
  channels: string[];
  socketId?: string;
  info?: string;
}

function readEvent(raw: unknown, where: string): EventInput {
  if (typeof raw !== 'object' || raw === null) throw new RestError(400, `${where} must be a JSON object`);
  const e = raw as Record<string, unknown>;
  if (typeof e.name !== 'string' || e.name.length === 0 || e.name.length > 200)
    throw new RestError(400, `${where}.name must be a string of 1–200 characters`);
  if (typeof e.data !== 'string') throw new RestError(400, `${where}.data must be a string (serialize it first)`);
  if (Buffer.byteLength(e.data) > MAX_EVENT_DATA_BYTES)
    throw new RestError(413, `${where}.data is limited to ${MAX_EVENT_DATA_BYTES} bytes`);
  const channels = e.channels ?? (e.channel === undefined ? undefined : [e.channel]);
  if (!Array.isArray(channels) || channels.length === 0) throw new RestError(400, `${where} needs "channels" (an array) or "channel"`);
  if (channels.length > MAX_CHANNELS_PER_EVENT) throw new RestError(400, `At most ${MAX_CHANNELS_PER_EVENT} channels per event`);
  for (const c of channels)
    if (typeof c !== 'string' || !CHANNEL_NAME.test(c)) throw new RestError(400, `Invalid channel name ${JSON.stringify(c)}`);
  if (e.socket_id !== undefined && (typeof e.socket_id !== 'string' || !SOCKET_ID.test(e.socket_id)))
    throw new RestError(400, 'socket_id must look like 123.456');
  if (e.info !== undefined && typeof e.info !== 'string') throw new RestError(400, 'info must be a comma-separated string');
  return {
    name: e.name,
    data: e.data,
    channels: channels as string[],
    socketId: e.socket_id as string | undefined,
    info: e.info as string | undefined,
  };
}

function channelInfo(realtime: BuiltInRealtime, name: string, info: string | undefined): Record<string, number> {
  const wanted = new Set((info ?? '').split(',').filter(Boolean));
  const state = realtime.registry.info(name);
  const out: Record<string, number> = {};
  if (wanted.has('user_count') && name.startsWith('presence-')) out.user_count = state.userCount ?? 0;
  if (wanted.has('subscription_count')) out.subscription_count = state.subscriptionCount;
  return out;
}

export type RestEnv = { Variables: { rawBody: Uint8Array } };

async function readJson(c: Context<RestEnv>): Promise<unknown> {
  const text = new TextDecoder().decode(c.get('rawBody'));
  try {
    return JSON.parse(text);
  } catch {
    throw new RestError(400, 'The body must be JSON');
  }
}

/** The REST API of the built-in endpoint (pusher-protocol.md §4): what the `pusher` SDK calls. */
export function pusherRestRoutes(realtime: BuiltInRealtime): Hono<RestEnv> {
  const routes = new Hono<RestEnv>();
  routes.onError((error, c) => {
    if (error instanceof RestError) return c.text(error.message, error.status);
    throw error;
  });

  routes.use(
    '/apps/:appId/*',
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.text(`Request bodies are limited to ${MAX_BODY_BYTES} bytes`, 413) }),
  );
  routes.use('/apps/:appId/*', async (c, next) => {
    if (c.req.param('appId') !== realtime.appId) throw new RestError(404, `Unknown app ${c.req.param('appId')}`);
    const body = new Uint8Array(await c.req.arrayBuffer());
    const url = new URL(c.req.url);
    const problem = verifyRestRequest({
      method: c.req.method,
      path: url.pathname,
      query: url.searchParams,
      body,
      key: realtime.key,
      secret: realtime.secret,
      nowMs: Date.now(),
    });
    if (problem) throw new RestError(401, problem);
    c.set('rawBody', body);
    await next();
  });

  routes.post('/apps/:appId/events', async (c) => {
    const event = readEvent(await readJson(c), 'body');
    realtime.trigger(event.channels, event.name, event.data, event.socketId);
    if (!event.info) return c.json({});
    return c.json({ channels: Object.fromEntries(event.channels.map((name) => [name, channelInfo(realtime, name, event.info)])) });
  });

  routes.post('/apps/:appId/batch_events', async (c) => {
    const body = (await readJson(c)) as { batch?: unknown };
    if (!Array.isArray(body?.batch)) throw new RestError(400, 'The body must be {"batch": [...]}');
    if (body.batch.length > MAX_BATCH) throw new RestError(400, `At most ${MAX_BATCH} events per batch`);
    const events = body.batch.map((raw, i) => readEvent(raw, `batch[${i}]`));
    for (const e of events) realtime.trigger(e.channels, e.name, e.data, e.socketId);
    if (!events.some((e) => e.info)) return c.json({});
    return c.json({ batch: events.map((e) => (e.info ? channelInfo(realtime, e.channels[0]!, e.info) : {})) });
  });

  routes.get('/apps/:appId/channels', (c) => {
    const prefix = c.req.query('filter_by_prefix') ?? '';
    const info = c.req.query('info');
    if (info?.split(',').includes('user_count') && !prefix.startsWith('presence-')) {
      throw new RestError(400, 'info=user_count needs filter_by_prefix=presence-');
    }
    const channels: Record<string, Record<string, number>> = {};
    for (const entry of realtime.registry.occupied(prefix)) channels[entry.name] = channelInfo(realtime, entry.name, info);
    return c.json({ channels });
  });

  routes.get('/apps/:appId/channels/:name', (c) => {
    const name = c.req.param('name');
    const info = c.req.query('info');
    if (info?.split(',').includes('user_count') && !name.startsWith('presence-'))
      throw new RestError(400, 'user_count is only available for presence channels');
    return c.json({ occupied: realtime.registry.info(name).occupied, ...channelInfo(realtime, name, info) });
  });

  routes.get('/apps/:appId/channels/:name/users', (c) => {
    const name = c.req.param('name');
    if (!name.startsWith('presence-')) throw new RestError(400, 'Users can only be listed for presence channels');
    return c.json({ users: realtime.registry.users(name).map((id) => ({ id })) });
  });

  routes.post('/apps/:appId/users/:userId/terminate_connections', (c) => {
    realtime.terminateUser(c.req.param('userId'));
    return c.json({});
  });

  return routes;
}
