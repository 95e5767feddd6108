import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { seriousA11yViolations } from '../../testing/a11y.js';
import { find, findText, shadow } from '../../testing/dom.js';
import { bookSession, memberClient } from '../../testing/session-fixtures.js';
import {
  attributeClient,
  createMentor,
  identityTokenFor,
  signOut,
  uniqueEmail,
  useAttributesOnly,
  useTestService,
} from '../../testing/test-service.js';
import './mentor-hub.js';
import type { MentorHub } from './mentor-hub.component.js';
import type { MentorNotificationBell } from './notification-bell.component.js';

/** The hub configured by attributes only (the README's way), signed in as `email` by host identity token. */
async function hubFor(
  email: string,
  name: string,
  attrs: { lang?: string; theme?: string; width?: string; membershipType?: string } = {},
): Promise<MentorHub> {
  const { baseUrl, community } = await useAttributesOnly();
  const client = await attributeClient();
  await client.signOut().catch(() => undefined);
  await client.exchangeIdentityToken({ token: await identityTokenFor(email, name, attrs.membershipType) });
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${attrs.width ? `width:${attrs.width}` : ''}><mentor-hub api-base=${baseUrl} community=${community} lang=${attrs.lang ?? 'en'} theme=${attrs.theme ?? 'light'}></mentor-hub></div>`,
  );
  return wrapper.querySelector('mentor-hub')!;
}

/** The focused element, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Opens the bell with the keyboard and activates the notification whose text includes `text`; returns the bell's button. */
async function activateNotification(hub: MentorHub, text: string, unreadLabel: string): Promise<HTMLButtonElement> {
  await customElements.whenDefined('mentor-notification-bell');
  const bell = await find<MentorNotificationBell>(hub, 'mentor-notification-bell');
  const button = await find<HTMLButtonElement>(bell, '[part="bell"]');
  await waitUntil(() => button.getAttribute('aria-label') === unreadLabel, `the bell counts: ${unreadLabel}`, { timeout: 15_000 });
  button.focus();
  await sendKeys({ press: 'Enter' });
  await find(bell, '[part="panel"]');
  await waitUntil(
    () => [...shadow(bell).querySelectorAll('[part="notification"]')].some((n) => n.textContent!.includes(text)),
    `the notification "${text}"`,
    { timeout: 15_000 },
  );
  const item = [...shadow(bell).querySelectorAll<HTMLButtonElement>('[part="notification"]')].find((n) => n.textContent!.includes(text))!;
  item.focus();
  await sendKeys({ press: 'Enter' });
  return button;
}

describe('<mentor-hub> opens what a notification is about', () => {
  beforeEach(async () => {
    await useTestService();
    await signOut();
  });

  it('a mentor opens a booking request from the bell, sees its details and confirms it there (getSession)', async function (this: MochaTestContext) {
    this.timeout(60_000);
    const booked = await bookSession({ prefix: 'notif-open', topic: 'Code review of my first PR', menteeName: 'Nia Notified' });
    const hub = await hubFor(booked.mentor.email, booked.mentor.name);
    expect((await find(hub, '[part="base"]')).dataset.home).to.equal('mentor-dashboard');
    const bellButton = await activateNotification(hub, 'Nia Notified requested a session', 'Notifications, 1 unread');

    const detail = await find(hub, `mentor-session-list[session-id="${booked.session.id}"]`);
    await waitUntil(() => deepActive()?.id === 'session-detail-title', 'focus moves to the details heading', { timeout: 15_000 });
    const card = await find(detail, `article[data-session-id="${booked.session.id}"]`);
    expect(card.textContent).to.include('Code review of my first PR');
    expect(card.textContent).to.include('Nia Notified');
    expect(shadow(detail).querySelector('[part="status-badge"]')!.textContent).to.include('Pending');
    expect(shadow(detail).querySelector('[part="zone"]')!.textContent).to.include('Times shown in');
    expect(shadow(detail).querySelectorAll('article')).to.have.length(1);
    await waitUntil(() => bellButton.getAttribute('aria-label') === 'Notifications', 'the opened notification is read', {
      timeout: 15_000,
    });
    for (const theme of ['light', 'dark']) {
      hub.setAttribute('theme', theme);
      await hub.updateComplete;
      expect(await seriousA11yViolations(hub), theme).to.deep.equal([]);
    }

    card.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
    await waitUntil(
      async () => (await booked.mentor.client.getSession({ sessionId: booked.session.id })).status === 'confirmed',
      'confirmed in the service',
      { timeout: 15_000 },
    );
    await waitUntil(
      () => shadow(detail).querySelector('[part="status-badge"]')?.textContent?.includes('Confirmed'),
      'still shown, now confirmed',
      { timeout: 15_000 },
    );

    (await find<HTMLButtonElement>(hub, '[part="back"]')).click();
    await find(hub, 'mentor-dashboard');
    expect(shadow(hub).querySelector('mentor-session-list[session-id]')).to.equal(null);
  });

  it('a mentee at 375 px in Spanish opens a confirmation in "My sessions"; another tab closes the details', async function (this: MochaTestContext) {
    this.timeout(60_000);
    const booked = await bookSession({ prefix: 'notif-es', topic: 'Preparar mi charla', mentorName: 'Mara Confirma', confirm: true });
    const hub = await hubFor(booked.mentee.email, booked.mentee.name, { lang: 'es', theme: 'dark', width: '375px' });
    await activateNotification(hub, 'Mara Confirma confirmó “Preparar mi charla”', 'Notificaciones, 1 sin leer');

    const detail = await find(hub, `mentor-session-list[session-id="${booked.session.id}"]`);
    expect(shadow(hub).querySelector('#hub-tab-sessions')!.getAttribute('aria-selected')).to.equal('true');
    await find(detail, `article[data-session-id="${booked.session.id}"]`);
    await findText(detail, 'Confirmada');
    await findText(hub, 'Detalles de la sesión');
    await find(detail, '[data-action="cancel"]');
    expect(hub.scrollWidth, 'fits 375 px').to.be.at.most(375);
    const back = shadow(hub).querySelector<HTMLElement>('[part="back"]')!;
    await waitUntil(
      () => back.getBoundingClientRect().top >= 0 && back.getBoundingClientRect().top < innerHeight * 0.4,
      'the details are scrolled into view, not just their heading',
      { timeout: 15_000 },
    );
    expect(deepActive()?.id).to.equal('session-detail-title');
    expect(await seriousA11yViolations(hub)).to.deep.equal([]);

    shadow(hub).querySelector<HTMLButtonElement>('#hub-tab-find')!.click();
    await find(hub, 'mentor-directory');
    shadow(hub).querySelector<HTMLButtonElement>('#hub-tab-sessions')!.click();
    await hub.updateComplete;
    expect(shadow(hub).querySelector('mentor-session-list')!.hasAttribute('session-id'), 'the whole list again').to.equal(false);
  });

  it("an email link's #session= opens that session's details in place of a mentor's dashboard", async function (this: MochaTestContext) {
    this.timeout(60_000);
    const booked = await bookSession({ prefix: 'notif-link', topic: 'Linked from an email' });
    const { community } = await useAttributesOnly();
    location.hash = `community=${community}&session=${booked.session.id}`;
    try {
      const hub = await hubFor(booked.mentor.email, booked.mentor.name);
      const detail = await find(hub, `mentor-session-list[session-id="${booked.session.id}"]`);
      const card = await find(detail, `article[data-session-id="${booked.session.id}"]`);
      expect(card.textContent).to.include('Linked from an email');
      await find(detail, '[data-action="confirm"]');
      (await find<HTMLButtonElement>(hub, '[part="back"]')).click();
      await find(hub, 'mentor-dashboard');
    } finally {
      location.hash = '';
    }
  });

  it('a mentorship request opens the mentor\'s "My students" with Accept, unless the page cancels the event', async function (this: MochaTestContext) {
    this.timeout(60_000);
    const mentorEmail = uniqueEmail('notif-ship-mentor');
    const mentorId = await createMentor(mentorEmail, 'Rosa Request');
    const mentee = await memberClient(uniqueEmail('notif-ship-mentee'), 'Teo Asks', 'Mentee');
    const mentorship = await mentee.client.requestMentorship({ mentorId, message: 'Would you mentor me?' });
    const hub = await hubFor(mentorEmail, 'Rosa Request', { membershipType: 'Mentor' });
    const dashboard = await find<HTMLElement & { tab: string }>(hub, 'mentor-dashboard');

    // A page that routes notifications itself cancels the event: the hub then stays where it is.
    const cancel = (event: Event) => event.preventDefault();
    document.addEventListener('mentor-notification-select', cancel, { once: true });
    const selected = oneEvent(hub, 'mentor-notification-select');
    await activateNotification(hub, 'Teo Asks asked you to be their mentor', 'Notifications, 1 unread');
    expect((await selected).defaultPrevented).to.equal(true);
    await hub.updateComplete;
    expect(dashboard.tab).to.equal('overview');

    await activateNotification(hub, 'Teo Asks asked you to be their mentor', 'Notifications');
    await waitUntil(() => dashboard.tab === 'students', 'the dashboard shows "My students"', { timeout: 15_000 });
    await customElements.whenDefined('mentor-relationships');
    const relationships = await find(dashboard, 'mentor-relationships');
    const item = await find(relationships, `[data-mentorship-id="${mentorship.id}"]`);
    expect(item.textContent).to.include('Would you mentor me?');
    expect(item.querySelector('[data-action="accept"]')).to.not.equal(null);
  });
});
