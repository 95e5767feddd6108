// Two real Chromium browsers against the real service, with the real widget bundle (TESTING.md,
// "WebRTC between two browsers"). Used by the video room's end-to-end test and its bench.
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { RollupOptions } from 'rollup';
import { rollup } from 'rollup';
import {
  act,
  book,
  mentor,
  person,
  setBookingLimit,
  slotAt,
  uniqueEmail,
  type Person,
} from '../packages/server/src/testing/booking-fixtures.js';
import { signIdentityToken } from '../packages/server/src/testing/identity-token.js';
import { startTestServer, type TestServer } from '../packages/server/src/testing/test-server.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Chromium flags for fake camera, microphone and screen, and WebRTC over loopback only. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--auto-select-desktop-capture-source=Entire screen',
  '--autoplay-policy=no-user-gesture-required',
  '--allow-loopback-in-peer-connection',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: chromiumArgs });
}

/** Builds the room's entry with the same rollup settings as `npm run build` (lazy chunks included) into `dir`. */
async function buildRoom(dir: string): Promise<void> {
  const config = (await import(pathToFileURL(path.join(root, 'rollup.config.js')).href)) as {
    standaloneBuild(input: string): RollupOptions;
  };
  const bundle = await rollup({
    ...config.standaloneBuild(path.join(root, 'packages/widgets/src/components/mentor-video-room/mentor-video-room.ts')),
    onwarn: () => undefined,
  });
  await bundle.write({ dir, format: 'es', entryFileNames: 'room.js', chunkFileNames: 'chunks/[name]-[hash].js' });
  await bundle.close();
}

/**
 * Serves the built room and a host page `/room.html?…` (on another origin than the service, as a real
 * site). Like a real host backend, the page signs a fresh identity token on every load (tokens are
 * single-use), so a reload signs in again.
 */
async function servePages(
  dir: string,
  mint: (who: { email: string; name: string }, membershipType: string) => Promise<string>,
): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/room.html') {
      const p = url.searchParams;
      const token = await mint({ email: p.get('email') ?? '', name: p.get('name') ?? '' }, p.get('type') ?? 'Mentee');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="${p.get('lang') ?? 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
        <title>Room</title><script type="module" src="/room.js"></script></head>
        <body style="margin:0;padding:12px;font-family:system-ui;${p.get('theme') === 'dark' ? 'background:#0f172a' : ''}">
        <mentor-video-room api-base="${p.get('api')}" community="demo" identity-token="${token}" session-id="${p.get('session')}"
          ${p.get('theme') ? `theme="${p.get('theme')}"` : ''} lang="${p.get('lang') ?? 'en'}"></mentor-video-room></body></html>`);
      return;
    }
    try {
      const file = path.join(dir, path.normalize(url.pathname).replace(/^\/+/, ''));
      if (!file.startsWith(dir)) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, server };
}

export interface RoomHarness {
  server: TestServer;
  ana: Person;
  ben: Person;
  pagesUrl: string;
  /** A confirmed ana–ben session; the service's clock is at its start. */
  bookConfirmed(dayOffset?: number): Promise<{ id: string; start: string; end: string }>;
  /** A host identity token for `who` (signed with the community secret, valid at the service's clock). */
  identityToken(who: { email: string; name: string }, membershipType?: string): Promise<string>;
  roomUrl(sessionId: string, who: { email: string; name: string }, extra?: Record<string, string>): Promise<string>;
  /** Moves the service's clock to `instant`. */
  setClock(instant: number): void;
  close(): Promise<void>;
}

export async function startRoomHarness(): Promise<RoomHarness> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mentorkit-room-'));
  const [server] = await Promise.all([startTestServer(), buildRoom(dir)]);
  const pages = await servePages(dir, (who, membershipType) => harness.identityToken(who, membershipType));
  let ana: Person;
  let ben: Person;
  try {
    await setBookingLimit(server, 1000);
    ana = await mentor(server, { name: 'Ana Souza' });
    ben = await person(server, uniqueEmail('ben'), 'Ben Okafor');
  } catch (error) {
    await new Promise((resolve) => pages.server.close(resolve));
    await server.stop();
    throw error;
  }
  let day = 2;
  const harness: RoomHarness = {
    server,
    ana,
    ben,
    pagesUrl: pages.url,
    setClock(instant) {
      server.advanceClock(instant - server.services.now().getTime());
    },
    async bookConfirmed(dayOffset) {
      const r = await book(server, ben, ana.id, slotAt(server, dayOffset ?? day++, 10), 60);
      if (r.status !== 201) throw new Error(`book ${r.status} ${JSON.stringify(r.body)}`);
      const confirmed = await act(server, ana, r.body.id, 'confirm');
      if (confirmed.status !== 200) throw new Error(`confirm ${confirmed.status}`);
      return r.body;
    },
    async identityToken(who, membershipType = 'Mentee') {
      const now = Math.floor(server.services.now().getTime() / 1000);
      return signIdentityToken(
        server.secretKey,
        'demo',
        { email: who.email, name: who.name, membershipType },
        { nowSeconds: now, lifetimeSeconds: 600 },
      );
    },
    async roomUrl(sessionId, who, extra = {}) {
      const type = who === ana ? 'Mentor' : 'Mentee';
      return `${pages.url}/room.html?${new URLSearchParams({ api: server.url, email: who.email, name: who.name, type, session: sessionId, ...extra })}`;
    },
    async close() {
      await new Promise((resolve) => pages.server.close(resolve));
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** The room element's peer connection stats, summarised: decoded video frames and the ICE state. */
export async function remoteVideo(page: Page): Promise<{ framesDecoded: number; frameWidth: number }> {
  return page.evaluate(async () => {
    const room = document.querySelector('mentor-video-room') as HTMLElement & { connectionStats(): Promise<RTCStatsReport | null> };
    const stats = await room.connectionStats();
    let framesDecoded = 0;
    let frameWidth = 0;
    stats?.forEach((report: any) => {
      if (report.type === 'inbound-rtp' && report.kind === 'video') {
        framesDecoded = Math.max(framesDecoded, report.framesDecoded ?? 0);
        frameWidth = report.frameWidth ?? frameWidth;
      }
    });
    return { framesDecoded, frameWidth };
  });
}

/** Resolves once the page decodes `count` more remote video frames than it had (polls; the test runner's timeout bounds it). */
export async function framesAdvance(page: Page, count = 10): Promise<number> {
  const start = (await remoteVideo(page)).framesDecoded;
  for (;;) {
    const now = (await remoteVideo(page)).framesDecoded;
    if (now >= start + count) return now;
    await page.waitForTimeout(50);
  }
}
