// The video room end to end (issue 8): two separate Chromium launches with fake media, the real
// service, the real widget bundle, real pusher-js over the built-in real-time endpoint.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { framesAdvance, launchBrowser, remoteVideo, startRoomHarness, type RoomHarness } from './room-harness.js';

describe('<mentor-video-room> between two browsers', { timeout: 240_000 }, () => {
  let harness: RoomHarness;
  let benBrowser: Browser;
  let anaBrowser: Browser;
  let ben: Page;
  let ana: Page;
  let session: { id: string; start: string; end: string };

  before(async () => {
    [harness, benBrowser, anaBrowser] = await Promise.all([startRoomHarness(), launchBrowser(), launchBrowser()]);
    session = await harness.bookConfirmed();
    harness.setClock(Date.parse(session.start));
    [ben, ana] = await Promise.all([benBrowser.newPage(), anaBrowser.newPage()]);
    for (const [name, page] of [['ben', ben], ['ana', ana]] as const) {
      page.on('console', (m) => m.type() === 'error' && process.env.DEBUG_ROOM && console.log(name, m.text()));
    }
  });
  after(async () => {
    await Promise.all([benBrowser?.close(), anaBrowser?.close()]);
    await harness?.close();
  });

  async function enter(page: Page, who: 'ben' | 'ana'): Promise<void> {
    await page.goto(await harness.roomUrl(session.id, who === 'ben' ? harness.ben : harness.ana));
    await page.locator('[part="join-button"]').click();
    await page.locator('[part="controls"]').waitFor();
  }

  it('ben and ana join a confirmed session and each decodes the other\'s video', async () => {
    await Promise.all([enter(ben, 'ben'), enter(ana, 'ana')]);
    await Promise.all([framesAdvance(ben, 30), framesAdvance(ana, 30)]);
    assert.ok((await remoteVideo(ben)).frameWidth > 0);
    await ana.locator('[part="connection-state"]', { hasText: 'Connected' }).waitFor();
  });
});
