import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { MentorAvailabilityUpdateEvent, MentorProfileUpdateEvent } from '../../base/events.js';
import { seriousA11yViolations } from '../../testing/a11y.js';
import { find, findText, shadow, type } from '../../testing/dom.js';
import { bookSession, type BookedSession } from '../../testing/session-fixtures.js';
import { identityTokenFor, signOut, testClient, useTestService } from '../../testing/test-service.js';
import type { MentorSessionList } from '../mentor-session-list/mentor-session-list.component.js';
import type { MentorAvailabilityEditor } from './availability-editor.component.js';
import './mentor-dashboard.js';
import type { MentorDashboard } from './mentor-dashboard.component.js';
import type { MentorProfileEditor } from './profile-editor.component.js';

async function signInAsMentor(booked: BookedSession): Promise<void> {
  await testClient().exchangeIdentityToken({ token: await identityTokenFor(booked.mentor.email, booked.mentor.name, 'Mentor') });
}

function stat(el: MentorDashboard, label: string): string | undefined {
  const item = [...shadow(el).querySelectorAll('.stat')].find((s) => s.querySelector('dt')!.textContent === label);
  return item?.querySelector('dd .value')?.textContent ?? undefined;
}

async function openTab(el: MentorDashboard, name: string): Promise<void> {
  [...shadow(el).querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((t) => t.textContent === name)!.click();
  await el.updateComplete;
}

function setFile(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function pngFile(): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 8;
  canvas.getContext('2d')!.fillRect(0, 0, 8, 8);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], 'me.png', { type: 'image/png' });
}

describe('<mentor-dashboard>', () => {
  beforeEach(async () => {
    await useTestService();
    await signOut();
  });

  it('shows the D1 stats and moves a confirmed request from pending to upcoming', async () => {
    const booked = await bookSession({ prefix: 'dash' });
    await signInAsMentor(booked);
    const el = await fixture<MentorDashboard>(html`<mentor-dashboard></mentor-dashboard>`);
    await waitUntil(() => stat(el, 'Pending requests') === '1', 'one pending request');
    expect(stat(el, 'Total sessions')).to.equal('1');
    expect(stat(el, 'Upcoming')).to.equal('0');
    const pending = await find<MentorSessionList>(el, 'mentor-session-list[status="pending"]');
    const card = await find(pending, `article[data-session-id="${booked.session.id}"]`);
    card.querySelector<HTMLButtonElement>('button[data-action="confirm"]')!.click();
    await waitUntil(() => stat(el, 'Pending requests') === '0' && stat(el, 'Upcoming') === '1', 'stats refresh');
    const upcoming = await find<MentorSessionList>(el, 'mentor-session-list[status="confirmed"]');
    await find(upcoming, `article[data-session-id="${booked.session.id}"]`);
    await findText(pending, 'No requests are waiting for you.');
  });

  it('declines a request with an optional reason', async () => {
    const booked = await bookSession({ prefix: 'decline', menteeName: 'Dee Decline' });
    await signInAsMentor(booked);
    const el = await fixture<MentorDashboard>(html`<mentor-dashboard></mentor-dashboard>`);
    const pending = await find<MentorSessionList>(el, 'mentor-session-list[status="pending"]');
    (await find(pending, `article[data-session-id="${booked.session.id}"]`))
      .querySelector<HTMLButtonElement>('button[data-action="decline"]')!
      .click();
    const dialog = await find<HTMLDialogElement>(pending, 'dialog[open]');
    // The dialog names the person and the time, so the mentor knows which request goes.
    const when = new Intl.DateTimeFormat('en', {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    }).format(new Date(booked.session.start));
    expect(dialog.querySelector('h2')!.textContent!.replace(/\s+/g, ' ')).to.equal(
      `Decline Dee Decline's request for ${when}?`.replace(/\s+/g, ' '),
    );
    type(dialog.querySelector('textarea')!, 'Fully booked this month');
    dialog.querySelector<HTMLButtonElement>('[part="dialog-confirm"]')!.click();
    await waitUntil(() => !shadow(pending).querySelector(`article[data-session-id="${booked.session.id}"]`), 'gone from pending');
    const stored = await booked.mentee.client.getSession({ sessionId: booked.session.id });
    expect(stored.status).to.equal('declined');
    expect(stored.history.at(-1)!.reason).to.equal('Fully booked this month');
  });

  it('edits weekly windows, time off and booking rules in the mentor zone', async () => {
    const booked = await bookSession({ prefix: 'avail' });
    await signInAsMentor(booked);
    const el = await fixture<MentorDashboard>(html`<mentor-dashboard tab="availability"></mentor-dashboard>`);
    const editor = await find<MentorAvailabilityEditor>(el, 'mentor-availability-editor');
    await findText(editor, 'Times are in your time zone, Europe/Madrid');
    const monday = await find(editor, '.day-row[aria-label="Monday"]');
    monday.querySelector<HTMLButtonElement>('button.small')!.click();
    await editor.updateComplete;
    const inputs = [...monday.querySelectorAll<HTMLInputElement>('input[type="time"]')];
    const [from, to] = inputs.slice(-2) as [HTMLInputElement, HTMLInputElement];
    expect(shadow(editor).activeElement).to.equal(from, 'focus moves to the new window');
    type(from, '21:00');
    type(to, '20:00');
    (await find<HTMLButtonElement>(editor, '[part="save"]')).click();
    await findText(editor, 'The end must be after the start (00:00 means midnight).');

    type(to, '22:30');
    (await find<HTMLButtonElement>(editor, '[part="blackouts"] + button')).click();
    await editor.updateComplete;
    const rules = await find(editor, '[part="rules"]');
    rules.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await editor.updateComplete;
    const durations = [...rules.querySelectorAll<HTMLInputElement>('.checks input')];
    durations[2]!.click(); // 45 min
    type(shadow(editor).querySelector<HTMLInputElement>('#max-per-day')!, '2');
    const saved = oneEvent(el, 'mentor-availability-update') as Promise<MentorAvailabilityUpdateEvent>;
    (await find<HTMLButtonElement>(editor, '[part="save"]')).click();
    const { availability } = (await saved).detail;
    expect(availability.availability.weekly).to.deep.include({ dayOfWeek: 1, start: '21:00', end: '22:30' });
    expect(availability.availability.blackouts).to.have.length(1);
    expect(availability.bookingRulesOverride?.durations).to.include(45);
    expect(availability.bookingRulesOverride?.maxSessionsPerDay).to.equal(2);
    await findText(editor, 'Saved.');
    const stored = await booked.mentor.client.getMyAvailability();
    expect(stored.availability.weekly).to.deep.include({ dayOfWeek: 1, start: '21:00', end: '22:30' });
  });

  it('saves the profile, keeps the form on a 409 and refuses javascript: links', async () => {
    const booked = await bookSession({ prefix: 'profile' });
    await signInAsMentor(booked);
    const el = await fixture<MentorDashboard>(html`<mentor-dashboard tab="profile"></mentor-dashboard>`);
    const editor = await find<MentorProfileEditor>(el, 'mentor-profile-editor');
    const bio = await find<HTMLTextAreaElement>(editor, '#pf-bio');
    type(bio, 'I help testers write tests that read like stories.');
    type(shadow(editor).querySelector<HTMLInputElement>('#pf-website')!, 'javascript:alert(1)');
    (await find<HTMLButtonElement>(editor, '[part="save"]')).click();
    await findText(editor, 'Use a full http:// or https:// link.');
    expect(shadow(editor).activeElement?.id).to.equal('pf-website');

    type(shadow(editor).querySelector<HTMLInputElement>('#pf-website')!, 'https://example.org');
    const saved = oneEvent(el, 'mentor-profile-update') as Promise<MentorProfileUpdateEvent>;
    (await find<HTMLButtonElement>(editor, '[part="save"]')).click();
    const { profile } = (await saved).detail;
    expect(profile.bio).to.equal('I help testers write tests that read like stories.');
    expect(profile.links.website).to.match(/^https:\/\/example\.org\/?$/);

    // Someone changes the profile elsewhere; our next save is refused and nothing typed is lost.
    await booked.mentor.client.updateMyMentorProfile({ version: profile.version, company: 'Elsewhere Inc' });
    type(shadow(editor).querySelector<HTMLInputElement>('#pf-jobTitle')!, 'Principal Tester');
    (await find<HTMLButtonElement>(editor, '[part="save"]')).click();
    await find(editor, '[part="stale"]');
    await findText(editor, 'This profile was changed elsewhere.');
    expect(shadow(editor).querySelector<HTMLInputElement>('#pf-jobTitle')!.value).to.equal('Principal Tester');
    shadow(editor).querySelector<HTMLButtonElement>('[part="stale"] button')!.click();
    await waitUntil(
      () => shadow(editor).querySelector<HTMLInputElement>('#pf-company')!.value === 'Elsewhere Inc',
      'latest version loaded',
    );
    expect(shadow(editor).querySelector<HTMLInputElement>('#pf-jobTitle')!.value).to.equal('Principal Tester');
    (await find<HTMLButtonElement>(editor, '[part="save"]')).click();
    await findText(editor, 'Profile saved.');
    const stored = await booked.mentor.client.getMyMentorProfile();
    expect([stored.company, stored.jobTitle]).to.deep.equal(['Elsewhere Inc', 'Principal Tester']);
  });

  it('previews and uploads a photo, refusing other file types', async () => {
    const booked = await bookSession({ prefix: 'photo' });
    await signInAsMentor(booked);
    const el = await fixture<MentorDashboard>(html`<mentor-dashboard tab="profile"></mentor-dashboard>`);
    const editor = await find<MentorProfileEditor>(el, 'mentor-profile-editor');
    const input = await find<HTMLInputElement>(editor, '#photo-file');
    setFile(input, new File(['not an image'], 'notes.txt', { type: 'text/plain' }));
    await findText(editor, 'Only JPEG, PNG or WebP images can be used.');

    setFile(input, await pngFile());
    const preview = await find<HTMLImageElement>(editor, 'img[part="photo-preview"]');
    expect(preview.alt).to.equal('Preview of your new photo');
    expect(preview.src).to.match(/^blob:/);
    const uploaded = oneEvent(el, 'mentor-profile-update') as Promise<MentorProfileUpdateEvent>;
    [...shadow(editor).querySelectorAll<HTMLButtonElement>('[part="photo"] button')][0]!.click();
    const { profile } = (await uploaded).detail;
    expect(profile.photoUrl).to.be.a('string');
    await findText(editor, 'Photo updated.');
  });

  it('speaks Spanish and has no serious accessibility violations', async () => {
    const booked = await bookSession({ prefix: 'dash-a11y' });
    await signInAsMentor(booked);
    const el = await fixture<MentorDashboard>(html`<mentor-dashboard lang="es"></mentor-dashboard>`);
    await findText(el, 'Panel de mentor');
    await findText(el, 'Solicitudes pendientes');
    await waitUntil(() => stat(el, 'Sesiones totales') === '1', 'stats');
    await find(await find(el, 'mentor-session-list[status="pending"]'), '[part="session"]');
    expect(await seriousA11yViolations(el)).to.deep.equal([]);
    await openTab(el, 'Disponibilidad');
    await findText(await find(el, 'mentor-availability-editor'), 'Guardar disponibilidad');
    expect(await seriousA11yViolations(el)).to.deep.equal([]);
    const dark = await fixture<MentorDashboard>(html`<mentor-dashboard theme="dark" tab="profile"></mentor-dashboard>`);
    await find(await find(dark, 'mentor-profile-editor'), '#pf-bio');
    expect(await seriousA11yViolations(dark)).to.deep.equal([]);
  });
});
