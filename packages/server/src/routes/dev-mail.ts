import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.js';
import { outboxPage } from '../email/outbox-page.js';

/**
 * Development only, and only when asked for (`MENTORKIT_DEV_MAIL`, on with `npm start`): the outbox as a
 * page, newest first, so sign-in codes are one click away. It shows every community's codes, so it
 * answers only a loopback peer that names a loopback Host — a page on a rebinding DNS name
 * (evil.example → 127.0.0.1) sends its own Host and is refused.
 */
export const devMailRoutes = new Hono<AppEnv>();

const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;

function isLoopbackPeer(c: Context<AppEnv>): boolean {
  let address = '';
  try {
    address = getConnInfo(c).remote.address ?? '';
  } catch {
    return false;
  }
  return /^(127\.|::1$|::ffff:127\.)/.test(address);
}

/** True for a request from this machine, addressed to a loopback name, that no proxy forwarded. */
export function isLocalRequest(c: Context<AppEnv>): boolean {
  const forwarded = c.req.header('x-forwarded-for') ?? c.req.header('forwarded');
  return isLoopbackPeer(c) && LOOPBACK_HOST.test(c.req.header('host') ?? '') && !forwarded;
}

devMailRoutes.get('/dev/mail', async (c) => {
  if (!isLocalRequest(c)) return c.text('The outbox is served only to http://localhost on this machine.', 403);
  const page = await outboxPage(c.get('services'));
  return page === null ? c.text('Mail is sent through SMTP_URL; there is no outbox.', 404) : c.html(page);
});
