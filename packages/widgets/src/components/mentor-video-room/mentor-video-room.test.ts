import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { seriousA11yViolations } from '../../testing/a11y.js';
import { find, findText, shadow } from '../../testing/dom.js';
import { advanceServiceClock, bookSession, memberClient } from '../../testing/session-fixtures.js';
import { identityTokenFor, signOut, testClient, uniqueEmail, useTestService } from '../../testing/test-service.js';
import type { MentorSessionList } from '../mentor-session-list/mentor-session-list.component.js';
import '../mentor-session-list/mentor-session-list.js';
import './mentor-video-room.js';
import type { MentorVideoRoom } from './mentor-video-room.component.js';

// The call itself (two browsers, fake media) is tested in e2e/video-room.test.ts; these check what one
// member sees without a call: refusals, media guidance, and the notes from the session card.

async function signInPage(email: string, name: string, membershipType: string): Promise<void> {
  await testClient().exchangeIdentityToken({ token: await identityTokenFor(email, name, membershipType) });
}

describe('<mentor-video-room>', () => {
  beforeEach(async () => {
    await useTestService();
    await signOut();
  });

  it('tells a participant when the room opens, in English and Spanish, accessibly', async () => {
    const booked = await bookSession({ confirm: true, prefix: 'room-early', mentorName: 'Rosa Room' });
    await signInPage(booked.mentee.email, booked.mentee.name, 'Mentee');
    const el = await fixture<MentorVideoRoom>(html`<mentor-video-room session-id=${booked.session.id}></mentor-video-room>`);
    await findText(el, 'The room opens at');
    expect(await seriousA11yViolations(el)).to.deep.equal([]);
    const es = await fixture<MentorVideoRoom>(html`<mentor-video-room lang="es" session-id=${booked.session.id}></mentor-video-room>`);
    await findText(es, 'La sala se abre a las');
  });

  it('refuses a member who is not in the session and fires mentor-room-error', async () => {
    const booked = await bookSession({ confirm: true, prefix: 'room-outsider' });
    const outsider = await memberClient(uniqueEmail('room-eve'), 'Eve Outsider', 'Mentee');
    await signInPage(outsider.email, outsider.name, 'Mentee');
    const errors: string[] = [];
    const el = await fixture<MentorVideoRoom>(
      html`<mentor-video-room session-id=${booked.session.id} @mentor-room-error=${(e: CustomEvent) => errors.push(e.detail.code)}></mentor-video-room>`,
    );
    await findText(el, 'only for the two people in this session');
    expect(errors).to.deep.equal(['NOT_PARTICIPANT']);
  });

  it('inside the window shows the pre-join screen; without camera or microphone it explains what to do', async () => {
    const booked = await bookSession({ confirm: true, prefix: 'room-prejoin' });
    await signInPage(booked.mentee.email, booked.mentee.name, 'Mentee');
    const ahead = Date.parse(booked.session.start) - Date.now();
    await advanceServiceClock(ahead);
    try {
      const el = await fixture<MentorVideoRoom>(html`<mentor-video-room session-id=${booked.session.id}></mentor-video-room>`);
      await find(el, '[part="prejoin"]');
      // This browser has no fake devices: the guidance (denied or no device) and a way in without media.
      const problem = await find(el, '[part="media-problem"]');
      expect(problem.textContent).to.match(/Try again/);
      await waitUntil(
        () => shadow(el).querySelector('[part="join-button"]')?.textContent?.includes('without camera'),
        'join without media offered',
      );
      expect(await seriousA11yViolations(el)).to.deep.equal([]);
    } finally {
      await advanceServiceClock(-ahead);
    }
  });

  it('opens the shared notes from the session card (loaded only then) and saves what is typed', async () => {
    const booked = await bookSession({ confirm: true, prefix: 'room-notes' });
    await signInPage(booked.mentee.email, booked.mentee.name, 'Mentee');
    const list = await fixture<MentorSessionList>(html`<mentor-session-list time="all"></mentor-session-list>`);
    const button = await find<HTMLButtonElement>(list, `[data-session-id="${booked.session.id}"] [part="notes-button"]`);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await customElements.whenDefined('mentor-session-notes'); // its code loads on this click
    const notes = await find<HTMLElement & { updateComplete: Promise<boolean> }>(list, 'mentor-session-notes');
    await notes.updateComplete;
    const area = await find<HTMLTextAreaElement>(notes, 'textarea[part="notes"]');
    area.value = 'Questions for Maya';
    area.dispatchEvent(new Event('input'));
    await findText(notes, 'Saved');
    await waitUntil(
      async () => (await booked.mentor.client.getSessionNotes({ sessionId: booked.session.id })).text === 'Questions for Maya',
      'stored on the service',
      { timeout: 10_000 },
    );
    expect(await seriousA11yViolations(list)).to.deep.equal([]);
  });
});
