/**
 * Benchmark: the video room between two real Chromium launches (fake camera and microphone, loopback
 * only, no STUN/TURN), the real service and the real widget bundle — the same harness as
 * e2e/video-room.test.ts. JOINS rounds (default 20): ana is in the room, ben presses Join; measured in
 * ben's page from the click to the first remote video frame decoded (inbound-rtp `framesDecoded` > 0,
 * `getStats` every 20 ms). Then ben forces an ICE restart (`room.reconnect()`); measured from the call
 * to new ICE credentials on both descriptions, ICE connected again and a newly decoded frame.
 *
 * A step that does not finish within a minute is reported with the room's own trace of both pages
 * (`diagnostics()`: signaling in/out, negotiation and ICE states), so the log shows where it hung. The
 * client events the service dropped for going over 10 a second (error 4301) are counted per page.
 * TRACE=1 prints both traces after every round.
 * Run: `npm run bench video-room` or `node --conditions=mentorkit-source --import tsx bench/video-room.bench.ts`.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchBrowser, startRoomHarness } from '../e2e/room-harness.js';

export interface VideoRoomBenchResult {
  name: string;
  samples: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Steps that did not finish within a minute (reported, not hidden). */
  failures: string[];
}

const STEP_LIMIT_MS = 60_000;

const percentile = (values: number[], p: number) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
};

function summary(name: string, values: number[], failures: string[]): VideoRoomBenchResult {
  return {
    name,
    samples: values.length,
    p50Ms: percentile(values, 50),
    p95Ms: percentile(values, 95),
    maxMs: values.length ? Math.round(Math.max(...values)) : NaN,
    failures,
  };
}

/** In the page: press Join, then wait for the first decoded remote frame; returns the elapsed ms. */
function joinToFirstFrame(page: Page): Promise<number> {
  return page.evaluate(async (limit) => {
    const room = document.querySelector('mentor-video-room') as HTMLElement & { connectionStats(): Promise<RTCStatsReport | null> };
    const start = performance.now();
    room.shadowRoot!.querySelector<HTMLButtonElement>('[part="join-button"]')!.click();
    while (performance.now() - start < limit) {
      let frames = 0;
      (await room.connectionStats())?.forEach((r: any) => {
        if (r.type === 'inbound-rtp' && r.kind === 'video') frames = r.framesDecoded ?? 0;
      });
      if (frames > 0) return performance.now() - start;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('no remote frame');
  }, STEP_LIMIT_MS);
}

/**
 * In the page: force an ICE restart and wait until media flows on new ICE credentials. The peer
 * connection is looked up on every poll: the room may replace it (a rebuilt connection also counts as
 * recovered once frames arrive on it).
 */
function iceRestartRecovery(page: Page): Promise<number> {
  return page.evaluate(async (limit) => {
    const room = document.querySelector('mentor-video-room') as any;
    const current = (): RTCPeerConnection | undefined => room.call?.call?.pc;
    const ufrag = (sdp: string | undefined) => sdp?.match(/a=ice-ufrag:(\S+)/)?.[1];
    const frames = async (pc: RTCPeerConnection) => {
      let n = 0;
      (await pc.getStats()).forEach((r: any) => {
        if (r.type === 'inbound-rtp' && r.kind === 'video') n = r.framesDecoded ?? 0;
      });
      return n;
    };
    const first = current()!;
    const local = ufrag(first.localDescription?.sdp);
    const remote = ufrag(first.remoteDescription?.sdp);
    const start = performance.now();
    const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
    room.reconnect();
    let pc = first;
    for (;;) {
      if (performance.now() - start > limit) throw new Error('ICE not renewed');
      pc = current() ?? pc;
      const renewed =
        ufrag(pc.localDescription?.sdp) !== local && ufrag(pc.remoteDescription?.sdp) !== remote && pc.signalingState === 'stable';
      if (renewed && (pc.iceConnectionState === 'connected' || pc.iceConnectionState === 'completed')) break;
      await pause();
    }
    const before = await frames(pc);
    while ((await frames(pc)) <= before) {
      if (performance.now() - start > limit) throw new Error('no frame after the restart');
      await pause();
    }
    return performance.now() - start;
  }, STEP_LIMIT_MS);
}

async function trace(page: Page): Promise<string> {
  try {
    const lines = await page.evaluate(() =>
      (document.querySelector('mentor-video-room') as HTMLElement & { diagnostics(): string[] }).diagnostics(),
    );
    return lines
      .slice(-40)
      .map((line) => `    ${line}`)
      .join('\n');
  } catch (error) {
    return `    (no trace: ${(error as Error).message})`;
  }
}

export async function run(): Promise<VideoRoomBenchResult[]> {
  process.env.LOG_LEVEL = 'silent';
  const joins = Number(process.env.JOINS ?? 20);
  const [harness, anaBrowser, benBrowser] = await Promise.all([startRoomHarness(), launchBrowser(), launchBrowser()]);
  try {
    const session = await harness.bookConfirmed();
    harness.setClock(Date.parse(session.start));
    const [ana, ben] = await Promise.all([anaBrowser.newPage(), benBrowser.newPage()]);
    // tsx names inner functions with esbuild's `__name` helper, which page.evaluate does not carry along.
    await Promise.all([ana.addInitScript('window.__name = (f) => f'), ben.addInitScript('window.__name = (f) => f')]);
    const dropped = { ana: 0, ben: 0 };
    for (const [who, page] of [
      ['ana', ana],
      ['ben', ben],
    ] as const) {
      page.on('websocket', (ws) =>
        ws.on('framereceived', ({ payload }) => void (String(payload).includes('"code\\":4301') && dropped[who]++)),
      );
    }
    const firstFrame: number[] = [];
    const recovery: number[] = [];
    const failures = { join: [] as string[], restart: [] as string[] };
    for (let i = 1; i <= joins; i++) {
      // Each page load signs in with a fresh identity token, and the service allows 10 a minute per
      // member: every round starts a minute later on the service's clock (still inside the session).
      harness.setClock(Date.parse(session.start) + (i - 1) * 61_000);
      try {
        await ana.goto(await harness.roomUrl(session.id, harness.ana));
        await ana.locator('[part="join-button"]:not([disabled])').click({ timeout: STEP_LIMIT_MS });
        await ana.locator('[part="controls"]').waitFor({ timeout: STEP_LIMIT_MS });
        await ben.goto(await harness.roomUrl(session.id, harness.ben));
        await ben.locator('[part="join-button"]:not([disabled])').waitFor({ timeout: STEP_LIMIT_MS });
      } catch (error) {
        const shown = async (page: Page) =>
          page
            .evaluate(() =>
              (document.querySelector('mentor-video-room')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300),
            )
            .catch(() => '?');
        const message = `join ${i}: setup failed (${(error as Error).message.split('\n')[0]}); ana sees "${await shown(ana)}", ben sees "${await shown(ben)}"`;
        failures.join.push(message);
        console.error(`# FAILED ${message}`);
        continue;
      }
      const step = async (what: 'join' | 'restart', measure: () => Promise<number>, into: number[]) => {
        try {
          into.push(await measure());
          return true;
        } catch (error) {
          const message = `${what} ${i}: ${(error as Error).message.split('\n')[0]}`;
          failures[what].push(message);
          console.error(`# FAILED ${message}\n  ben:\n${await trace(ben)}\n  ana:\n${await trace(ana)}`);
          return false;
        }
      };
      const joined = await step('join', () => joinToFirstFrame(ben), firstFrame);
      const restarted = joined && (await step('restart', () => iceRestartRecovery(ben), recovery));
      if (process.env.TRACE) console.error(`  ben:\n${await trace(ben)}\n  ana:\n${await trace(ana)}`);
      const ms = (ok: boolean, values: number[]) => (ok ? `${Math.round(values.at(-1)!)} ms` : 'FAILED');
      console.error(
        `# round ${i}/${joins}: join → first frame ${ms(joined, firstFrame)}, ICE restart → media ${joined ? ms(restarted, recovery) : 'skipped'}; 4301 drops so far ana ${dropped.ana} ben ${dropped.ben}`,
      );
    }
    return [
      summary('video-room-join-to-first-remote-frame', firstFrame, failures.join),
      { ...summary('video-room-ice-restart-recovery', recovery, failures.restart) },
      {
        name: 'video-room-client-events-dropped-4301',
        samples: joins,
        p50Ms: NaN,
        p95Ms: NaN,
        maxMs: NaN,
        failures: dropped.ana + dropped.ben ? [`ana ${dropped.ana}, ben ${dropped.ben}`] : [],
      },
    ];
  } finally {
    await Promise.all([anaBrowser.close(), benBrowser.close()]);
    await harness.close();
  }
}

/** A table to paste into docs/performance.md, with what makes figures comparable (machine, date, load). */
export async function printSummary(results: VideoRoomBenchResult[], loadBefore: string): Promise<void> {
  const loadAfter = (await readFile('/proc/loadavg', 'utf8').catch(() => 'n/a')).trim();
  const [join, restart, drops] = results;
  const row = (label: string, r: VideoRoomBenchResult, target: string) =>
    `| ${label} | ${r.samples} of ${r.samples + r.failures.length} | ${r.p50Ms} ms | ${r.p95Ms} ms | ${r.maxMs} ms | ${target} |`;
  console.log(
    [
      '',
      `Video room bench, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      `load average before: ${loadBefore}; after: ${loadAfter}`,
      '',
      '| measurement | finished | p50 | p95 | max | target |',
      '|---|---|---|---|---|---|',
      row('Join → first remote frame', join!, 'p50 ≤ 1 s, p95 ≤ 2 s'),
      row('Forced ICE restart → media again', restart!, '≤ 3 s'),
      '',
      `Client events dropped by the service (4301): ${drops!.failures[0] ?? 'none'}`,
      ...[...join!.failures, ...restart!.failures].map((f) => `Did not finish: ${f}`),
    ].join('\n'),
  );
  console.log('');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const loadBefore = (await readFile('/proc/loadavg', 'utf8').catch(() => 'n/a')).trim();
  const results = await run();
  for (const result of results) console.log(JSON.stringify(result));
  await printSummary(results, loadBefore);
  process.exit(0);
}
