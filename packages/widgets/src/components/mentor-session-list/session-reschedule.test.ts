import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { seriousA11yViolations } from '../../testing/a11y.js';
import { find, findText, shadow, type } from '../../testing/dom.js';
import { bookSession } from '../../testing/session-fixtures.js';
import { identityTokenFor, signOut, testClient, useTestService } from '../../testing/test-service.js';
import { localInputValue } from './session-reschedule.js';
import './mentor-session-list.js';
import type { MentorSessionList } from './mentor-session-list.component.js';

async function signInPage(email: string, name: string, membershipType: string): Promise<void> {
  await testClient().exchangeIdentityToken({ token: await identityTokenFor(email, name, membershipType) });
}

function button(list: Element, sessionId: string, action: string): HTMLButtonElement {
  const found = shadow(list).querySelector<HTMLButtonElement>(`article[data-session-id="${sessionId}"] button[data-action="${action}"]`);
  if (!found) throw new Error(`no ${action} button`);
  return found;
}

describe('<mentor-session-list> rescheduling (SPEC S3)', () => {
  beforeEach(async () => {
    await useTestService();
    await signOut();
  });

  it('the mentee proposes an open time a day later; the mentor sees it and accepts; the session moves', async () => {
    const booked = await bookSession({ confirm: true, prefix: 'resch' });
    const { slots } = await booked.mentee.client.listMentorSlots({ mentorId: booked.mentorId, duration: '60', timeZone: 'UTC' });
    const later = slots.find((s) => Date.parse(s.start) >= Date.parse(booked.session.start) + 24 * 3600_000)!;
    expect(later, 'an open slot a day later').to.exist;

    await signInPage(booked.mentee.email, booked.mentee.name, 'Mentee');
    const list = await fixture<MentorSessionList>(html`<mentor-session-list></mentor-session-list>`);
    await find(list, `article[data-session-id="${booked.session.id}"]`);
    button(list, booked.session.id, 'reschedule').click();
    const input = await find<HTMLInputElement>(list, `#reschedule-${booked.session.id}`);
    await waitUntil(() => shadow(list).activeElement === input, 'focus moves to the new time');
    expect(await seriousA11yViolations(list)).to.deep.equal([]);
    type(input, localInputValue(new Date(later.start)));
    shadow(list).querySelector<HTMLFormElement>('form[part="reschedule-form"]')!.requestSubmit();
    await findText(list, 'You proposed to move this session to');
    const proposed = await booked.mentor.client.getSession({ sessionId: booked.session.id });
    expect(proposed.reschedule?.start).to.equal(later.start);
    expect(proposed.start).to.equal(booked.session.start, 'nothing moves before the answer');

    await signOut();
    await signInPage(booked.mentor.email, booked.mentor.name, 'Mentor');
    const mentorList = await fixture<MentorSessionList>(html`<mentor-session-list></mentor-session-list>`);
    await find(mentorList, `article[data-session-id="${booked.session.id}"] [part="reschedule-proposal"]`);
    await findText(mentorList, `${booked.mentee.name} proposes to move this session to`);
    button(mentorList, booked.session.id, 'accept-reschedule').click();
    await waitUntil(
      async () => (await booked.mentee.client.getSession({ sessionId: booked.session.id })).start === later.start,
      'the session moved',
    );
    await waitUntil(() => !shadow(mentorList).querySelector('[part="reschedule-proposal"]'), 'the proposal is gone from the card');
    const moved = await booked.mentee.client.getSession({ sessionId: booked.session.id });
    expect(moved.history.at(-1)?.rescheduled).to.deep.equal({ fromStart: booked.session.start, toStart: later.start });
  });

  it('a time that is not open is explained on the card and nothing is proposed', async () => {
    const booked = await bookSession({ confirm: true, prefix: 'resch-closed' });
    await signInPage(booked.mentee.email, booked.mentee.name, 'Mentee');
    const list = await fixture<MentorSessionList>(html`<mentor-session-list></mentor-session-list>`);
    await find(list, `article[data-session-id="${booked.session.id}"]`);
    button(list, booked.session.id, 'reschedule').click();
    const input = await find<HTMLInputElement>(list, `#reschedule-${booked.session.id}`);
    // 03:00 in Madrid is outside the fixture mentor's 08:00–20:00 availability.
    const night = new Date(Date.parse(booked.session.start) + 2 * 24 * 3600_000);
    const madridNight = new Date(Date.UTC(night.getUTCFullYear(), night.getUTCMonth(), night.getUTCDate(), 2, 0));
    type(input, localInputValue(madridNight));
    shadow(list).querySelector<HTMLFormElement>('form[part="reschedule-form"]')!.requestSubmit();
    await findText(list, 'That time is not open');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const unchanged = await booked.mentor.client.getSession({ sessionId: booked.session.id });
    expect(unchanged.reschedule).to.equal(undefined);
  });
});
