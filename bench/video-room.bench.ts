/**
 * Benchmark: the video room between two real Chromium launches (fake camera and microphone, loopback
 * only, no STUN/TURN), the real service and the real widget bundle — the same harness as
 * e2e/video-room.test.ts. 20 joins: ana is in the room, ben presses Join; measured in ben's page from the
 * click to the first remote video frame decoded (`getStats` inbound-rtp `framesDecoded` > 0, polled every
 * 10 ms). After each join, ben forces an ICE restart (`room.reconnect()`); measured from the call to new
 * ICE credentials on both descriptions, ICE connected again and a newly decoded frame.
 * Run: `npm run bench video-room` or `node --import tsx bench/video-room.bench.ts` (JOINS=… overrides).
 */
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
  failures?: string[];
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
};

function summary(name: string, values: number[]): VideoRoomBenchResult {
  return { name, samples: values.length, p50Ms: percentile(values, 50), p95Ms: percentile(values, 95), maxMs: Math.round(Math.max(...values)) };
}

/** In the page: press Join, then wait for the first decoded remote frame; returns the elapsed ms. */
function joinToFirstFrame(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const room = document.querySelector('mentor-video-room') as HTMLElement & { connectionStats(): Promise<RTCStatsReport | null> };
    const start = performance.now();
    room.shadowRoot!.querySelector<HTMLButtonElement>('[part="join-button"]')!.click();
    for (;;) {
      let frames = 0;
      (await room.connectionStats())?.forEach((r: any) => {
        if (r.type === 'inbound-rtp' && r.kind === 'video') frames = r.framesDecoded ?? 0;
      });
      if (frames > 0) return performance.now() - start;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });
}

/** In the page: force an ICE restart and wait until media flows on the new ICE credentials. */
function iceRestartRecovery(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const room = document.querySelector('mentor-video-room') as any;
    const pc: RTCPeerConnection = room.call.call.pc;
    const ufrag = (sdp: string | undefined) => sdp?.match(/a=ice-ufrag:(\S+)/)?.[1];
    const frames = async () => {
      let n = 0;
      (await pc.getStats()).forEach((r: any) => {
        if (r.type === 'inbound-rtp' && r.kind === 'video') n = r.framesDecoded ?? 0;
      });
      return n;
    };
    const local = ufrag(pc.localDescription?.sdp);
    const remote = ufrag(pc.remoteDescription?.sdp);
    const start = performance.now();
    room.reconnect();
    for (;;) {
      const renewed = ufrag(pc.localDescription?.sdp) !== local && ufrag(pc.remoteDescription?.sdp) !== remote && pc.signalingState === 'stable';
      if (renewed && (pc.iceConnectionState === 'connected' || pc.iceConnectionState === 'completed')) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const before = await frames();
    while ((await frames()) <= before) await new Promise((resolve) => setTimeout(resolve, 5));
    return performance.now() - start;
  });
}

/** A step that never finishes is a failure to report, not a bench that hangs. */
function withTimeout<T>(promise: Promise<T>, what: string, ms = 60_000): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not finish in ${ms} ms`)), ms).unref())]);
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
    const firstFrame: number[] = [];
    const failures: string[] = [];
    const recovery: number[] = [];
    for (let i = 0; i < joins; i++) {
      await ana.goto(await harness.roomUrl(session.id, harness.ana));
      await ana.locator('[part="join-button"]:not([disabled])').click();
      await ana.locator('[part="controls"]').waitFor();
      await ben.goto(await harness.roomUrl(session.id, harness.ben));
      await ben.locator('[part="join-button"]:not([disabled])').waitFor();
      const step = async (what: string, measure: () => Promise<number>, into: number[]) => {
        try {
          into.push(await withTimeout(measure(), what));
        } catch (error) {
          failures.push(`${what} ${i + 1}: ${(error as Error).message}`);
        }
      };
      await step('join', () => joinToFirstFrame(ben), firstFrame);
      await step('ICE restart', () => iceRestartRecovery(ben), recovery);
      console.error(`# join ${i + 1}/${joins}: first frame ${Math.round(firstFrame.at(-1) ?? NaN)} ms, recovery ${Math.round(recovery.at(-1) ?? NaN)} ms, failures ${failures.length}`);
    }
    return [
      { ...summary('video-room-join-to-first-remote-frame', firstFrame), failures: failures.filter((f) => f.startsWith('join')) },
      { ...summary('video-room-ice-restart-recovery', recovery), failures: failures.filter((f) => f.startsWith('ICE')) },
    ];
  } finally {
    await Promise.all([anaBrowser.close(), benBrowser.close()]);
    await harness.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const result of await run()) console.log(JSON.stringify(result));
  process.exit(0);
}
