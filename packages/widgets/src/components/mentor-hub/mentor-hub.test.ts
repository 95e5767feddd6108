import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MentorSessionCreateEvent } from '../../base/events.js';
import { seriousA11yViolations } from '../../testing/a11y.js';
import { find, findText, shadow, type } from '../../testing/dom.js';
import { memberClient } from '../../testing/session-fixtures.js';
import {
  attributeClient,
  codeFor,
  createMentor,
  identityTokenFor,
  signOut,
  testClient,
  uniqueEmail,
  useAttributesOnly,
  useTestService,
} from '../../testing/test-service.js';
import type { MentorDashboard } from '../mentor-dashboard/mentor-dashboard.component.js';
import type { MentorSessionList } from '../mentor-session-list/mentor-session-list.component.js';
import './mentor-hub.js';
import type { MentorHub } from './mentor-hub.component.js';

const demo = {
  ana: ['ana@example.com', 'Ana Souza'],
  ben: ['ben@example.com', 'Ben Okafor'],
  cruz: ['cruz@example.com', 'Cruz Ramírez'],
  dana: ['dana@example.com', 'Dana Lee'],
  admin: ['admin@example.com', 'Alex Admin'],
} as const;

/** Signs the page in as a demo account by host identity token, keeping the account's roles. */
async function signInDemo(who: keyof typeof demo): Promise<void> {
  const [email, name] = demo[who];
  await testClient().exchangeIdentityToken({ token: await identityTokenFor(email, name) });
}

/** Signs in through the hub's own sign-in form with the code mailed to the outbox. */
async function signInWithCode(hub: MentorHub, email: string): Promise<void> {
  const signIn = await find(hub, 'mentor-sign-in');
  type(await find<HTMLInputElement>(signIn, 'input[name="email"]'), email);
  (await find<HTMLButtonElement>(signIn, 'button[type="submit"]')).click();
  const codeInput = await find<HTMLInputElement>(signIn, 'input[name="code"]');
  const { code } = await codeFor(email);
  type(codeInput, code);
  (await find<HTMLButtonElement>(signIn, 'button[type="submit"]')).click();
  await waitUntil(() => shadow(hub).querySelector('[part="base"]'), `signed in as ${email}`, { timeout: 15_000 });
}

/** Tab names without the unread badge. */
const tabName = (tab: Element) =>
  [...tab.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join('')
    .trim();
const tabNames = (hub: MentorHub) => [...shadow(hub).querySelectorAll('[role="tab"]')].map(tabName);

async function openTab(hub: MentorHub, name: string): Promise<void> {
  [...shadow(hub).querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((t) => tabName(t) === name)!.click();
  await hub.updateComplete;
}

/** The focused element, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function tabUntil(matches: (el: Element | null) => boolean, what: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (matches(deepActive())) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

describe('<mentor-hub>', () => {
  beforeEach(async () => {
    await useTestService();
    await signOut();
  });

  it('routes each demo account by role (C6)', async () => {
    const signedOut = await fixture<MentorHub>(html`<mentor-hub></mentor-hub>`);
    await find(signedOut, 'mentor-sign-in');
    expect(shadow(signedOut).querySelector('[role="tablist"]')).to.equal(null);

    const expected: Record<keyof typeof demo, string | string[]> = {
      ana: 'mentor-dashboard',
      ben: ['Find a mentor', 'Saved mentors', 'My sessions', 'My mentors', 'Messages', 'Become a mentor', 'Settings'],
      cruz: ['Find a mentor', 'Saved mentors', 'My sessions', 'My mentors', 'Messages', 'My students', 'Mentor dashboard', 'Settings'],
      dana: ['Find a mentor', 'Saved mentors', 'My sessions', 'My mentors', 'Messages', 'Become a mentor', 'Invite members', 'Settings'],
      admin: ['Find a mentor', 'Saved mentors', 'My sessions', 'My mentors', 'Messages', 'Become a mentor', 'Admin', 'Settings'],
    };
    for (const who of Object.keys(demo) as (keyof typeof demo)[]) {
      await signOut();
      await signInDemo(who);
      const hub = await fixture<MentorHub>(html`<mentor-hub></mentor-hub>`);
      const base = await find(hub, '[part="base"]');
      const want = expected[who];
      if (typeof want === 'string') {
        expect(base.dataset.home, who).to.equal('mentor-dashboard');
        const dashboard = await find<MentorDashboard>(hub, 'mentor-dashboard');
        await findText(dashboard, 'Pending requests');
        expect(tabNames(hub), who).to.deep.equal(
          ['Mentor dashboard', 'Messages', 'Settings'],
          'a mentor-only member gets the dashboard, messages and settings',
        );
      } else {
        expect(base.dataset.home, who).to.equal('mentorship-hub');
        expect(tabNames(hub), who).to.deep.equal(want);
        await findText(hub, `Welcome, ${demo[who][1]}`);
        await find(hub, 'mentor-directory');
        // Mentee figures are asked of mentees only: an employer or an admin sees no "not allowed" box.
        await hub['menteeStats'].taskComplete;
        await hub.updateComplete;
        expect(shadow(hub).querySelector('[part="base"] > [part="error"], .state.error'), who).to.equal(null);
      }
    }
  });

  it('signs in with a host identity token attribute (C4)', async () => {
    const token = await identityTokenFor('ben@example.com', 'Ben Okafor');
    const hub = await fixture<MentorHub>(html`<mentor-hub identity-token=${token}></mentor-hub>`);
    await findText(hub, 'Welcome, Ben Okafor');
  });

  it('runs the full booking flow: mentee books, mentor confirms in the dashboard, both see it confirmed', async () => {
    // Ben signs in with the code from the outbox and books Ana from the directory.
    const hub = await fixture<MentorHub>(html`<mentor-hub></mentor-hub>`);
    await signInWithCode(hub, 'ben@example.com');
    const directory = await find(hub, 'mentor-directory');
    type(await find<HTMLInputElement>(directory, '[part="search-input"]'), 'Ana Souza');
    (await find<HTMLButtonElement>(directory, '[part="search-button"]')).click();
    await waitUntil(
      () => [...shadow(directory).querySelectorAll('[part="card-link"]')].some((a) => a.textContent === 'Ana Souza'),
      'Ana in the directory',
    );
    [...shadow(directory).querySelectorAll<HTMLElement>('[part="card-link"]')].find((a) => a.textContent === 'Ana Souza')!.click();

    const calendar = await find(hub, 'mentor-booking-calendar');
    const slot = await find<HTMLButtonElement>(calendar, '[part="slot-button"]');
    slot.click();
    const topic = `Pairing on my first React PR ${Date.now().toString(36)}`;
    type(await find<HTMLInputElement>(calendar, '#topic'), topic);
    const created = oneEvent(hub, 'mentor-session-create') as Promise<MentorSessionCreateEvent>;
    (await find<HTMLButtonElement>(calendar, '[part="submit"]')).click();
    const { session } = (await created).detail;
    expect(session.status).to.equal('pending');

    await openTab(hub, 'My sessions');
    const benList = await find<MentorSessionList>(hub, 'mentor-session-list');
    const benCard = await find(benList, `article[data-session-id="${session.id}"]`);
    expect(benCard.textContent).to.include(topic);
    expect(benCard.querySelector('[part="status-badge"]')!.textContent).to.include('Pending');

    // Ana signs in with her code and lands on the dashboard, where the request waits.
    await signOut();
    const anaHub = await fixture<MentorHub>(html`<mentor-hub></mentor-hub>`);
    await signInWithCode(anaHub, 'ana@example.com');
    const dashboard = await find<MentorDashboard>(anaHub, 'mentor-dashboard');
    const pending = await find<MentorSessionList>(dashboard, 'mentor-session-list[status="pending"]');
    const request = await find(pending, `article[data-session-id="${session.id}"]`);
    request.querySelector<HTMLButtonElement>('button[data-action="confirm"]')!.click();
    const upcoming = await find<MentorSessionList>(dashboard, 'mentor-session-list[status="confirmed"]');
    await waitUntil(
      () => shadow(upcoming).querySelector(`article[data-session-id="${session.id}"]`),
      'confirmed session in the upcoming list',
    );
    expect(shadow(upcoming).querySelector(`article[data-session-id="${session.id}"] [part="status-badge"]`)!.textContent).to.include(
      'Confirmed',
    );
    await waitUntil(() => !shadow(pending).querySelector(`article[data-session-id="${session.id}"]`), 'no longer pending');

    // Ben sees it confirmed.
    await signOut();
    await signInDemo('ben');
    const benAgain = await fixture<MentorHub>(html`<mentor-hub tab="sessions"></mentor-hub>`);
    const list = await find<MentorSessionList>(benAgain, 'mentor-session-list');
    const confirmed = await find(list, `article[data-session-id="${session.id}"]`);
    expect(confirmed.querySelector('[part="status-badge"]')!.textContent).to.include('Confirmed');
    expect((await testClient().getSession({ sessionId: session.id })).status).to.equal('confirmed');
  });

  it('books with the keyboard only', async () => {
    const mentorId = await createMentor(uniqueEmail('kb-mentor'), 'Kai Keyboard', { expertise: ['Keyboard access'] });
    const mentee = uniqueEmail('kb-mentee');
    await (await memberClient(mentee, 'Kit Keys', 'Mentee')).client.getMe();
    await testClient().exchangeIdentityToken({ token: await identityTokenFor(mentee, 'Kit Keys', 'Mentee') });
    const hub = await fixture<MentorHub>(html`<div><button id="start">start</button><mentor-hub></mentor-hub></div>`).then((d) =>
      d.querySelector('mentor-hub')!,
    );
    const directory = await find(hub, 'mentor-directory');
    await waitUntil(() => shadow(directory).querySelector('[part="card-link"]'), 'directory loaded');

    document.querySelector<HTMLButtonElement>('#start')!.focus();
    await tabUntil((el) => el?.getAttribute('part') === 'search-input', 'the search box');
    await sendKeys({ type: 'Kai Keyboard' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => shadow(directory).querySelector<HTMLElement>(`[part="card-link"][data-mentor-id="${mentorId}"]`),
      'the mentor card',
    );
    await tabUntil((el) => (el as HTMLElement | null)?.dataset?.mentorId === mentorId, 'the mentor card');
    await sendKeys({ press: 'Enter' });

    const calendar = await find(hub, 'mentor-booking-calendar');
    await find(calendar, '[part="slot-button"]');
    await tabUntil((el) => el?.getAttribute('part') === 'slot-button', 'a slot', 120);
    await sendKeys({ press: 'Enter' });
    await tabUntil((el) => el?.id === 'topic', 'the topic field', 500);
    const created = oneEvent(hub, 'mentor-session-create') as Promise<MentorSessionCreateEvent>;
    await sendKeys({ type: 'Keyboard-only booking works' });
    await sendKeys({ press: 'Enter' });
    const { session } = (await created).detail;
    expect(session.topic).to.equal('Keyboard-only booking works');
    expect(session.status).to.equal('pending');
  });

  it('switches tabs with arrow keys, lists my mentors and speaks Spanish', async () => {
    await signInDemo('ben');
    const hub = await fixture<MentorHub>(html`<mentor-hub lang="es"></mentor-hub>`);
    await findText(hub, 'Hola, Ben Okafor');
    expect(tabNames(hub)).to.deep.equal([
      'Buscar mentor',
      'Mentores guardados',
      'Mis sesiones',
      'Mis mentores',
      'Mensajes',
      'Ser mentor',
      'Ajustes',
    ]);
    shadow(hub).querySelector<HTMLElement>('#hub-tab-find')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await hub.updateComplete;
    expect(hub.tab).to.equal('mentors');
    expect(shadow(hub).activeElement?.id).to.equal('hub-tab-mentors');
    const mentors = await find(hub, 'mentor-relationships');
    await waitUntil(() => mentors.shadowRoot, 'the element loaded on first use');
    await findText(mentors, 'Ana Souza');
    await findText(mentors, 'Activa');
  });

  it('has no serious accessibility violations', async () => {
    await signInDemo('cruz');
    const hub = await fixture<MentorHub>(html`<mentor-hub></mentor-hub>`);
    await find(hub, 'mentor-directory');
    expect(await seriousA11yViolations(hub)).to.deep.equal([]);
    await openTab(hub, 'My sessions');
    await find(await find(hub, 'mentor-session-list'), '[part="session"]');
    expect(await seriousA11yViolations(hub)).to.deep.equal([]);
    const dark = await fixture<MentorHub>(html`<mentor-hub theme="dark" tab="mentors"></mentor-hub>`);
    await find(dark, '[part="panel"]');
    expect(await seriousA11yViolations(dark)).to.deep.equal([]);
  });

  it('shows the mentee figures (D2) as the service counts them', async () => {
    await signInDemo('ben');
    const hub = await fixture<MentorHub>(html`<mentor-hub></mentor-hub>`);
    const stats = await find(hub, '[part="stats"]');
    const d2 = await testClient().getDashboard({ view: 'mentee' });
    if (d2.view !== 'mentee') throw new Error('mentee view expected');
    const value = (id: string) => stats.querySelector(`[data-stat="${id}"] dd`)!.textContent!.trim();
    expect(value('active-mentors')).to.equal(String(d2.activeMentors));
    expect(value('upcoming')).to.equal(String(d2.upcoming.count));
    expect(value('hours')).to.equal(new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(d2.totalHours));
    expect(value('awaiting-feedback')).to.equal(String(d2.awaitingFeedback.count));
  });

  describe('configured by attributes only', () => {
    afterEach(async () => {
      await (await attributeClient()).signOut().catch(() => undefined);
    });

    async function hubFor(email: string, name: string, membershipType = 'Mentee', extra = ''): Promise<MentorHub> {
      const { baseUrl, community } = await useAttributesOnly();
      const client = await attributeClient();
      await client.signOut().catch(() => undefined);
      await client.exchangeIdentityToken({ token: await identityTokenFor(email, name, membershipType) });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style=${extra}><mentor-hub api-base=${baseUrl} community=${community}></mentor-hub></div>`,
      );
      return wrapper.querySelector('mentor-hub')!;
    }

    it('saves a mentor from a card and opens it from "Saved mentors" (M6)', async () => {
      const mentorId = await createMentor(uniqueEmail('fav-mentor'), 'Fiona Favorite', { expertise: ['Favorites'] });
      const hub = await hubFor(uniqueEmail('fav-mentee'), 'Felix Fan');
      const directory = await find(hub, 'mentor-directory');
      type(await find<HTMLInputElement>(directory, '[part="search-input"]'), 'Fiona Favorite');
      (await find<HTMLButtonElement>(directory, '[part="search-button"]')).click();
      const card = await find(directory, `[part="card-link"][data-mentor-id="${mentorId}"]`);
      const save = card.closest('article')!.querySelector<HTMLButtonElement>('[part="favorite-button"]')!;
      save.click();
      await waitUntil(() => save.getAttribute('aria-pressed') === 'true', 'saved on the card');

      await openTab(hub, 'Saved mentors');
      const item = await find(hub, `[part="favorites"] [data-mentor-id="${mentorId}"]`);
      expect(item.textContent).to.include('Fiona Favorite');
      for (const theme of ['light', 'dark']) {
        hub.setAttribute('theme', theme);
        await hub.updateComplete;
        expect(await seriousA11yViolations(hub), theme).to.deep.equal([]);
      }
      item.querySelector<HTMLButtonElement>('[data-action="open"]')!.click();
      const profile = await find(hub, 'mentor-profile');
      expect(profile.getAttribute('mentor-id')).to.equal(mentorId);
      expect(hub.tab).to.equal('find');
    });

    it('follows roles changed since sign-in: a member made mentor gets the mentor tabs (defect 6)', async () => {
      const email = uniqueEmail('promoted');
      const hub = await hubFor(email, 'Pat Promoted');
      await waitUntil(() => tabNames(hub).includes('Become a mentor'), 'a mentee first');
      hub.remove();
      await createMentor(email, 'Pat Promoted');
      const again = await fixture<MentorHub>(
        html`<mentor-hub api-base=${(await useAttributesOnly()).baseUrl} community="demo"></mentor-hub>`,
      );
      // The roster now says "Mentor" (mentor only): the hub routes to the dashboard (C6) without a new sign-in.
      await waitUntil(
        () => shadow(again).querySelector('[data-home="mentor-dashboard"]'),
        'the new mentor role is used without signing in again',
        { timeout: 15_000 },
      );
      expect(tabNames(again)).not.to.include('Become a mentor');
      expect((await attributeClient().then((c) => c.currentUser()))?.roles.isMentor).to.equal(true, 'the stored identity was refreshed');
    });

    it('fits a 375 px screen with 60-character words: tabs on one line, Sign out reachable (defects 16, 19)', async () => {
      const longName = 'Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaft';
      const hub = await hubFor(uniqueEmail('narrow'), longName, 'Mentee', 'width: 375px');
      await find(hub, 'mentor-directory');
      const tabs = await find(hub, '[part="tabs"]');
      const tabTops = new Set([...tabs.querySelectorAll('[role="tab"]')].map((t) => Math.round(t.getBoundingClientRect().top)));
      expect(tabTops.size).to.equal(1, 'one row of tabs');
      const signIn = await find(hub, 'mentor-sign-in');
      const signOutButton = await find<HTMLButtonElement>(signIn, 'button');
      const box = hub.getBoundingClientRect();
      const button = signOutButton.getBoundingClientRect();
      expect(button.left).to.be.at.least(box.left - 1);
      expect(button.right).to.be.at.most(box.right + 1);
      expect(hub.scrollWidth).to.be.at.most(hub.clientWidth + 1, 'nothing wider than the screen');
      const heading = shadow(hub).querySelector('#hub-title')!.getBoundingClientRect();
      expect(heading.right).to.be.at.most(box.right + 1);
    });
  });
});
