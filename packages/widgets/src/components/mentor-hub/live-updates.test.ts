// Live updates across members and tabs against the real service and its built-in Pusher endpoint
// (SPEC T1, T2, T5). A second "tab" is a second client with its own socket over the same storage.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient, storageKey, type TokenStorage } from '@mentorkit/sdk';
import { find, shadow } from '../../testing/dom.js';
import { bookSession, memberChannelReady, memberClient } from '../../testing/session-fixtures.js';
import { createMentor, identityTokenFor, signOut, testClient, uniqueEmail, useTestService } from '../../testing/test-service.js';
import type { MentorDashboard } from '../mentor-dashboard/mentor-dashboard.component.js';
import type { MentorSessionList } from '../mentor-session-list/mentor-session-list.component.js';
import '../mentor-session-list/mentor-session-list.js';
import './mentor-hub.js';
import type { MentorHub } from './mentor-hub.component.js';

const messagesBadge = (hub: MentorHub) => shadow(hub).querySelector('#hub-tab-messages [part="unread-badge"]')?.textContent?.trim() ?? '';

/**
 * Wraps `fetch` for the next client created (the SDK binds `fetch` when a client is made): that client's
 * channel authorizations wait until `release()`. The real service still answers every request.
 */
function holdChannelAuthorization() {
  const original = window.fetch;
  let release!: () => void;
  let held!: () => void;
  let listed!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const authorizationHeld = new Promise<void>((resolve) => (held = resolve));
  const conversationsListed = new Promise<void>((resolve) => (listed = resolve));
  window.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.pathname.endsWith('/realtime/auth')) {
      held();
      await released;
    }
    const response = await original(input, init);
    if (url.pathname.endsWith('/conversations') && (init?.method ?? 'GET') === 'GET') listed();
    return response;
  };
  return {
    authorizationHeld,
    conversationsListed,
    release: () => {
      window.fetch = original;
      release();
    },
  };
}

describe('live updates (T1)', () => {
  beforeEach(async () => {
    await useTestService();
    await signOut();
  });

  it("a booking appears in the mentor's open dashboard without reload", async () => {
    const mentorEmail = uniqueEmail('live-mentor');
    const mentorId = await createMentor(mentorEmail, 'Lia Live');
    await testClient().exchangeIdentityToken({ token: await identityTokenFor(mentorEmail, 'Lia Live') });
    const ready = await memberChannelReady(testClient());
    const dashboard = await fixture<MentorDashboard>(html`<mentor-dashboard></mentor-dashboard>`);
    const pending = await find<MentorSessionList>(dashboard, 'mentor-session-list[status="pending"]');
    await find(pending, '[part="empty"]');
    const mentee = await memberClient(uniqueEmail('live-mentee'), 'Ben Booker', 'Mentee');
    const { slots } = await mentee.client.listMentorSlots({ mentorId, duration: '60', timeZone: 'UTC' });
    const session = await mentee.client.createSession({
      mentorId,
      start: slots[0]!.start,
      durationMinutes: 60,
      topic: 'Live booking test',
    });
    await find(pending, `article[data-session-id="${session.id}"]`, 'the request shows up');
    ready();
  });

  it("the mentor's confirmation updates the mentee's list", async () => {
    const booked = await bookSession({ prefix: 'live-confirm' });
    await testClient().exchangeIdentityToken({ token: await identityTokenFor(booked.mentee.email, booked.mentee.name) });
    const ready = await memberChannelReady(testClient());
    const list = await fixture<MentorSessionList>(html`<mentor-session-list></mentor-session-list>`);
    const card = await find(list, `article[data-session-id="${booked.session.id}"]`);
    expect(card.querySelector('[part="status-badge"]')!.textContent).to.include('Pending');
    await booked.mentor.client.confirmSession({ sessionId: booked.session.id });
    await waitUntil(
      () =>
        shadow(list)
          .querySelector(`article[data-session-id="${booked.session.id}"] [part="status-badge"]`)
          ?.textContent?.includes('Confirmed'),
      'confirmed without reload',
      { timeout: 15_000 },
    );
    ready();
  });

  // Tab B's hub has its own client (attributes only). Its channel authorization is held back until the
  // message has been sent, so the message certainly falls between tab B's first load and its live
  // subscription (what a slow machine does by chance): the badge must rise anyway, by the catch-up that
  // runs once the channel is live.
  it('a message raises the unread badge in both tabs; reading in one lowers it in both', async function (this: MochaTestContext) {
    // Two hubs with their own sockets on a machine shared by many: give it room.
    this.timeout(40_000);
    const booked = await bookSession({ prefix: 'live-badge', mentorName: 'Ana Alive' });
    await testClient().exchangeIdentityToken({ token: await identityTokenFor(booked.mentor.email, booked.mentor.name) });
    const { publishableKey } = await testClient().getCommunity();
    const readyA = await memberChannelReady(testClient());
    const tabB = holdChannelAuthorization(); // the next client created (tab B's hub's) goes through it
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><mentor-hub></mentor-hub><mentor-hub publishable-key=${publishableKey}></mentor-hub></div>`,
    );
    const [hubA, hubB] = [...wrapper.querySelectorAll('mentor-hub')] as MentorHub[];
    await find(hubA!, '#hub-tab-messages');
    await Promise.all([tabB.conversationsListed, tabB.authorizationHeld]);
    expect(messagesBadge(hubA!)).to.equal('');
    expect(messagesBadge(hubB!)).to.equal('');

    const conversation = await booked.mentee.client.openConversation({ memberId: booked.session.mentor.id });
    await booked.mentee.client.sendMessage({ conversationId: conversation.id, text: 'Can we talk before the session?' });
    await waitUntil(() => messagesBadge(hubA!) === '1', 'the badge rises in the live tab', { timeout: 15_000 });
    expect(messagesBadge(hubB!)).to.equal('', 'tab B missed the event: its channel is not live yet');
    tabB.release();
    await waitUntil(() => messagesBadge(hubB!) === '1', 'tab B catches up once its channel is live', { timeout: 15_000 });
    expect(shadow(hubA!).querySelector('#hub-tab-messages')!.getAttribute('aria-label')).to.equal('Messages, 1 unread');
    const bellElement = await find(hubA!, 'mentor-notification-bell');
    await customElements.whenDefined('mentor-notification-bell');
    const bell = await find(bellElement, '[part="bell"]');
    await waitUntil(() => bell.getAttribute('aria-label')?.includes('unread'), 'the bell counts the message', { timeout: 15_000 });

    shadow(hubA!).querySelector<HTMLButtonElement>('#hub-tab-messages')!.click();
    const messages = await find(hubA!, 'mentor-messages');
    await customElements.whenDefined('mentor-messages'); // the hub loads it when the tab opens
    (await find<HTMLButtonElement>(messages, `[data-conversation-id="${conversation.id}"]`)).click();
    await waitUntil(() => messagesBadge(hubA!) === '' && messagesBadge(hubB!) === '', 'read in tab A: the badge falls in both tabs', {
      timeout: 15_000,
    });
    readyA();
  });

  it('signing out in another tab signs this tab out at once', async () => {
    await testClient().exchangeIdentityToken({ token: await identityTokenFor('ben@example.com', 'Ben Okafor') });
    const hub = await fixture<MentorHub>(html`<mentor-hub></mentor-hub>`);
    await find(hub, '#hub-tab-messages');
    // Tab B is another document of this origin (an iframe): its storage changes reach this one as `storage` events.
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="tab B" src="about:blank"></iframe>`);
    const frameStorage = frame.contentWindow!.localStorage;
    const storage: TokenStorage = {
      get: (k) => frameStorage.getItem(k),
      set: (k, v) => frameStorage.setItem(k, v),
      remove: (k) => frameStorage.removeItem(k),
    };
    const service = await useTestService();
    const tabB = createClient({ baseUrl: service.baseUrl, community: service.community, storage });
    expect(storage.get(storageKey(service.baseUrl, service.community))).to.not.equal(null, 'tab B shares the session');
    await tabB.signOut();
    await find(hub, 'mentor-sign-in[part="sign-in"]', 'tab A shows the sign-in form');
    expect(shadow(hub).querySelector('[role="tablist"]')).to.equal(null);
  });
});
