import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { escapeHtml } from '../email/templates/escape-html.js';

/** Development only: the outbox as a page, newest first, so sign-in codes are one click away. */
export const devMailRoutes = new Hono<AppEnv>();

async function outboxMessages(outbox: string): Promise<{ file: string; raw: string }[]> {
  const files = await readdir(outbox).catch(() => [] as string[]);
  const recent = files.filter((f) => f.endsWith('.eml')).sort().reverse().slice(0, 50);
  return Promise.all(recent.map(async (file) => ({ file, raw: await readFile(path.join(outbox, file), 'utf8') })));
}

function header(raw: string, name: string): string {
  return raw.match(new RegExp(`^${name}: (.*)$`, 'mi'))?.[1]?.trim() ?? '';
}

devMailRoutes.get('/dev/mail', async (c) => {
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
