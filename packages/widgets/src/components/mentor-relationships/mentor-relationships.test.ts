import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { MentorMentorshipUpdateEvent } from '../../base/member-events.js';
import { seriousA11yViolations } from '../../testing/a11y.js';
import { find, findText, shadow } from '../../testing/dom.js';
import { advanceServiceClock, bookSession, memberClient } from '../../testing/session-fixtures.js';
import { attributeClient, createMentor, identityTokenFor, uniqueEmail, useAttributesOnly } from '../../testing/test-service.js';
import './mentor-relationships.js';
import type { MentorRelationships } from './mentor-relationships.component.js';

/** Signs the attribute-configured client in as `email` and renders the element for it. */
async function renderAs(email: string, name: string, viewAs: 'mentor' | 'mentee', theme = 'light'): Promise<MentorRelationships> {
  const { baseUrl, community } = await useAttributesOnly();
  const client = await attributeClient();
  await client.signOut().catch(() => undefined);
  await client.exchangeIdentityToken({ token: await identityTokenFor(email, name) });
  return fixture<MentorRelationships>(html`<mentor-relationships api-base=${baseUrl} community=${community} view-as=${viewAs} theme=${theme}></mentor-relationships>`);
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
    expect(item(inbox, requested.id).querySelector('[part="message"]')!.textContent).to.equal('I would love help with my first conference talk.');
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
    const booked = await bookSession({ confirm: true, prefix: 'rel-past', topic: 'Reviewing my portfolio site', mentorName: 'Paco Past', menteeName: 'Mia Met' });
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

  it('speaks Spanish', async () => {
    const mentors = await renderAs(uniqueEmail('rel-es'), 'Eva Española', 'mentee');
    mentors.lang = 'es';
    await findText(mentors, 'Aún no tienes mentores');
  });
});
