import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.js';
import { escapeHtml } from '../email/templates/escape-html.js';

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

async function outboxMessages(outbox: string): Promise<{ file: string; raw: string }[]> {
  const files = await readdir(outbox).catch(() => [] as string[]);
  const recent = files.filter((f) => f.endsWith('.eml')).sort().reverse().slice(0, 50);
  return Promise.all(recent.map(async (file) => ({ file, raw: await readFile(path.join(outbox, file), 'utf8') })));
}

function header(raw: string, name: string): string {
  return raw.match(new RegExp(`^${name}: (.*)$`, 'mi'))?.[1]?.trim() ?? '';
}

devMailRoutes.get('/dev/mail', async (c) => {
  if (!isLocalRequest(c)) return c.text('The outbox is served only to http://localhost on this machine.', 403);
  const services = c.get('services');
  if (services.mailer.kind !== 'outbox') return c.text('Mail is sent through SMTP_URL; there is no outbox.', 404);
  const outbox = path.join(services.config.dataDir, 'outbox');
  const items = (await outboxMessages(outbox))
    .map(({ file, raw }) => {
      const body = raw.split(/\r?\n\r?\n/).slice(1).join('\n\n');
      return `<details><summary><b>${escapeHtml(header(raw, 'Subject'))}</b> → ${escapeHtml(header(raw, 'To'))} <small>${escapeHtml(file)}</small></summary><pre>${escapeHtml(body.slice(0, 4000))}</pre></details>`;
    })
    .join('\n');
  return c.html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>MentorKit outbox</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:900px;margin:2rem auto;padding:0 1rem}details{border-bottom:1px solid #ddd;padding:.5rem 0}pre{white-space:pre-wrap}</style></head>
<body><h1>Outbox (development)</h1><p>Mail written to <code>${escapeHtml(outbox)}</code>, newest first.</p>${items || '<p>No mail yet.</p>'}</body></html>`);
});
