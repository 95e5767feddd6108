import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configure } from '../../base/config.js';
import { seriousA11yViolations } from '../../testing/a11y.js';
import { find, findText, shadow } from '../../testing/dom.js';
import { identityTokenFor, signInAs, signOut, testClient, uniqueEmail, useTestService } from '../../testing/test-service.js';
import './mentor-hub.js';
import type { MentorHub } from './mentor-hub.component.js';
import type { MentorNotificationSettings } from './notification-settings.component.js';

/** The focused element, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function settingsIn(hub: MentorHub): Promise<MentorNotificationSettings> {
  const settings = await find<MentorNotificationSettings>(hub, 'mentor-notification-settings');
  // The hub loads the element's code when the tab opens; it upgrades when that arrives.
  await waitUntil(() => settings.shadowRoot, 'the settings element loaded', { timeout: 15_000 });
  await find(settings, '[part="base"]');
  return settings;
}

const feedUrl = (settings: MentorNotificationSettings) => shadow(settings).querySelector<HTMLInputElement>('#feed-url')?.value;
const click = (settings: MentorNotificationSettings, action: string) =>
  shadow(settings).querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();

describe('<mentor-hub> settings: email preferences and calendar feed', () => {
  beforeEach(async () => {
    await useTestService();
    await signOut();
  });

  it('saves email switches, language and zone; creates, replaces and turns off the calendar link', async () => {
    await signInAs(uniqueEmail('settings'), 'Sam Settings');
    const hub = await fixture<MentorHub>(html`<mentor-hub></mentor-hub>`);
    await find(hub, '[role="tablist"]');
    [...shadow(hub).querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((t) => t.textContent!.trim() === 'Settings')!.click();
    const settings = await settingsIn(hub);

    const reminders = await find<HTMLInputElement>(settings, '#pref-reminders');
    expect(reminders.checked).to.equal(true);
    reminders.click();
    const locale = await find<HTMLSelectElement>(settings, '#pref-locale');
    locale.value = 'es';
    locale.dispatchEvent(new Event('change'));
    const zone = await find<HTMLSelectElement>(settings, '#pref-zone');
    zone.value = 'America/Mexico_City';
    zone.dispatchEvent(new Event('change'));
    (await find<HTMLButtonElement>(settings, '[part="save"]')).click();
    await findText(settings, 'Email settings saved.');
    const saved = await testClient().getNotificationPreferences();
    expect(saved).to.deep.equal({
      email: { sessionUpdates: true, reminders: false, mentorship: true },
      locale: 'es',
      timeZone: 'America/Mexico_City',
      effectiveTimeZone: 'America/Mexico_City',
    });

    await findText(settings, 'You have no calendar link yet.');
    click(settings, 'create');
    await waitUntil(() => feedUrl(settings), 'the feed link');
    const first = feedUrl(settings)!;
    expect(first).to.match(/\/calendar\/cal_[A-Za-z0-9_-]{43}\.ics$/);
    expect((await testClient().getCalendarFeed()).url).to.equal(first);

    click(settings, 'rotate');
    await find(settings, '[part="confirm"]');
    expect(deepActive()?.getAttribute('data-action')).to.equal('confirm', 'focus moves to the confirmation');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !shadow(settings).querySelector('[part="confirm"]'), 'Escape keeps the link');
    expect(feedUrl(settings)).to.equal(first);
    click(settings, 'rotate');
    (await find<HTMLButtonElement>(settings, '[data-action="confirm"]')).click();
    await waitUntil(() => feedUrl(settings) && feedUrl(settings) !== first, 'a new link');
    await findText(settings, 'the old one no longer works');
    expect((await testClient().getCalendarFeed()).url).to.equal(feedUrl(settings));

    click(settings, 'revoke');
    (await find<HTMLButtonElement>(settings, '[data-action="confirm"]')).click();
    await findText(settings, 'The calendar link is turned off.');
    expect(feedUrl(settings)).to.equal(undefined);
    expect((await testClient().getCalendarFeed()).url).to.equal(null);
  });

  it('is reachable from an email link, usable with the keyboard only, and speaks Spanish', async () => {
    await signInAs(uniqueEmail('kbd'), 'Kim Keys');
    location.hash = 'community=demo&view=settings';
    const hub = await fixture<MentorHub>(html`<div><button id="start">start</button><mentor-hub lang="es"></mentor-hub></div>`).then((d) =>
      d.querySelector('mentor-hub')!,
    );
    location.hash = '';
    expect(hub.tab).to.equal('settings');
    const settings = await settingsIn(hub);
    await findText(settings, 'Recordatorios');
    await findText(settings, 'Los códigos de acceso y las cancelaciones se envían siempre.');

    document.querySelector<HTMLButtonElement>('#start')!.focus();
    for (let i = 0; i < 60 && deepActive()?.id !== 'pref-mentorship'; i++) await sendKeys({ press: 'Tab' });
    expect(deepActive()?.id).to.equal('pref-mentorship');
    await sendKeys({ press: 'Space' });
    for (let i = 0; i < 10 && deepActive()?.getAttribute('part') !== 'save'; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await findText(settings, 'Ajustes de correo guardados.');
    expect((await testClient().getNotificationPreferences()).email.mentorship).to.equal(false);

    for (let i = 0; i < 10 && deepActive()?.getAttribute('data-action') !== 'create'; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => feedUrl(settings), 'the feed link');
    expect(deepActive()?.id).to.equal('feed-url', 'focus lands on the new link');
  });

  it('works configured by attributes only, fits 375 px, and has no serious accessibility violations in light and dark', async () => {
    const { baseUrl, community } = await useTestService();
    const email = uniqueEmail('attrs');
    const token = await identityTokenFor(email, 'Ada Attributes');
    configure({ apiBase: undefined, community: undefined, locale: 'en' });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:375px">
      <mentor-hub api-base=${baseUrl} community=${community} identity-token=${token} tab="settings"></mentor-hub>
    </div>`);
    const hub = wrapper.querySelector('mentor-hub')!;
    const settings = await settingsIn(hub);
    click(settings, 'create');
    await waitUntil(() => feedUrl(settings), 'the feed link');
    for (const el of [hub, settings]) expect(el.scrollWidth, el.tagName).to.be.at.most(375);
    expect(shadow(settings).querySelector<HTMLElement>('[part="base"]')!.scrollWidth).to.be.at.most(375);
    expect(await seriousA11yViolations(hub)).to.deep.equal([]);
    hub.setAttribute('theme', 'dark');
    settings.setAttribute('theme', 'dark');
    await settings.updateComplete;
    expect(await seriousA11yViolations(hub)).to.deep.equal([]);
    await useTestService();
  });
});
