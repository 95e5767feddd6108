import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Services } from '../service-container.js';
import { escapeHtml } from './templates/escape-html.js';

async function outboxMessages(outbox: string): Promise<{ file: string; raw: string }[]> {
  const files = await readdir(outbox).catch(() => [] as string[]);
  const recent = files
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .reverse()
    .slice(0, 50);
  return Promise.all(recent.map(async (file) => ({ file, raw: await readFile(path.join(outbox, file), 'utf8') })));
}

function header(raw: string, name: string): string {
  return raw.match(new RegExp(`^${name}: (.*)$`, 'mi'))?.[1]?.trim() ?? '';
}

/**
 * The development outbox as one HTML page, newest first (at most 50 messages), or null when mail goes
 * through SMTP and there is no outbox. Who may see it is the route's concern (loopback only).
 */
export async function outboxPage(services: Pick<Services, 'mailer' | 'config'>): Promise<string | null> {
  if (services.mailer.kind !== 'outbox') return null;
  const outbox = path.join(services.config.dataDir, 'outbox');
  const items = (await outboxMessages(outbox))
    .map(({ file, raw }) => {
      const body = raw
        .split(/\r?\n\r?\n/)
        .slice(1)
        .join('\n\n');
      return `<details><summary><b>${escapeHtml(header(raw, 'Subject'))}</b> → ${escapeHtml(header(raw, 'To'))} <small>${escapeHtml(file)}</small></summary><pre>${escapeHtml(body.slice(0, 4000))}</pre></details>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>MentorKit outbox</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:900px;margin:2rem auto;padding:0 1rem}details{border-bottom:1px solid #ddd;padding:.5rem 0}pre{white-space:pre-wrap}</style></head>
<body><h1>Outbox (development)</h1><p>Mail written to <code>${escapeHtml(outbox)}</code>, newest first.</p>${items || '<p>No mail yet.</p>'}</body></html>`;
}
