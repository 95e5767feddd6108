import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MentorSessionUpdateEvent } from '../../base/events.js';
import { seriousA11yViolations } from '../../testing/a11y.js';
import { find, findText, shadow, type } from '../../testing/dom.js';
import { advanceServiceClock, bookSession, memberClient } from '../../testing/session-fixtures.js';
import {
  attributeClient,
  identityTokenFor,
  signOut,
  testClient,
  uniqueEmail,
  useAttributesOnly,
  useTestService,
} from '../../testing/test-service.js';
import { allowedActions } from './session-format.js';
import type { BookedSession } from '../../testing/session-fixtures.js';
import './mentor-session-list.js';
import type { MentorSessionList } from './mentor-session-list.component.js';

/** Signs the page's shared client in as `email` (host identity token; roles kept). */
async function signInPage(email: string, name: string, membershipType: string): Promise<void> {
  await testClient().exchangeIdentityToken({ token: await identityTokenFor(email, name, membershipType) });
}

function card(el: Element, sessionId: string): HTMLElement {
  const found = shadow(el).querySelector<HTMLElement>(`article[data-session-id="${sessionId}"]`);
  if (!found) throw new Error(`no card for ${sessionId}`);
  return found;
}

async function findCard(el: Element, sessionId: string): Promise<HTMLElement> {
  return find(el, `article[data-session-id="${sessionId}"]`);
}

function button(el: Element, sessionId: string, action: string): HTMLButtonElement | null {
  return card(el, sessionId).querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
}

/** A confirmed session the mentor has completed (the service clock moves past it and back). */
async function completedSession(prefix: string): Promise<BookedSession> {
  const booked = await bookSession({ confirm: true, prefix, mentorName: 'Fay Feedback', menteeName: 'Moe Mentee' });
  const ahead = Date.parse(booked.session.end) - Date.now() + 60_000;
  await advanceServiceClock(ahead);
  try {
    await booked.mentor.client.completeSession({ sessionId: booked.session.id });
  } finally {
    await advanceServiceClock(-ahead);
  }
  return booked;
}

describe('<mentor-session-list>', () => {
  beforeEach(async () => {
    await useTestService();
    await signOut();
  });

  it('cancels a confirmed session with a required reason in an accessible dialog; both sides see who and why', async () => {
    const booked = await bookSession({ confirm: true, prefix: 'cancel', menteeName: 'Cora Cancel', mentorName: 'Max Mentor' });
    await signInPage(booked.mentee.email, booked.mentee.name, 'Mentee');
    const el = await fixture<MentorSessionList>(html`<mentor-session-list></mentor-session-list>`);
    await findCard(el, booked.session.id);
    expect(card(el, booked.session.id).querySelector('[part="status-badge"]')!.textContent).to.include('Confirmed');

    const cancel = button(el, booked.session.id, 'cancel')!;
    cancel.focus();
    cancel.click();
    const dialog = await find<HTMLDialogElement>(el, 'dialog[part="dialog"]');
    await waitUntil(() => dialog.open, 'dialog opens');
    const reason = dialog.querySelector<HTMLTextAreaElement>('textarea')!;
    expect(shadow(el).activeElement).to.equal(reason, 'focus moves into the dialog');

    // Tab cycles inside the dialog.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(dialog.contains(shadow(el).activeElement)).to.equal(true, 'focus stays in the dialog');

    // Escape closes and focus returns to the Cancel button.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !shadow(el).querySelector('dialog'), 'dialog closes');
    await waitUntil(() => shadow(el).activeElement === button(el, booked.session.id, 'cancel'), 'focus returns to the opener');

    button(el, booked.session.id, 'cancel')!.click();
    const again = await find<HTMLDialogElement>(el, 'dialog[part="dialog"]');
    again.querySelector<HTMLButtonElement>('[part="dialog-confirm"]')!.click();
    await findText(el, 'Please give a reason.');
    expect(again.querySelector('textarea')!.getAttribute('aria-invalid')).to.equal('true');

    type(again.querySelector('textarea')!, 'My exam moved to that <b>day</b>');
    const updated = oneEvent(el, 'mentor-session-update') as Promise<MentorSessionUpdateEvent>;
    again.querySelector<HTMLButtonElement>('[part="dialog-confirm"]')!.click();
    const { detail } = await updated;
    expect(detail.action).to.equal('cancel');
    expect(detail.session.status).to.equal('cancelled');
    expect(detail.session.cancellation?.reason).to.equal('My exam moved to that <b>day</b>');
    // Defect 13: a cancelled session leaves Upcoming; the full list shows who cancelled and why.
    await waitUntil(() => !shadow(el).querySelector(`article[data-session-id="${booked.session.id}"]`), 'gone from Upcoming');
    const history = await fixture<MentorSessionList>(html`<mentor-session-list time="all"></mentor-session-list>`);
    await findCard(history, booked.session.id);
    await findText(history, 'Cancelled by you');
    await findText(history, 'Reason: My exam moved to that <b>day</b>');
    expect(card(history, booked.session.id).querySelector('b')).to.equal(null, 'the reason is text');

    // The mentor sees who cancelled and why.
    await signOut();
    await signInPage(booked.mentor.email, booked.mentor.name, 'Mentor');
    const mentorView = await fixture<MentorSessionList>(html`<mentor-session-list session-role="mentor" time="all"></mentor-session-list>`);
    await findCard(mentorView, booked.session.id);
    await findText(mentorView, 'Cancelled by Cora Cancel');
    await findText(mentorView, 'Reason: My exam moved to that <b>day</b>');
  });

  it('lets the mentee rate once after completion', async () => {
    const booked = await bookSession({ confirm: true, prefix: 'rate', mentorName: 'Rita Rater' });
    // Completion needs the start to have passed: move the service clock past the session, then back.
    const ahead = Date.parse(booked.session.end) - Date.now() + 60_000;
    await advanceServiceClock(ahead);
    try {
      await booked.mentor.client.completeSession({ sessionId: booked.session.id });
    } finally {
      await advanceServiceClock(-ahead);
    }
    await signInPage(booked.mentee.email, booked.mentee.name, 'Mentee');
    const el = await fixture<MentorSessionList>(html`<mentor-session-list time="all"></mentor-session-list>`);
    const item = await findCard(el, booked.session.id);
    expect(item.querySelector('[part="status-badge"]')!.textContent).to.include('Completed');
    const form = item.querySelector<HTMLFormElement>('[part="rating-form"]')!;
    expect(form, 'rating form').to.exist;

    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await findText(el, 'Choose from 1 to 5 stars.');

    card(el, booked.session.id).querySelector<HTMLInputElement>('input[name="rating"][value="4"]')!.click();
    type(card(el, booked.session.id).querySelector('textarea[name="review"]')!, 'Clear and kind advice.');
    const updated = oneEvent(el, 'mentor-session-update') as Promise<MentorSessionUpdateEvent>;
    card(el, booked.session.id).querySelector<HTMLButtonElement>('[part="rating-form"] button[type="submit"]')!.click();
    const { detail } = await updated;
    expect(detail.action).to.equal('rate');
    expect(detail.session.rating).to.deep.equal({ rating: 4, review: 'Clear and kind advice.' });
    await findText(el, 'Your rating: 4 out of 5');
    expect(card(el, booked.session.id).querySelector('[part="rating-form"]')).to.equal(null, 'rating happens once');
    const again = await booked.mentee.client.rateSession({ sessionId: booked.session.id, rating: 5 }).then(
      () => 'accepted',
      (e: { status?: number }) => e.status,
    );
    expect(again).to.equal(409, 'the service refuses a second rating');
  });

  it('shows times in the viewer zone, exactly', async () => {
    // 09:00 UTC is 18:00 in Tokyo (no DST there) whatever the date.
    const booked = await bookSession({ utcHour: 9, prefix: 'zone' });
    await signInPage(booked.mentee.email, booked.mentee.name, 'Mentee');
    const el = await fixture<MentorSessionList>(html`<mentor-session-list time-zone="Asia/Tokyo"></mentor-session-list>`);
    const item = await findCard(el, booked.session.id);
    await findText(el, 'Times shown in Asia/Tokyo\u00a0· GMT+9');
    const time = item.querySelector('[part="time"]')!.textContent!;
    expect(time).to.match(/, 6:00\s?PM – 7:00\s?PM \(Asia\/Tokyo\u00a0· GMT\+9\)$/);
    const day = new Date(Date.parse(booked.session.start) + 9 * 3_600_000).getUTCDate();
    expect(time).to.include(` ${day},`);

    const es = await fixture<MentorSessionList>(
      html`<mentor-session-list lang="es" time-zone="America/Mexico_City"></mentor-session-list>`,
    );
    const esItem = await findCard(es, booked.session.id);
    // Mexico City has had no DST since 2022: 09:00 UTC is 03:00.
    expect(esItem.querySelector('[part="time"]')!.textContent).to.match(/3:00 – 4:00 \(America\/Mexico City\u00a0· GMT\u22126\)$/);
  });

  it('lets the mentor confirm, set an https meeting link (refusing javascript:) and keeps hostile topics inert', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"> javascript:alert(1)';
    const booked = await bookSession({ topic: hostile, description: '<a href="javascript:alert(1)">click</a>', prefix: 'link' });
    await signInPage(booked.mentor.email, booked.mentor.name, 'Mentor');
    const el = await fixture<MentorSessionList>(html`<mentor-session-list></mentor-session-list>`);
    const item = await findCard(el, booked.session.id);
    expect(item.querySelector('.topic')!.textContent).to.equal(hostile);
    expect(item.querySelector('img')).to.equal(null);
    expect(item.querySelector('.description a')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);

    button(el, booked.session.id, 'confirm')!.click();
    await waitUntil(
      () => card(el, booked.session.id).querySelector('[part="status-badge"]')!.textContent!.includes('Confirmed'),
      'confirmed',
    );
    expect(button(el, booked.session.id, 'confirm')).to.equal(null);
    expect(card(el, booked.session.id).querySelector<HTMLButtonElement>('[part="join-button"]')!.disabled).to.equal(
      true,
      'not joinable yet',
    );

    [...card(el, booked.session.id).querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent!.includes('Set meeting link'))!
      .click();
    const input = await find<HTMLInputElement>(el, `#link-${booked.session.id}`);
    type(input, 'javascript:alert(1)');
    card(el, booked.session.id).querySelector<HTMLButtonElement>('[part="link-form"] button[type="submit"]')!.click();
    await findText(el, 'Enter an https:// link');
    expect(input.getAttribute('aria-invalid')).to.equal('true');

    type(input, 'https://us02web.zoom.us/j/123456');
    const updated = oneEvent(el, 'mentor-session-update') as Promise<MentorSessionUpdateEvent>;
    card(el, booked.session.id).querySelector<HTMLButtonElement>('[part="link-form"] button[type="submit"]')!.click();
    const { detail } = await updated;
    expect(detail.session.meeting).to.deep.equal({ url: 'https://us02web.zoom.us/j/123456', platform: 'zoom' });
    await waitUntil(() => card(el, booked.session.id).querySelector('.meeting a'), 'link shown');
    // Named by its platform, never the raw address (which may carry a password).
    expect(card(el, booked.session.id).querySelector('[part="meeting-link"]')!.textContent!.trim()).to.equal('Open the Zoom meeting');
    expect(card(el, booked.session.id).textContent).not.to.include('us02web.zoom.us');
    const links = [...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links.every((href) => href?.startsWith('https://'))).to.equal(true);
  });

  it('pages, switches role tabs by keyboard and speaks Spanish', async () => {
    await signInPage('cruz@example.com', 'Cruz Ramírez', 'Mentor & Mentee');
    const el = await fixture<MentorSessionList>(html`<mentor-session-list time="all" page-size="2"></mentor-session-list>`);
    await waitUntil(() => shadow(el).querySelectorAll('[part="session"]').length === 2, 'first page');
    (await find<HTMLButtonElement>(el, '[part="load-more"]')).click();
    await waitUntil(() => shadow(el).querySelectorAll('[part="session"]').length > 2, 'second page');

    const tabs = [...shadow(el).querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    expect(tabs.map((t) => t.textContent!.trim())).to.deep.equal(['All', 'As mentor', 'As mentee']);
    tabs[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.sessionRole).to.equal('mentor');
    expect(shadow(el).activeElement?.id).to.equal('tab-mentor');
    await waitUntil(() => shadow(el).querySelectorAll('[part="session"]').length > 0, 'mentor sessions');
    for (const text of [...shadow(el).querySelectorAll('.people')].map((p) => p.textContent!)) expect(text).to.include('Mentee:');

    el.lang = 'es';
    await findText(el, 'Como mentor');
    await findText(el, 'Horarios en');
    expect(shadow(el).querySelector('[part="time-filter"]')!.getAttribute('aria-label')).to.equal('Cuándo');
  });

  it('shows empty and signed-out states', async () => {
    const signedOut = await fixture<MentorSessionList>(html`<mentor-session-list></mentor-session-list>`);
    await findText(signedOut, 'Please sign in first.');
    await find(signedOut, 'mentor-sign-in');
    const booked = await bookSession({ prefix: 'empty' });
    await signInPage(booked.mentor.email, booked.mentor.name, 'Mentor');
    const el = await fixture<MentorSessionList>(html`<mentor-session-list time="past"></mentor-session-list>`);
    await findText(el, 'No past sessions yet.');
  });

  it('has no serious accessibility violations (light, dark, dialog open)', async () => {
    const booked = await bookSession({ confirm: true, prefix: 'a11y' });
    await signInPage(booked.mentee.email, booked.mentee.name, 'Mentee');
    const light = await fixture<MentorSessionList>(html`<mentor-session-list></mentor-session-list>`);
    await findCard(light, booked.session.id);
    expect(await seriousA11yViolations(light)).to.deep.equal([]);
    const dark = await fixture<MentorSessionList>(html`<mentor-session-list theme="dark"></mentor-session-list>`);
    await findCard(dark, booked.session.id);
    expect(await seriousA11yViolations(dark)).to.deep.equal([]);
    button(dark, booked.session.id, 'cancel')!.click();
    await find(dark, 'dialog[open]');
    expect(await seriousA11yViolations(dark)).to.deep.equal([]);
  });

  it('only offers what makes sense now: complete after the end, cancel before the start (defect 12)', async () => {
    const { session } = await bookSession({ confirm: true, prefix: 'timing' });
    const start = Date.parse(session.start);
    const end = Date.parse(session.end);
    expect(allowedActions(session, 'mentor', new Date(start - 60_000))).to.include('cancel');
    const justStarted = allowedActions(session, 'mentor', new Date(start + 5_000));
    expect(justStarted).not.to.include('complete');
    expect(justStarted).not.to.include('cancel');
    expect(allowedActions(session, 'mentee', new Date(start + 5_000))).not.to.include('cancel');
    expect(allowedActions(session, 'mentor', new Date(end + 1_000))).to.include('complete');
    expect(allowedActions(session, 'mentor', new Date(start + 20 * 60_000))).to.include('no_show');
  });

  it('drops a cancelled session from Upcoming (defect 13)', async () => {
    const booked = await bookSession({ confirm: true, prefix: 'upcoming' });
    await signInPage(booked.mentee.email, booked.mentee.name, 'Mentee');
    // Cancelled elsewhere (by the mentor): a fresh Upcoming list does not show it.
    await booked.mentor.client.cancelSession({ sessionId: booked.session.id, reason: 'Travelling' });
    const el = await fixture<MentorSessionList>(html`<mentor-session-list time="upcoming"></mentor-session-list>`);
    await waitUntil(() => shadow(el).querySelector('[part="empty"], [part="list"]'), 'list loaded');
    expect(shadow(el).querySelector(`article[data-session-id="${booked.session.id}"]`)).to.equal(null);
    const all = await fixture<MentorSessionList>(html`<mentor-session-list time="all"></mentor-session-list>`);
    const item = await findCard(all, booked.session.id);
    expect(item.querySelector('[part="status-badge"]')!.textContent).to.include('Cancelled');

    // Cancelled here: the card leaves the Upcoming list at once.
    const second = await bookSession({ confirm: true, prefix: 'upcoming2' });
    await signInPage(second.mentee.email, second.mentee.name, 'Mentee');
    const list = await fixture<MentorSessionList>(html`<mentor-session-list time="upcoming"></mentor-session-list>`);
    await findCard(list, second.session.id);
    button(list, second.session.id, 'cancel')!.click();
    type(await find<HTMLTextAreaElement>(list, 'dialog[open] textarea'), 'Something came up');
    (await find<HTMLButtonElement>(list, 'dialog[open] [part="dialog-confirm"]')).click();
    await waitUntil(() => !shadow(list).querySelector(`article[data-session-id="${second.session.id}"]`), 'gone from Upcoming');
  });

  it('clears a rating error once a star is chosen (defect 9)', async () => {
    const booked = await completedSession('rate-error');
    await signInPage(booked.mentee.email, booked.mentee.name, 'Mentee');
    const el = await fixture<MentorSessionList>(html`<mentor-session-list time="all"></mentor-session-list>`);
    const item = await findCard(el, booked.session.id);
    item.querySelector<HTMLButtonElement>('[part="rating-form"] button[type="submit"]')!.click();
    await findText(el, 'Choose from 1 to 5 stars.');
    card(el, booked.session.id).querySelector<HTMLInputElement>('input[name="rating"][value="5"]')!.click();
    await waitUntil(() => !shadow(el).textContent!.includes('Choose from 1 to 5 stars.'), 'error cleared');
  });

  it('names employer invitations by kind, not "Mentor: …" (defect 11)', async () => {
    const employer = await memberClient(uniqueEmail('inv-employer'), 'Dana Hiring', 'Employer');
    const invitee = await memberClient(uniqueEmail('inv-member'), 'Ivy Invitee', 'Mentee');
    const inviteeId = (await invitee.client.getMe()).member.id;
    const start = new Date(Date.now() + 3 * 86_400_000);
    start.setUTCHours(15, 0, 0, 0);
    const session = await employer.client.createSession({
      kind: 'interview',
      memberId: inviteeId,
      start: start.toISOString(),
      durationMinutes: 45,
      topic: 'Frontend engineer interview',
    });
    await signInPage(invitee.email, invitee.name, 'Mentee');
    const el = await fixture<MentorSessionList>(html`<mentor-session-list time="all"></mentor-session-list>`);
    const item = await findCard(el, session.id);
    expect(item.querySelector('[part="kind-badge"]')!.textContent).to.equal('Interview');
    expect(item.querySelector('.people')!.textContent).to.include('Interview with Dana Hiring');
    expect(item.textContent).not.to.include('Mentor: Dana Hiring');
  });

  describe('configured by attributes only', () => {
    beforeEach(async () => {
      await useAttributesOnly();
    });
    afterEach(async () => {
      await (await attributeClient()).signOut().catch(() => undefined);
    });

    it('lets the mentor leave feedback on a completed session, and the mentee reads it (S6)', async () => {
      const booked = await completedSession('feedback');
      const { baseUrl, community } = await useAttributesOnly();
      const client = await attributeClient();
      await client.exchangeIdentityToken({ token: await identityTokenFor(booked.mentor.email, booked.mentor.name) });
      const el = await fixture<MentorSessionList>(
        html`<mentor-session-list api-base=${baseUrl} community=${community} time="all"></mentor-session-list>`,
      );
      const item = await findCard(el, booked.session.id);
      expect(item.querySelector('[part="rating-form"]')).to.equal(null, 'mentors do not rate');
      item.querySelector<HTMLButtonElement>('[part="feedback-button"]')!.click();
      const area = await find<HTMLTextAreaElement>(el, `#feedback-${booked.session.id}`);
      expect(shadow(el).activeElement).to.equal(area);
      card(el, booked.session.id).querySelector<HTMLButtonElement>('[part="feedback-form"] button[type="submit"]')!.click();
      await findText(el, 'Write some feedback first');
      type(area, 'Great progress on testing. Next: try property-based tests.');
      await waitUntil(() => !shadow(el).textContent!.includes('Write some feedback first'), 'error clears while typing');
      const updated = oneEvent(el, 'mentor-session-update') as Promise<MentorSessionUpdateEvent>;
      card(el, booked.session.id).querySelector<HTMLButtonElement>('[part="feedback-form"] button[type="submit"]')!.click();
      const { detail } = await updated;
      expect(detail.action).to.equal('feedback');
      expect(detail.session.mentorFeedback).to.equal('Great progress on testing. Next: try property-based tests.');
      await findText(el, 'Your feedback');
      expect(card(el, booked.session.id).querySelector('[part="feedback-button"]')).to.equal(null);

      await client.signOut();
      await client.exchangeIdentityToken({ token: await identityTokenFor(booked.mentee.email, booked.mentee.name) });
      const menteeView = await fixture<MentorSessionList>(
        html`<mentor-session-list api-base=${baseUrl} community=${community} time="all"></mentor-session-list>`,
      );
      const seen = await findCard(menteeView, booked.session.id);
      await findText(menteeView, 'Feedback from your mentor');
      expect(seen.querySelector('[part="mentor-feedback"]')!.textContent).to.include('Great progress on testing.');
      for (const theme of ['light', 'dark']) {
        menteeView.setAttribute('theme', theme);
        await menteeView.updateComplete;
        expect(await seriousA11yViolations(menteeView), theme).to.deep.equal([]);
      }
    });
  });
});
