import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MentorNotificationSelectEvent } from '../../base/events.js';
import { seriousA11yViolations } from '../../testing/a11y.js';
import { find, findText, shadow } from '../../testing/dom.js';
import { bookSession, memberChannelReady } from '../../testing/session-fixtures.js';
import { identityTokenFor, signOut, testClient, useTestService } from '../../testing/test-service.js';
import type { MentorProfile } from '../mentor-profile/mentor-profile.component.js';
import '../mentor-profile/mentor-profile.js';
import './mentor-hub.js';
import type { MentorHub } from './mentor-hub.js';
import type { MentorNotificationBell } from './notification-bell.component.js';

describe('<mentor-notification-bell> and Message buttons', () => {
  beforeEach(async () => {
    await useTestService();
    await signOut();
  });

  it("counts, lists in the viewer's language, marks read and routes to the conversation", async function (this: MochaTestContext) {
    this.timeout(40_000);
    const booked = await bookSession({ prefix: 'bell', topic: 'Reading group on testing' });
    await testClient().exchangeIdentityToken({ token: await identityTokenFor(booked.mentor.email, booked.mentor.name) });
    const ready = await memberChannelReady(testClient());
    const hub = await fixture<MentorHub>(html`<mentor-hub lang="es"></mentor-hub>`);
    const bell = await find<MentorNotificationBell>(hub, 'mentor-notification-bell');
    await customElements.whenDefined('mentor-notification-bell'); // the hub loads it on sign-in
    const button = await find<HTMLButtonElement>(bell, '[part="bell"]');
    await waitUntil(() => button.getAttribute('aria-label') === 'Notificaciones, 1 sin leer', 'the booking request is counted', {
      timeout: 15_000,
    });

    const conversation = await booked.mentee.client.openConversation({ memberId: booked.session.mentor.id });
    await booked.mentee.client.sendMessage({ conversationId: conversation.id, text: '¿Hablamos antes?' });
    await waitUntil(() => button.getAttribute('aria-label') === 'Notificaciones, 2 sin leer', 'a new message arrives live', {
      timeout: 15_000,
    });
    expect(shadow(bell).querySelector('[part="count"]')!.textContent).to.equal('2');

    button.focus();
    await sendKeys({ press: 'Enter' });
    const panel = await find(bell, '[part="panel"]');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await findText(bell, `Nuevo mensaje de ${booked.mentee.name}`);
    await findText(bell, `${booked.mentee.name} solicitó una sesión: “Reading group on testing”`);
    expect(await seriousA11yViolations(bell)).to.deep.equal([]);

    const selected = oneEvent(hub, 'mentor-notification-select') as Promise<MentorNotificationSelectEvent>;
    panel.querySelector<HTMLButtonElement>('[part="notification"]')!.click();
    expect((await selected).detail.notification.type).to.equal('message.received');
    const messages = await find(hub, 'mentor-messages');
    await customElements.whenDefined('mentor-messages'); // the hub loads it when the tab opens
    await waitUntil(
      () => shadow(messages).querySelector('#thread-title')?.textContent === booked.mentee.name,
      'the hub opens the conversation',
      { timeout: 15_000 },
    );
    await waitUntil(() => button.getAttribute('aria-label') === 'Notificaciones, 1 sin leer', 'the chosen one is read', {
      timeout: 15_000,
    });

    await sendKeys({ press: 'Escape' });
    button.click();
    (await find<HTMLButtonElement>(bell, '[part="mark-all"]')).click();
    await waitUntil(() => button.getAttribute('aria-label') === 'Notificaciones', 'all read', { timeout: 15_000 });
    ready();
  });

  it("offers Message on a mentor's profile once there is a session, and opens the conversation in a dialog", async function (this: MochaTestContext) {
    this.timeout(40_000);
    const booked = await bookSession({ prefix: 'profile-msg', mentorName: 'Pia Profile' });
    await testClient().exchangeIdentityToken({ token: await identityTokenFor(booked.mentee.email, booked.mentee.name) });
    const profile = await fixture<MentorProfile>(html`<mentor-profile mentor-id=${booked.mentorId}></mentor-profile>`);
    const button = await find<HTMLButtonElement>(profile, '[part="message-button"]');
    expect(button.getAttribute('aria-label')).to.equal('Message Pia Profile');
    button.click();
    const dialog = await find<HTMLDialogElement>(profile, 'dialog.messages-dialog');
    expect(dialog.open).to.equal(true);
    const messages = await find(profile, 'mentor-messages');
    await waitUntil(
      () => shadow(messages).querySelector('#thread-title')?.textContent === 'Pia Profile',
      'the conversation with the mentor',
      { timeout: 15_000 },
    );
  });
});
