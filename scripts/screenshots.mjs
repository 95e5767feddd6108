#!/usr/bin/env node
// `npm run screenshots`: starts the real service on a fresh temporary data directory (seeded demo
// community), opens the example site in Debian's Chromium through playwright-core (never a downloaded
// browser), signs in where a widget needs it (real code from the outbox), and writes PNGs of every
// widget — light and dark, English and one Spanish — to docs/screenshots/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';
import { ensureChromium } from './ensure-chromium.mjs';
import { shootFlows } from './screenshots-flows.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'docs/screenshots');
const MAX_BYTES = 300 * 1024;
mkdirSync(outDir, { recursive: true });

// The pages load the per-element bundles the service serves at /mentorkit/cdn/: build them fresh.
const build = spawnSync(process.execPath, [path.join(root, 'node_modules/rollup/dist/bin/rollup'), '-c'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const { startTestServer } = await tsImport('../packages/server/src/testing/test-server.ts', import.meta.url);
const server = await startTestServer();
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const written = [];

/** A fresh page (own storage) in a fixed zone and language. */
async function newPage({ locale = 'en-US', dark = false, width = 1100 } = {}) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    deviceScaleFactor: 1,
    locale,
    timezoneId: 'America/New_York',
    colorScheme: dark ? 'dark' : 'light',
  });
  return context.newPage();
}

/** Signs the page in as `email` through the real code flow (or with a session signed in before), then reloads. */
async function signIn(page, email, session) {
  const result = session ?? (await server.signIn(email));
  await page.evaluate(async (auth) => {
    const client = window.MentorKit.createClient({ baseUrl: location.origin, community: 'demo' });
    await client.setSession(auth);
  }, result);
  await page.reload();
}

/** Waits until `selector` (piercing shadow roots) is visible and network is quiet. */
async function settle(page, selector) {
  await page.locator(selector).first().waitFor({ state: 'visible', timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

/** Screenshots one element (dark: its `theme` attribute set too) as docs/screenshots/<name>.png. */
async function shoot(page, selector, name, { dark = false, screenOnly = false } = {}) {
  const element = page.locator(selector).first();
  if (dark) {
    await element.evaluate((el) => el.setAttribute('theme', 'dark'));
    await page.evaluate(() => (document.body.style.background = '#0b1120'));
    await page.waitForTimeout(200);
  }
  const file = path.join(outDir, `${name}.png`);
  // A phone shot is what the first screen shows (the whole hub would be several screens tall).
  if (screenOnly) await page.screenshot({ path: file, animations: 'disabled' });
  else await element.screenshot({ path: file, animations: 'disabled' });
  const bytes = statSync(file).size;
  written.push(`${name}.png (${Math.round(bytes / 1024)} KB)`);
  if (bytes > MAX_BYTES) throw new Error(`${name}.png is ${bytes} bytes, over the ${MAX_BYTES} budget`);
}

const base = server.url;
/** `--only=messages` shoots just <mentor-messages> and the notification bell. */
const onlyMessages = process.argv.includes('--only=messages');
/** `--only=flows` shoots just the issue-10 flows (scripts/screenshots-flows.mjs). */
const onlyFlows = process.argv.includes('--only=flows');

/** Ben and Ana (an accepted mentorship in the demo) write to each other; Ana confirms one of Ben's requests. */
async function seedConversation() {
  const [ben, ana] = [await server.signIn('ben@example.com'), await server.signIn('ana@example.com')];
  const call = async (who, method, p, body) =>
    (await server.api(method, `/v1/communities/demo${p}`, { token: who.accessToken, ...(body ? { body } : {}) })).body;
  const conversation = await call(ben, 'POST', '/conversations', { memberId: ana.user.member.id });
  const say = (who, text) => call(who, 'POST', `/conversations/${conversation.id}/messages`, { text });
  await say(ben, 'Hi Ana! Thanks for accepting. Could we focus on React performance in our next session?');
  await say(
    ana,
    'Of course! Bring a profile from the React DevTools if you can. This is a good primer: https://react.dev/learn/render-and-commit',
  );
  await call(ben, 'POST', `/conversations/${conversation.id}/read`, {});
  await say(ben, "Great, I'll record one tonight and send it over.");
  await say(ana, 'Perfect. See you Thursday!');
  const pending = await call(ana, 'GET', '/sessions?role=mentor&status=pending&time=upcoming');
  const request = pending.items.find((s) => s.mentee.id === ben.user.member.id);
  if (request) await call(ana, 'POST', `/sessions/${request.id}/confirm`);
  // Things for Ana's bell: a new request from Ben and a cancellation with its reason.
  const slots = await call(ben, 'GET', `/mentors/${ana.user.member.id}/slots?duration=60&timeZone=UTC`);
  if (slots.slots?.[0])
    await call(ben, 'POST', '/sessions', {
      mentorId: ana.user.member.id,
      start: slots.slots[0].start,
      durationMinutes: 60,
      topic: 'Profiling a slow React list',
    });
  const confirmed = await call(ben, 'GET', '/sessions?role=mentee&status=confirmed&time=upcoming');
  const toCancel = confirmed.items.find((s) => s.mentor.id === ana.user.member.id);
  if (toCancel) await call(ben, 'POST', `/sessions/${toCancel.id}/cancel`, { reason: 'My team moved the release to that day, sorry!' });
  return { ben, ana };
}

/** <mentor-messages> (wide, narrow, dark) and the bell, in Ben's hub. */
async function shootMessages() {
  // Signed in once each (sign-in codes are rate-limited per email); the pages reuse these sessions.
  const sessions = await seedConversation();
  for (const dark of [false, true]) {
    const page = await newPage({ dark });
    await page.goto(`${base}/members.html`);
    await settle(page, 'mentor-hub mentor-sign-in');
    await signIn(page, 'ben@example.com', sessions.ben);
    // The light pass reads the conversation, so only it has the unread badge to wait for.
    await settle(page, dark ? 'mentor-hub #hub-tab-messages' : 'mentor-hub #hub-tab-messages [part="unread-badge"]');
    await page.locator('mentor-hub #hub-tab-messages').click();
    await page.locator('mentor-messages [part="conversation"]').first().click();
    await settle(page, 'mentor-messages [part="message"]');
    await shoot(page, 'mentor-messages', `messages-${dark ? 'dark' : 'light'}`, { dark });
  }
  // Ana's bell, opened, cut to the header and the panel.
  const bellPage = await newPage();
  await bellPage.goto(`${base}/members.html`);
  await settle(bellPage, 'mentor-hub mentor-sign-in');
  await signIn(bellPage, 'ana@example.com', sessions.ana);
  await settle(bellPage, 'mentor-notification-bell [part="count"]');
  await bellPage.locator('mentor-notification-bell [part="bell"]').click();
  await settle(bellPage, 'mentor-notification-bell [part="notification"]');
  const panel = await bellPage.locator('mentor-notification-bell [part="panel"]').boundingBox();
  const hub = await bellPage.locator('mentor-hub').boundingBox();
  const clip = {
    x: Math.max(0, panel.x - 24),
    y: hub.y,
    width: hub.x + hub.width - Math.max(0, panel.x - 24),
    height: panel.y + panel.height + 24 - hub.y,
  };
  const bellFile = path.join(outDir, 'bell-light.png');
  await bellPage.screenshot({ path: bellFile, clip });
  written.push(`bell-light.png (${Math.round(statSync(bellFile).size / 1024)} KB)`);

  const phone = await browser.newContext({
    viewport: { width: 375, height: 740 },
    deviceScaleFactor: 1,
    locale: 'es-ES',
    timezoneId: 'Europe/Madrid',
  });
  const narrow = await phone.newPage();
  await narrow.goto(`${base}/members.html`);
  await settle(narrow, 'mentor-hub mentor-sign-in');
  await signIn(narrow, 'ana@example.com', sessions.ana);
  await settle(narrow, 'mentor-hub #hub-tab-messages');
  await narrow.locator('mentor-hub #hub-tab-messages').click();
  await narrow.locator('mentor-messages [part="conversation"]').first().click();
  await settle(narrow, 'mentor-messages [part="message"]');
  await shoot(narrow, 'mentor-messages', 'messages-narrow-es');
}

/** The flows' shots, after an hour on the service's clock so the accounts may sign in again (5 codes an hour). */
async function flows() {
  server.advanceClock(61 * 60 * 1000);
  await shootFlows({ server, base, newPage, signIn, settle, shoot });
}

try {
  if (onlyFlows) await flows();
  else {
    if (onlyMessages) await shootMessages();
    for (const dark of onlyMessages ? [] : [false, true]) {
      const suffix = dark ? 'dark' : 'light';

      // Home: sign-in and directory.
      const home = await newPage({ dark });
      await home.goto(`${base}/`);
      await home.evaluate(() => document.querySelector('mentor-directory')?.setAttribute('page-size', '6'));
      await settle(home, 'mentor-directory [part="card"]');
      await shoot(home, 'mentor-sign-in', `sign-in-${suffix}`, { dark });
      await shoot(home, 'mentor-directory', `directory-${suffix}`, { dark });

      // A mentor page: profile and booking calendar.
      const anaId = (await server.api('GET', '/v1/communities/demo/mentors?q=Ana%20Souza')).body.items[0].id;
      const mentor = await newPage({ dark });
      await mentor.goto(`${base}/mentor.html?id=${anaId}`);
      await settle(mentor, 'mentor-profile h2');
      await shoot(mentor, 'mentor-profile', `profile-${suffix}`, { dark });
      await signIn(mentor, 'ben@example.com');
      await settle(mentor, 'mentor-booking-calendar [part="slot-button"]');
      await mentor.locator('mentor-booking-calendar [part="slot-button"]').first().click();
      await mentor.locator('mentor-booking-calendar #topic').fill('Preparing for a frontend interview');
      await shoot(mentor, 'mentor-booking-calendar', `booking-calendar-${suffix}`, { dark });

      // Members: Ben's hub and session list; Ana's dashboard.
      const members = await newPage({ dark });
      await members.goto(`${base}/members.html`);
      await settle(members, 'mentor-hub mentor-sign-in');
      await signIn(members, 'ben@example.com');
      await settle(members, 'mentor-hub mentor-directory [part="card"]');
      await shoot(members, 'mentor-hub', `hub-${suffix}`, { dark, screenOnly: true });
      await members.locator('mentor-hub [role="tab"]', { hasText: 'My sessions' }).click();
      await members.locator('mentor-session-list [part="time-filter"] button', { hasText: 'Past' }).click();
      await settle(members, 'mentor-session-list [part="session"]');
      await shoot(members, 'mentor-session-list', `session-list-${suffix}`, { dark });
      // "Become a mentor" (C7) for Ben, who is not a mentor.
      await members.locator('mentor-hub [role="tab"]', { hasText: 'Become a mentor' }).click();
      await settle(members, 'mentor-apply [part="form"]');
      await members.locator('mentor-apply #apply-bio').fill('Ten years of backend work; I enjoy helping people get their first job.');
      for (const tag of ['Go', 'Career change']) {
        await members.locator('mentor-apply #apply-expertise').fill(tag);
        await members.locator('mentor-apply #apply-expertise').press('Enter');
      }
      await shoot(members, 'mentor-apply', `apply-${suffix}`, { dark });

      // Ana (mentor): "My students" in her dashboard — Ben, with sessions, hours and topics.
      const ana = await newPage({ dark });
      await ana.goto(`${base}/members.html`);
      await settle(ana, 'mentor-hub mentor-sign-in');
      await signIn(ana, 'ana@example.com');
      await settle(ana, 'mentor-dashboard [role="tab"]');
      await ana.locator('mentor-dashboard [role="tab"]', { hasText: 'My students' }).click();
      await settle(ana, 'mentor-relationships [part="list"]');
      await shoot(ana, 'mentor-relationships', `students-${suffix}`, { dark });

      const dashboard = await newPage({ dark });
      await dashboard.goto(`${base}/members.html`);
      await settle(dashboard, 'mentor-hub mentor-sign-in');
      await signIn(dashboard, 'ana@example.com');
      await settle(dashboard, 'mentor-dashboard mentor-session-list[status="pending"] [part="session"]');
      await shoot(dashboard, 'mentor-dashboard', `dashboard-${suffix}`, { dark });
      if (!dark) {
        await dashboard.locator('mentor-dashboard [role="tab"]', { hasText: 'Availability' }).click();
        await settle(dashboard, 'mentor-availability-editor [part="weekly"]');
        await shoot(dashboard, 'mentor-dashboard', 'dashboard-availability-light');
        await dashboard.locator('mentor-dashboard [role="tab"]', { hasText: 'Profile' }).click();
        await settle(dashboard, 'mentor-profile-editor #pf-bio');
        await shoot(dashboard, 'mentor-dashboard', 'dashboard-profile-light');
        // The cancel dialog, on one of Ana's confirmed sessions.
        await dashboard.locator('mentor-dashboard [role="tab"]', { hasText: 'Overview' }).click();
        await settle(dashboard, 'mentor-session-list[status="confirmed"] [part="session"]');
        await dashboard.locator('mentor-session-list[status="confirmed"] button[data-action="cancel"]').first().click();
        await settle(dashboard, 'mentor-session-list dialog[open]');
        await dashboard.locator('mentor-session-list dialog[open] textarea').fill('I have to travel that day, sorry.');
        await shoot(dashboard, 'mentor-session-list[status="confirmed"] dialog[open]', 'cancel-dialog-light');
      }
    }

    if (!onlyMessages) await shootMessages();
    // The admin console, in light, dark and Spanish, and at 375 px.
    for (const { dark, locale, name, width } of onlyMessages
      ? []
      : [
          { dark: false, locale: 'en-US', name: 'admin-light', width: 1100 },
          { dark: true, locale: 'en-US', name: 'admin-dark', width: 1100 },
          { dark: false, locale: 'es-MX', name: 'admin-es', width: 1100 },
          { dark: false, locale: 'en-US', name: 'admin-375-light', width: 375 },
        ]) {
      const admin = await newPage({ dark, locale });
      await admin.setViewportSize({ width, height: 900 });
      await admin.goto(`${base}/admin.html`);
      await settle(admin, 'mentor-admin mentor-sign-in');
      await signIn(admin, 'admin@example.com');
      await settle(admin, 'mentor-admin [part="chart"]');
      await shoot(admin, 'mentor-admin', name, { dark });
      if (name === 'admin-light') {
        await admin.locator('mentor-admin [role="tab"]', { hasText: 'Members' }).click();
        await settle(admin, 'mentor-admin-members table');
        await shoot(admin, 'mentor-admin', 'admin-members-light');
        await admin.locator('mentor-admin [role="tab"]', { hasText: 'Settings' }).click();
        await settle(admin, 'mentor-admin-settings form');
        await shoot(admin, 'mentor-admin', 'admin-settings-light');
      }
    }

    // The hub on a 375 px phone (results first, one line of tabs), light and dark.
    for (const dark of [false, true]) {
      const phone = await newPage({ dark, width: 375 });
      await phone.goto(`${base}/members.html`);
      await settle(phone, 'mentor-hub mentor-sign-in');
      // Cruz (mentor and mentee: the most tabs); Ben's sign-in codes are spent above (5 per hour).
      await signIn(phone, 'cruz@example.com');
      await settle(phone, 'mentor-hub mentor-directory [part="card"]');
      await shoot(phone, 'mentor-hub', `hub-375-${dark ? 'dark' : 'light'}`, { dark, screenOnly: true });
    }

    // Spanish: Cruz (mentor and mentee) in the hub's session list, with a browser in Spanish.
    const es = onlyMessages ? null : await newPage({ locale: 'es-MX' });
    if (es) {
      await es.goto(`${base}/members.html`);
      await settle(es, 'mentor-hub mentor-sign-in');
      await signIn(es, 'cruz@example.com');
      await settle(es, 'mentor-hub [role="tab"]');
      await es.locator('mentor-hub [role="tab"]', { hasText: 'Mis sesiones' }).click();
      await settle(es, 'mentor-session-list [part="session"]');
      await shoot(es, 'mentor-hub', 'hub-sessions-es');
      await es.locator('mentor-hub [role="tab"]', { hasText: 'Panel de mentor' }).click();
      await settle(es, 'mentor-dashboard [part="stats"]');
      await shoot(es, 'mentor-dashboard', 'dashboard-es');
    }

    if (!onlyMessages) await flows();
  }
  console.log(`Wrote ${written.length} screenshots to docs/screenshots/:\n  ${written.join('\n  ')}`);
} finally {
  await browser.close();
  await server.stop();
}
