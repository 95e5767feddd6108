import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { MentorSessionCreateEvent } from '../../base/events.js';
import { seriousA11yViolations } from '../../testing/a11y.js';
import { find, findText, shadow, type } from '../../testing/dom.js';
import {
  createMentor,
  identityTokenFor,
  signInAs,
  signOut,
  testClient,
  uniqueEmail,
  useTestService,
  type TestService,
} from '../../testing/test-service.js';
import { localInputValue } from './invite-form.js';
import './mentor-employer.js';
import type { MentorEmployer } from './mentor-employer.component.js';

/** A member who exists in the community (signed in once through the host, then signed out). */
async function member(name: string): Promise<{ id: string; email: string }> {
  const email = uniqueEmail('candidate');
  const result = await testClient().exchangeIdentityToken({ token: await identityTokenFor(email, name, 'Mentee') });
  await signOut();
  return { id: result.user.member.id, email };
}

describe('<mentor-employer> (configured by attributes only)', () => {
  let service: TestService;
  before(async () => {
    service = await (await fetch('/__mentorkit-test/config')).json();
  });
  beforeEach(async () => {
    await useTestService();
    await signOut();
  });
  const render = (theme = 'light') =>
    fixture<MentorEmployer>(
      html`<mentor-employer api-base=${service.baseUrl} community=${service.community} theme=${theme}></mentor-employer>`,
    );

  it('refuses members who are not employers', async () => {
    await signInAs(uniqueEmail('mentee'), 'Not An Employer');
    const el = await render();
    await findText(el, 'This area is for employers');
  });

  it('finds a member by name, checks the form, sends an interview invitation the member then accepts', async () => {
    const name = `Candidate ${Math.random().toString(36).slice(2, 7)}`;
    const candidate = await member(name);
    const candidateId = candidate.id;
    await signInAs(uniqueEmail('employer'), 'Hiring Hana', 'Employer');
    const el = await render();
    await find(el, '[part="people"], .state.empty');
    type(shadow(el).querySelector<HTMLInputElement>('#people-search')!, name);
    shadow(el).querySelector<HTMLFormElement>('form[role="search"]')!.requestSubmit();
    await waitUntil(
      () => shadow(el).querySelectorAll('[data-member-id]').length === 1 && shadow(el).querySelector(`[data-member-id="${candidateId}"]`),
      'only the candidate is listed',
    );
    expect(shadow(el).textContent).not.to.include('@', 'no emails shown to employers');
    shadow(el).querySelector<HTMLButtonElement>(`button[aria-label="Invite ${name}"]`)!.click();
    const form = await find<HTMLFormElement>(el, 'form[part="invite-form"]');
    await waitUntil(() => shadow(el).activeElement?.getAttribute('name') === 'kind', 'focus moves into the form');

    form.requestSubmit();
    await el.updateComplete;
    expect(shadow(el).querySelector('#invite-start')!.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(el).querySelector('#invite-topic')!.getAttribute('aria-invalid')).to.equal('true');

    const start = new Date(Date.now() + 3 * 24 * 3600_000);
    start.setHours(15, 0, 0, 0);
    type(shadow(el).querySelector<HTMLInputElement>('#invite-start')!, localInputValue(start));
    type(shadow(el).querySelector<HTMLInputElement>('#invite-topic')!, 'Frontend engineer interview');
    const created = oneEvent(el, 'mentor-session-create') as Promise<MentorSessionCreateEvent>;
    form.requestSubmit();
    const { detail } = await created;
    expect(detail.session.kind).to.equal('interview');
    expect(detail.session.start).to.equal(start.toISOString());
    await findText(el, `Invitation sent to ${name}`);

    shadow(el).querySelector<HTMLButtonElement>('#employer-tab-invitations')!.click();
    const list = await find(el, 'mentor-session-list');
    await find(list, `[data-session-id="${detail.session.id}"]`);

    expect(detail.session.mentee.id).to.equal(candidateId);
    await signOut();
    await signInAs(candidate.email, name);
    const accepted = await testClient().confirmSession({ sessionId: detail.session.id });
    expect(accepted.status).to.equal('confirmed');
  });

  it("offers a mentor's next open times and invites at the one chosen; a member who does not mentor gets a plain hint", async () => {
    const name = `Mentor ${Math.random().toString(36).slice(2, 7)}`;
    const mentorId = await createMentor(uniqueEmail('invitee-mentor'), name, { displayName: name, timeZone: 'Europe/Madrid' });
    const plainName = `Member ${Math.random().toString(36).slice(2, 7)}`;
    await member(plainName);
    await signInAs(uniqueEmail('employer'), 'Hiring Hugo', 'Employer');
    const el = await render();
    const invite = async (who: string) => {
      type(await find<HTMLInputElement>(el, '#people-search'), who);
      shadow(el).querySelector<HTMLFormElement>('form[role="search"]')!.requestSubmit();
      await waitUntil(() => shadow(el).querySelector(`button[aria-label="Invite ${who}"]`), `${who} listed`);
      shadow(el).querySelector<HTMLButtonElement>(`button[aria-label="Invite ${who}"]`)!.click();
      return find<HTMLFormElement>(el, 'form[part="invite-form"]');
    };

    await invite(plainName);
    await findText(el, `${plainName} does not publish open times`);
    shadow(el).querySelector<HTMLButtonElement>('form[part="invite-form"] .actions .secondary')!.click();

    const form = await invite(name);
    const slot = await find<HTMLButtonElement>(el, `[part="open-times"] button[data-start]`);
    expect(slot.getAttribute('aria-pressed')).to.equal('false');
    const start = slot.dataset.start!;
    slot.click();
    await waitUntil(
      () => shadow(el).querySelector<HTMLInputElement>('#invite-start')!.value === localInputValue(new Date(start)),
      'time filled in',
    );
    expect(shadow(el).querySelector(`[part="open-times"] button[data-start="${start}"]`)!.getAttribute('aria-pressed')).to.equal('true');
    type(shadow(el).querySelector<HTMLInputElement>('#invite-topic')!, 'Project discussion about the design system');
    const created = oneEvent(el, 'mentor-session-create') as Promise<MentorSessionCreateEvent>;
    form.requestSubmit();
    const { detail } = await created;
    expect(detail.session.start).to.equal(start);
    expect(detail.session.mentee.id).to.equal(mentorId);
    expect(await seriousA11yViolations(el)).to.deep.equal([]);
  });

  it('has no serious axe violations in light and dark, with the form open', async () => {
    const name = `Axe ${Math.random().toString(36).slice(2, 7)}`;
    await member(name);
    await signInAs(uniqueEmail('employer'), 'Axe Employer', 'Employer');
    for (const theme of ['light', 'dark']) {
      const el = await render(theme);
      type(await find<HTMLInputElement>(el, '#people-search'), name);
      shadow(el).querySelector<HTMLFormElement>('form[role="search"]')!.requestSubmit();
      await waitUntil(
        () =>
          shadow(el).querySelectorAll('[data-member-id]').length === 1 && shadow(el).querySelector(`button[aria-label="Invite ${name}"]`),
        'listed',
      );
      shadow(el).querySelector<HTMLButtonElement>(`button[aria-label="Invite ${name}"]`)!.click();
      await find(el, 'form[part="invite-form"]');
      expect(await seriousA11yViolations(el)).to.deep.equal([]);
    }
  });
});
