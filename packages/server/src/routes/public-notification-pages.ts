import { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { renderCalendarFeed } from '../calendar/calendar-feed-service.js';
import { applyUnsubscribe, unsubscribePage } from '../notifications/unsubscribe-page.js';
import { clientHasCurrent } from './etag.js';

/**
 * Pages opened from outside the widgets, without a sign-in: the private calendar feed (the token in the
 * path is the credential) and the one-click unsubscribe link (a signed token).
 */
export const publicNotificationRoutes = new Hono<AppEnv>();

publicNotificationRoutes.get('/calendar/:file{[A-Za-z0-9_-]+\\.ics}', async (c) => {
  const token = c.req.param('file').replace(/\.ics$/, '');
  const feed = await renderCalendarFeed(c.get('services'), token);
  // The token is the secret: nothing about it may be cached by shared caches or leak through referrers.
  c.header('Cache-Control', 'private, no-cache');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Robots-Tag', 'noindex');
  if (!feed) return c.text('No such calendar feed (it may have been rotated or turned off).', 404);
  c.header('ETag', feed.etag);
  if (clientHasCurrent(c.req.header('if-none-match'), feed.etag)) return c.body(null, 304);
  c.header('Content-Type', 'text/calendar; charset=utf-8');
  c.header('Content-Disposition', 'inline; filename="sessions.ics"');
  return c.body(feed.body, 200);
});

// GET shows a button (mail scanners open links; a GET must not change anything); POST unsubscribes,
// which is also what mail apps send for List-Unsubscribe-Post (RFC 8058).
publicNotificationRoutes.get('/notifications/unsubscribe', async (c) => {
  const page = await unsubscribePage(c.get('services'), c.req.query('token') ?? '', 'ask');
  return c.html(page.html, page.status);
});

publicNotificationRoutes.post('/notifications/unsubscribe', async (c) => {
  const services = c.get('services');
  const token = c.req.query('token') ?? '';
  const applied = await applyUnsubscribe(services, token);
  const page = await unsubscribePage(services, token, applied ? 'done' : 'ask');
  return c.html(page.html, page.status);
});
