// Screenshots of the video room for docs/video.md: pre-join, call and notes in light, dark and Spanish,
// and each of them at 375 px. Every variant gets a session of its own, so its chat shows only its own message. Two Chromium launches with fake media against the real service.
// Run: node --import tsx e2e/room-screenshots.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { framesAdvance, launchBrowser, startRoomHarness } from './room-harness.js';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/screenshots');
process.env.LOG_LEVEL = 'silent';
const [harness, anaBrowser, benBrowser] = await Promise.all([startRoomHarness(), launchBrowser(), launchBrowser()]);
try {
  const variants = [
    { name: 'light', params: { theme: 'light', lang: 'en' }, width: 1120 },
    { name: 'dark', params: { theme: 'dark', lang: 'en' }, width: 1120 },
    { name: 'es', params: { theme: 'light', lang: 'es' }, width: 1120 },
    { name: 'mobile', params: { theme: 'light', lang: 'en' }, width: 375 },
  ];
  for (const variant of variants) {
    const session = await harness.bookConfirmed();
    harness.setClock(Date.parse(session.start) + 5 * 60_000);
    const ana = await anaBrowser.newPage({ viewport: { width: 1120, height: 800 } });
    const ben = await benBrowser.newPage({
      viewport: { width: variant.width, height: variant.width < 500 ? 1100 : 800 },
      deviceScaleFactor: 1,
    });
    await ana.goto(await harness.roomUrl(session.id, harness.ana, variant.params));
    await ana.locator('[part="join-button"]:not([disabled])').click();
    await ben.goto(await harness.roomUrl(session.id, harness.ben, variant.params));
    await ben.locator('[part="join-button"]:not([disabled])').waitFor();
    await ben.waitForTimeout(800); // the preview shows a few frames and the meter moves
    await ben.screenshot({ path: path.join(out, `video-room-prejoin-${variant.name}.png`), fullPage: true });
    await ben.locator('[part="join-button"]').click();
    await Promise.all([framesAdvance(ben, 20), framesAdvance(ana, 20)]);
    await ana.locator('[part="chat-input"]').fill(variant.params.lang === 'es' ? '¡Hola Ben! ¿Me oyes bien?' : 'Hi Ben! Can you hear me?');
    await ana.keyboard.press('Enter');
    await ben.locator('[part="message"]').first().waitFor();
    await ana.locator('[part~="mute-button"]').click();
    await ben.locator('[part="remote-muted"]').waitFor();
    await ben.locator('[part="quality"]').waitFor();
    await ben.screenshot({ path: path.join(out, `video-room-call-${variant.name}.png`), fullPage: true });
    {
      await ben.locator('#side-notes').click();
      const notes = ben.locator('textarea[part="notes"]');
      await notes.waitFor();
      if (!(await notes.inputValue())) {
        await notes.fill(
          variant.params.lang === 'es'
            ? 'Objetivos:\n- Repasar el portafolio\n- Preparar la entrevista'
            : 'Goals:\n- Review the portfolio\n- Prepare for the interview',
        );
      }
      await ben.locator('[part="save-state"]', { hasText: variant.params.lang === 'es' ? 'Guardado' : 'Saved' }).waitFor();
      await ben.screenshot({ path: path.join(out, `video-room-notes-${variant.name}.png`), fullPage: true });
    }
    await Promise.all([ana.close(), ben.close()]);
  }
} finally {
  await Promise.all([anaBrowser.close(), benBrowser.close()]);
  await harness.close();
}
process.exit(0);
