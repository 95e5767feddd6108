import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MentorMentorshipUpdateEvent } from '../../base/member-events.js';
import { seriousA11yViolations } from '../../testing/a11y.js';
import { find, findText, shadow, type } from '../../testing/dom.js';
import { advanceServiceClock, bookSession, memberClient } from '../../testing/session-fixtures.js';
import { attributeClient, createMentor, identityTokenFor, uniqueEmail, useAttributesOnly } from '../../testing/test-service.js';
import '../mentor-hub/mentor-hub.js';
import type { MentorHub } from '../mentor-hub/mentor-hub.component.js';
import './mentor-relationships.js';
import type { MentorRelationships } from './mentor-relationships.component.js';

/** Signs the attribute-configured client in as `email` and renders the element for it. */
async function renderAs(email: string, name: string, viewAs: 'mentor' | 'mentee', theme = 'light'): Promise<MentorRelationships> {
  const { baseUrl, community } = await useAttributesOnly();
  const client = await attributeClient();
  await client.signOut().catch(() => undefined);
  await client.exchangeIdentityToken({ token: await identityTokenFor(email, name) });
  return fixture<MentorRelationships>(
    html`<mentor-relationships api-base=${baseUrl} community=${community} view-as=${viewAs} theme=${theme}></mentor-relationships>`,
  );
}

function item(el: Element, id: string): HTMLElement {
  return shadow(el).querySelector<HTMLElement>(`[data-mentorship-id="${id}"]`)!;
}

describe('<mentor-relationships> (configured by attributes only)', () => {
  afterEach(async () => {
    await (await attributeClient()).signOut().catch(() => undefined);
  });

  it('lets a mentor accept a connect request, and either side end the mentorship (R1–R3)', async () => {
    const mentorEmail = uniqueEmail('rel-mentor');
    const mentorId = await createMentor(mentorEmail, 'Rhea Relations', { expertise: ['Relationships'] });
    const mentee = await memberClient(uniqueEmail('rel-mentee'), 'Rafael Requester', 'Mentee');
    const requested = await mentee.client.requestMentorship({ mentorId, message: 'I would love help with my first conference talk.' });

    // The mentor's inbox: the request with its message; Accept.
    const inbox = await renderAs(mentorEmail, 'Rhea Relations', 'mentor');
    await find(inbox, `[part="requests"] [data-mentorship-id="${requested.id}"]`);
    expect(item(inbox, requested.id).textContent).to.include('Rafael Requester');
    expect(item(inbox, requested.id).querySelector('[part="message"]')!.textContent).to.equal(
      'I would love help with my first conference talk.',
    );
    const accepted = oneEvent(inbox, 'mentor-mentorship-update') as Promise<MentorMentorshipUpdateEvent>;
    item(inbox, requested.id).querySelector<HTMLButtonElement>('button[data-action="accept"]')!.click();
    expect((await accepted).detail.action).to.equal('accept');
    await findText(inbox, 'You and Rafael Requester are now connected.');
    await find(inbox, `[part="list"] [data-mentorship-id="${requested.id}"][data-status="accepted"]`);
    expect(shadow(inbox).querySelector('[part="requests"]')!.textContent).to.include('No connection requests right now.');
    const mine = await mentee.client.listMyMentorships({ role: 'mentee' });
    expect(mine.items.find((m) => m.id === requested.id)?.status).to.equal('accepted');
    for (const theme of ['light', 'dark']) {
      inbox.setAttribute('theme', theme);
      await inbox.updateComplete;
      expect(await seriousA11yViolations(inbox), theme).to.deep.equal([]);
    }

    // The mentee ends it from "My mentors", after confirming.
    const mentors = await renderAs(mentee.email, mentee.name, 'mentee');
    await find(mentors, `[data-mentorship-id="${requested.id}"][data-status="accepted"]`);
    item(mentors, requested.id).querySelector<HTMLButtonElement>('button[data-action="end"]')!.click();
    await findText(mentors, 'End your mentorship with Rhea Relations?');
    item(mentors, requested.id).querySelector<HTMLButtonElement>('button[data-action="keep"]')!.click();
    await waitUntil(() => !item(mentors, requested.id).querySelector('[data-action="confirm-end"]'), 'kept');
    item(mentors, requested.id).querySelector<HTMLButtonElement>('button[data-action="end"]')!.click();
    const ended = oneEvent(mentors, 'mentor-mentorship-update') as Promise<MentorMentorshipUpdateEvent>;
    (await find<HTMLButtonElement>(mentors, 'button[data-action="confirm-end"]')).click();
    expect((await ended).detail.mentorship.status).to.equal('ended');
    await find(mentors, `[data-mentorship-id="${requested.id}"][data-status="ended"]`);
    expect(item(mentors, requested.id).querySelector('button[data-action="end"]')).to.equal(null);
  });

  it('lets a mentor decline a request, and end an accepted one from their side', async () => {
    const mentorEmail = uniqueEmail('rel-decline');
    const mentorId = await createMentor(mentorEmail, 'Dora Decider');
    const first = await memberClient(uniqueEmail('rel-first'), 'Finn First', 'Mentee');
    const second = await memberClient(uniqueEmail('rel-second'), 'Sara Second', 'Mentee');
    const declineMe = await first.client.requestMentorship({ mentorId });
    const keepMe = await second.client.requestMentorship({ mentorId, message: 'Hi!' });
    const mentor = await memberClient(mentorEmail, 'Dora Decider');
    await mentor.client.respondToMentorship({ mentorshipId: keepMe.id, decision: 'accept' });

    const inbox = await renderAs(mentorEmail, 'Dora Decider', 'mentor');
    await find(inbox, `[data-mentorship-id="${declineMe.id}"]`);
    item(inbox, declineMe.id).querySelector<HTMLButtonElement>('button[data-action="decline"]')!.click();
    await findText(inbox, 'You declined Finn First');
    await waitUntil(() => !item(inbox, declineMe.id), 'declined request leaves the inbox');
    item(inbox, keepMe.id).querySelector<HTMLButtonElement>('button[data-action="end"]')!.click();
    (await find<HTMLButtonElement>(inbox, 'button[data-action="confirm-end"]')).click();
    await find(inbox, `[data-mentorship-id="${keepMe.id}"][data-status="ended"]`);
    expect((await second.client.listMyMentorships({ role: 'mentee' })).items[0]!.status).to.equal('ended');
  });

  it('lists mentors and students met in completed sessions with sessions, hours, topics and last session (defect 10)', async () => {
    const booked = await bookSession({
      confirm: true,
      prefix: 'rel-past',
      topic: 'Reviewing my portfolio site',
      mentorName: 'Paco Past',
      menteeName: 'Mia Met',
    });
    const ahead = Date.parse(booked.session.end) - Date.now() + 60_000;
    await advanceServiceClock(ahead);
    try {
      await booked.mentor.client.completeSession({ sessionId: booked.session.id });
    } finally {
      await advanceServiceClock(-ahead);
    }
    const mentors = await renderAs(booked.mentee.email, booked.mentee.name, 'mentee');
    const partner = await find(mentors, `[part="past-partner"][data-person-id="${booked.mentorId}"]`);
    expect(shadow(mentors).textContent).not.to.include('You have no mentors yet');
    expect(partner.textContent).to.include('Paco Past');
    expect(partner.textContent).to.include('1 session · 1 h');
    expect(partner.textContent).to.include('Topics: Reviewing my portfolio site');
    expect(partner.textContent).to.include('Last session:');

    const students = await renderAs(booked.mentor.email, booked.mentor.name, 'mentor', 'dark');
    const student = await find(students, '[part="past-partner"]');
    expect(student.textContent).to.include('Mia Met');
    expect(student.textContent).to.include('1 session · 1 h');
    expect(await seriousA11yViolations(students)).to.deep.equal([]);
  });

  it('"Message" on a mentor opens the conversation in a dialog, and a message sent there reaches them (T2)', async function (this: MochaTestContext) {
    this.timeout(40_000);
    const mentorEmail = uniqueEmail('rel-msg-mentor');
    const mentorId = await createMentor(mentorEmail, 'Mona Messenger');
    const mentee = await memberClient(uniqueEmail('rel-msg-mentee'), 'Teo Texter', 'Mentee');
    const mentorship = await mentee.client.requestMentorship({ mentorId });
    const mentor = await memberClient(mentorEmail, 'Mona Messenger');
    await mentor.client.respondToMentorship({ mentorshipId: mentorship.id, decision: 'accept' });

    const mentors = await renderAs(mentee.email, mentee.name, 'mentee');
    await find(mentors, `[data-mentorship-id="${mentorship.id}"][data-status="accepted"]`);
    const button = item(mentors, mentorship.id).querySelector<HTMLButtonElement>('button[data-action="message"]')!;
    expect(button.getAttribute('aria-label')).to.equal('Message Mona Messenger');
    button.click();
    const dialog = await find<HTMLDialogElement>(mentors, 'dialog.messages-dialog');
    expect(dialog.open).to.equal(true);
    const messages = await find(mentors, 'mentor-messages');
    await waitUntil(
      () => shadow(messages).querySelector('#thread-title')?.textContent === 'Mona Messenger',
      'the conversation with the mentor',
      { timeout: 15_000 },
    );
    const textarea = await find<HTMLTextAreaElement>(messages, '#composer-text');
    textarea.focus();
    type(textarea, 'Thanks for accepting! When suits you?');
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      async () => {
        const { items } = await mentor.client.listConversations();
        return items.some((c) => c.lastMessage?.text === 'Thanks for accepting! When suits you?' && c.unreadCount === 1);
      },
      'the mentor has the message, unread',
      { timeout: 15_000 },
    );
    dialog.close();
    await waitUntil(() => shadow(mentors).activeElement === button, 'focus returns to the button');
    expect(await seriousA11yViolations(mentors)).to.deep.equal([]);
  });

  it('inside <mentor-hub>, "Message" on a student (dashboard, My students) opens the hub\'s Messages tab with them; declined requests offer none', async function (this: MochaTestContext) {
    this.timeout(40_000);
    const booked = await bookSession({ confirm: true, prefix: 'rel-hub-msg', mentorName: 'Hana Hub', menteeName: 'Stu Student' });
    const ahead = Date.parse(booked.session.end) - Date.now() + 60_000;
    await advanceServiceClock(ahead);
    try {
      await booked.mentor.client.completeSession({ sessionId: booked.session.id });
    } finally {
      await advanceServiceClock(-ahead);
    }
    const declined = await (
      await memberClient(uniqueEmail('rel-hub-declined'), 'Dee Declined', 'Mentee')
    ).client.requestMentorship({ mentorId: booked.mentorId });
    await booked.mentor.client.respondToMentorship({ mentorshipId: declined.id, decision: 'decline' });

    const { baseUrl, community } = await useAttributesOnly();
    const client = await attributeClient();
    await client.signOut().catch(() => undefined);
    await client.exchangeIdentityToken({ token: await identityTokenFor(booked.mentor.email, booked.mentor.name) });
    const hub = await fixture<MentorHub>(html`<mentor-hub api-base=${baseUrl} community=${community}></mentor-hub>`);
    // A mentor's hub opens on the dashboard, whose "My students" tab holds the list.
    const dashboard = await find(hub, 'mentor-dashboard');
    (await find<HTMLButtonElement>(dashboard, '#dash-tab-students')).click();
    const students = await find(dashboard, 'mentor-relationships');
    await customElements.whenDefined('mentor-relationships');
    const partner = await find(students, `[part="past-partner"][data-person-id="${booked.session.mentee.id}"]`);
    const mine = await booked.mentor.client.listMyMentorships({ role: 'mentor' });
    expect(mine.items.find((m) => m.id === declined.id)?.status).to.equal('declined');
    expect(shadow(students).querySelectorAll('[data-action="message"]').length).to.equal(
      1,
      'only the student met in a session; not the declined request',
    );
    partner.querySelector<HTMLButtonElement>('button[data-action="message"]')!.click();
    const messages = await find(hub, 'mentor-messages');
    await customElements.whenDefined('mentor-messages');
    await waitUntil(
      () => shadow(messages).querySelector('#thread-title')?.textContent === 'Stu Student',
      'the Messages tab, with the student',
      { timeout: 15_000 },
    );
    expect(shadow(hub).querySelector('#hub-tab-messages')!.getAttribute('aria-selected')).to.equal('true');
    expect(shadow(students).querySelector('dialog.messages-dialog')).to.equal(null);
  });

  it('speaks Spanish', async () => {
    const mentors = await renderAs(uniqueEmail('rel-es'), 'Eva Española', 'mentee');
    mentors.lang = 'es';
    await findText(mentors, 'Aún no tienes mentores');
  });
});
