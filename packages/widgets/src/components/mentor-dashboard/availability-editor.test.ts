import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { MentorAvailabilityUpdateEvent } from '../../base/events.js';
import { seriousA11yViolations } from '../../testing/a11y.js';
import { find, findText, shadow, type } from '../../testing/dom.js';
import { bookSession, type BookedSession } from '../../testing/session-fixtures.js';
import { identityTokenFor, signOut, testClient, useTestService } from '../../testing/test-service.js';
import type { MentorAvailabilityEditor } from './availability-editor.component.js';
import type { AvailabilityDraft } from './availability-draft.js';
import { fieldForServerPath, rowField } from './availability-problems.js';
import type { MentorDashboard } from './mentor-dashboard.component.js';
import './mentor-dashboard.js';

async function signInAsMentor(booked: BookedSession): Promise<void> {
  await testClient().exchangeIdentityToken({ token: await identityTokenFor(booked.mentor.email, booked.mentor.name, 'Mentor') });
}

/** How many requests the page has sent to the availability endpoint so far (read from Resource Timing). */
function availabilityRequests(): number {
  return performance.getEntriesByType('resource').filter((e) => /\/me\/availability(\?|$)/.test(e.name)).length;
}

/** The text of the message an input points to through aria-describedby. */
function describedText(root: ShadowRoot, input: Element): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => root.getElementById(id)?.textContent?.trim() ?? '').join(' ');
}

async function openEditor(): Promise<MentorAvailabilityEditor> {
  const el = await fixture<MentorAvailabilityEditor>(html`<mentor-availability-editor></mentor-availability-editor>`);
  await find(el, '[part="weekly"]');
  return el;
}

describe('<mentor-availability-editor>', () => {
  beforeEach(async () => {
    performance.setResourceTimingBufferSize(10_000);
    await useTestService();
    await signOut();
  });

  it('marks each invalid field, focuses the first and sends nothing (defect 8)', async () => {
    const booked = await bookSession({ prefix: 'avail-invalid' });
    await signInAsMentor(booked);
    const el = await openEditor();
    const root = shadow(el);
    // A Monday window that ends before it starts, and an extra date with its date cleared.
    const monday = await find(el, '.day-row[aria-label="Monday"]');
    monday.querySelector<HTMLButtonElement>('button.small')!.click();
    await el.updateComplete;
    const [from, to] = [...monday.querySelectorAll<HTMLInputElement>('input[type="time"]')].slice(-2) as [
      HTMLInputElement,
      HTMLInputElement,
    ];
    type(from, '21:00');
    type(to, '20:00');
    (await find<HTMLButtonElement>(el, '[part="overrides"] + button')).click();
    await el.updateComplete;
    const date = root.querySelector<HTMLInputElement>('[part="overrides"] input[type="date"]')!;
    type(date, '');
    await el.updateComplete;

    const before = availabilityRequests();
    (await find<HTMLButtonElement>(el, '[part="save"]')).click();
    await findText(el, 'Please check the highlighted fields.');
    expect(to.getAttribute('aria-invalid')).to.equal('true');
    expect(describedText(root, to)).to.equal('The end must be after the start (00:00 means midnight).');
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    expect(describedText(root, date)).to.equal('Choose a date.');
    expect(from.getAttribute('aria-invalid')).to.equal('false');
    expect(getComputedStyle(to).borderColor).to.not.equal(getComputedStyle(from).borderColor, 'the mark is visible');
    expect(root.activeElement).to.equal(to, 'focus on the first invalid field');
    expect(availabilityRequests()).to.equal(before, 'nothing was sent');

    // Fixing one field removes its mark at once; the other stays marked.
    type(to, '22:00');
    await el.updateComplete;
    expect(to.getAttribute('aria-invalid')).to.equal('false');
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    type(date, '2031-05-06');
    await el.updateComplete;
    expect(root.textContent).to.not.include('Please check the highlighted fields.');

    // No session length offered: the group is marked and its first box focused.
    root.querySelector<HTMLInputElement>('[part="rules"] > label input')!.click();
    await el.updateComplete;
    for (const box of root.querySelectorAll<HTMLInputElement>('.checks input:checked')) box.click();
    await el.updateComplete;
    (await find<HTMLButtonElement>(el, '[part="save"]')).click();
    await findText(el, 'Offer at least one session length.');
    expect(root.querySelector('.checks')!.getAttribute('aria-invalid')).to.equal('true');
    expect(root.activeElement).to.equal(root.querySelector('.checks input'));
    expect(availabilityRequests()).to.equal(before, 'still nothing sent');
    expect(await seriousA11yViolations(el)).to.deep.equal([]);

    root.querySelector<HTMLInputElement>('.checks input')!.click();
    const saved = oneEvent(el, 'mentor-availability-update') as Promise<MentorAvailabilityUpdateEvent>;
    (await find<HTMLButtonElement>(el, '[part="save"]')).click();
    const { availability } = (await saved).detail;
    expect(availability.availability.weekly).to.deep.include({ dayOfWeek: 1, start: '21:00', end: '22:00' });
    expect(availability.availability.overrides.map((o) => o.date)).to.include('2031-05-06');
  });

  it("puts the service's field errors on the same inputs (defect 8)", () => {
    // The service reports paths of the request body; the editor names the draft's inputs.
    const draft: AvailabilityDraft = {
      timeZone: 'Europe/Madrid',
      weekly: [
        { key: 1, day: 1, start: '09:00', end: '10:00' },
        { key: 2, day: 2, start: '09:00', end: '10:00' },
      ],
      overrides: [
        { key: 3, date: '2031-01-02', start: '09:00', end: '10:00' },
        { key: 4, date: '2031-01-03', start: '09:00', end: '10:00' },
        { key: 5, date: '2031-01-02', start: '11:00', end: '12:00' },
      ],
      blackouts: [{ key: 6, start: '2031-02-01', end: '2031-02-02' }],
      useCommunityRules: false,
      rules: {
        durations: [30],
        slotStepMinutes: 30,
        minNoticeMinutes: 0,
        horizonDays: 30,
        bufferBeforeMinutes: 0,
        bufferAfterMinutes: 0,
        maxSessionsPerDay: 4,
      },
    };
    expect(fieldForServerPath(draft, 'availability.weekly.1.end')).to.equal(rowField(2, 'end'));
    expect(fieldForServerPath(draft, 'availability.overrides.0.windows.1.start')).to.equal(rowField(5, 'start'));
    expect(fieldForServerPath(draft, 'availability.overrides.1.date')).to.equal(rowField(4, 'date'));
    expect(fieldForServerPath(draft, 'availability.blackouts.0.end')).to.equal(rowField(6, 'end'));
    expect(fieldForServerPath(draft, 'bookingRules.maxSessionsPerDay')).to.equal('max-per-day');
    expect(fieldForServerPath(draft, 'availability.timeZone')).to.equal('zone');
    expect(fieldForServerPath(draft, 'availability.weekly')).to.equal(undefined);
  });

  it("shows when the availability's zone differs from the profile's and adopts the profile's (defect 14)", async () => {
    const booked = await bookSession({ prefix: 'avail-zone' });
    const current = await booked.mentor.client.getMyAvailability();
    await booked.mentor.client.setMyAvailability({
      availability: { ...current.availability, timeZone: 'America/New_York' },
      bookingRules: current.bookingRulesOverride,
    });
    expect((await booked.mentor.client.getMyMentorProfile()).timeZone).to.equal('Europe/Madrid');
    await signInAsMentor(booked);
    const el = await openEditor();
    const notice = await find(el, '[part="zone-check"]');
    expect(notice.textContent).to.include('America/New York').and.include('Europe/Madrid');
    notice.querySelector<HTMLButtonElement>('button')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector<HTMLSelectElement>('#zone')!.value).to.equal('Europe/Madrid');
    expect(shadow(el).querySelector('[part="zone-check"]')).to.equal(null);
    await findText(el, 'your windows keep their clock times in the new zone');
    (await find<HTMLButtonElement>(el, '[part="save"]')).click();
    await findText(el, 'Saved.');
    const stored = await booked.mentor.client.getMyAvailability();
    expect(stored.availability.timeZone).to.equal('Europe/Madrid');
    expect(stored.availability.weekly).to.deep.equal(current.availability.weekly, 'clock times kept');
  });

  it('keeps every "Add time" button and every dashboard panel inside a 375 px screen (defect 16)', async () => {
    const booked = await bookSession({ prefix: 'avail-375' });
    await signInAsMentor(booked);
    // A 375 px phone less what surrounds the dashboard there: the page's 8 px margin and the hub's two paddings.
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 375px; padding: 0 40px; box-sizing: border-box"><mentor-dashboard tab="availability"></mentor-dashboard></div>`,
    );
    const dashboard = wrapper.querySelector<MentorDashboard>('mentor-dashboard')!;
    const editor = await find<MentorAvailabilityEditor>(dashboard, 'mentor-availability-editor');
    const monday = await find(editor, '.day-row[aria-label="Monday"]');
    monday.querySelector<HTMLButtonElement>('button.small')!.click();
    await editor.updateComplete;
    const right = wrapper.getBoundingClientRect().right - 40;
    const buttons = [...shadow(editor).querySelectorAll<HTMLElement>('.day-row button.small, .window input, .window button')];
    expect(buttons.length).to.be.greaterThan(7);
    const outside = buttons.filter((b) => b.getBoundingClientRect().right > right + 0.5).map((b) => b.getAttribute('aria-label'));
    expect(outside).to.deep.equal([]);
    expect(dashboard.scrollWidth).to.be.at.most(dashboard.clientWidth);

    // The other panels fit too: the overview's session cards (status badge included) and the profile.
    [...shadow(dashboard).querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((t) => t.textContent === 'Overview')!.click();
    const pending = await find(dashboard, 'mentor-session-list[status="pending"]');
    const badge = await find(pending, '[part="status-badge"]');
    expect(badge.getBoundingClientRect().right).to.be.at.most(right + 0.5, 'the status badge is on screen');
    [...shadow(dashboard).querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((t) => t.textContent === 'Profile')!.click();
    const profile = await find(dashboard, 'mentor-profile-editor');
    const save = await find(profile, '[part="save"]');
    const wide = [...shadow(profile).querySelectorAll<HTMLElement>('input, select, textarea, button')].filter(
      (e) => e.getBoundingClientRect().right > right + 0.5,
    );
    expect(wide.map((e) => e.id || e.textContent)).to.deep.equal([]);
    expect(save.getBoundingClientRect().right).to.be.at.most(right + 0.5);
  });

  it('clears "Saved." at the next edit (defect 9)', async () => {
    const booked = await bookSession({ prefix: 'avail-msg' });
    await signInAsMentor(booked);
    const el = await openEditor();
    (await find<HTMLButtonElement>(el, '[part="save"]')).click();
    await findText(el, 'Saved.');
    (await find<HTMLButtonElement>(el, '[part="blackouts"] + button')).click();
    await waitUntil(() => !shadow(el).querySelector('[part="message"]'), 'the message goes');
  });
});
