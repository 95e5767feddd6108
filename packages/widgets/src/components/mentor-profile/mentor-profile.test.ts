import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { seriousA11yViolations } from '../../testing/a11y.js';
import { find, findText, shadow } from '../../testing/dom.js';
import {
  attributeClient,
  createMentor,
  identityTokenFor,
  signOut,
  testClient,
  uniqueEmail,
  useAttributesOnly,
  useTestService,
} from '../../testing/test-service.js';
import type { MentorFavoriteChangeEvent, MentorSessionCreateEvent } from '../../base/events.js';
import type { MentorMentorshipUpdateEvent } from '../../base/member-events.js';
import { memberClient } from '../../testing/session-fixtures.js';
import './mentor-profile.js';
import type { MentorProfile } from './mentor-profile.component.js';

let mentorId: string;

describe('<mentor-profile>', () => {
  before(async () => {
    await useTestService();
    mentorId = await createMentor(uniqueEmail('profile'), 'Paula Profile', {
      displayName: 'Paula Profile',
      bio: 'Ten years of frontend work.\nHappy to review portfolios.',
      expertise: ['Frontend', 'Accessibility'],
      languages: ['en', 'es'],
      company: 'Acme',
      jobTitle: 'Staff Engineer',
      yearsOfExperience: 10,
      hourlyRate: 40,
      currency: 'USD',
      links: { github: 'https://github.com/example', website: 'https://example.org' },
      timeZone: 'Europe/Madrid',
    });
  });
  beforeEach(async () => {
    await useTestService();
    await signOut();
  });

  it('shows the profile, rate, facts, links and next open times in the viewer zone', async () => {
    const el = await fixture<MentorProfile>(html`<mentor-profile mentor-id=${mentorId} time-zone="America/New_York"></mentor-profile>`);
    await find(el, '[part="header"]');
    const text = shadow(el).textContent!;
    for (const part of [
      'Paula Profile',
      'Staff Engineer · Acme',
      '$40 / hour',
      'No ratings yet',
      '0 sessions completed',
      '10 years of experience',
      'English, Spanish',
      'No reviews yet.',
    ]) {
      expect(text).to.include(part);
    }
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[part="link"]')].map((a) => [a.textContent, a.href]);
    expect(links).to.deep.equal([
      ['GitHub', 'https://github.com/example'],
      ['Website', 'https://example.org/'],
    ]);
    await findText(el, 'Times shown in America/New York\u00a0· GMT\u2212');
    // Defect 18: no nested parentheses, and the offset cannot break inside ("GMT-↵5").
    expect(shadow(el).textContent).not.to.include('(GMT');
    const page = await testClient().getMentor({ mentorId });
    const slotButtons = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="slot-button"]')];
    expect(slotButtons.map((b) => b.dataset.start)).to.deep.equal(page.nextOpenSlots);
    const first = page.nextOpenSlots[0]!;
    const expected = new Intl.DateTimeFormat('en', {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'America/New_York',
    }).format(new Date(first));
    expect(slotButtons[0]!.textContent!.trim()).to.equal(expected);
  });

  it('opens the booking dialog from the Book button and returns focus when closed', async () => {
    const el = await fixture<MentorProfile>(html`<mentor-profile mentor-id=${mentorId}></mentor-profile>`);
    const book = await find<HTMLButtonElement>(el, '[part="book-button"]');
    expect(book.getAttribute('aria-label')).to.equal('Book a session with Paula Profile');
    book.focus();
    const opened = oneEvent(el, 'mentor-booking-open');
    await sendKeys({ press: 'Enter' });
    expect((await opened).detail.mentorId).to.equal(mentorId);
    const dialog = await find<HTMLDialogElement>(el, 'dialog[open]');
    const calendar = await find(el, 'mentor-booking-calendar');
    expect(calendar.getAttribute('mentor-id')).to.equal(mentorId);
    expect(dialog.contains(shadow(el).activeElement)).to.equal(true, 'focus is inside the dialog');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'dialog closes on Escape');
    await waitUntil(() => shadow(el).activeElement === book, 'focus returns to the Book button');
  });

  it('lets the host take over booking with preventDefault or booking-href', async () => {
    const el = await fixture<MentorProfile>(html`<mentor-profile mentor-id=${mentorId}></mentor-profile>`);
    el.addEventListener('mentor-booking-open', (e) => e.preventDefault());
    (await find<HTMLButtonElement>(el, '[part="book-button"]')).click();
    await el.updateComplete;
    expect(shadow(el).querySelector('dialog[open]')).to.equal(null);
    const linked = await fixture<MentorProfile>(
      html`<mentor-profile mentor-id=${mentorId} booking-href="/book?mentor={id}"></mentor-profile>`,
    );
    const link = await find<HTMLAnchorElement>(linked, 'a[part="book-button"]');
    expect(link.getAttribute('href')).to.equal(`/book?mentor=${mentorId}`);
  });

  it('renders a hostile bio as inert text', async () => {
    const hostileId = await createMentor(uniqueEmail('hostile-profile'), 'Hostile Bio', {
      displayName: '<b onmouseover="window.__pwned=1">Bold</b>',
      bio: '<img src=x onerror="window.__pwned=2"> <a href="javascript:window.__pwned=3">click</a>',
      mentoringGoals: '<script>window.__pwned=4</script>',
    });
    const el = await fixture<MentorProfile>(html`<mentor-profile mentor-id=${hostileId}></mentor-profile>`);
    await find(el, '.bio');
    const root = shadow(el);
    expect(root.querySelector('img[src="x"], b, script, a[href^="javascript"]')).to.equal(null);
    expect(root.querySelector('h2#name')!.textContent).to.equal('<b onmouseover="window.__pwned=1">Bold</b>');
    expect(root.querySelector('.bio')!.textContent).to.include('<img src=x onerror=');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows a not-found state', async () => {
    const el = await fixture<MentorProfile>(html`<mentor-profile mentor-id="no-such-mentor-123"></mentor-profile>`);
    await findText(el, 'This mentor could not be found.');
    expect(shadow(el).querySelector('[role="alert"]')).to.exist;
  });

  it('speaks Spanish', async () => {
    const el = await fixture<MentorProfile>(
      html`<mentor-profile lang="es" mentor-id=${mentorId} time-zone="Europe/Madrid"></mentor-profile>`,
    );
    await find(el, '[part="header"]');
    // The Spanish table is a chunk of its own: the page is English until it arrives, then re-renders.
    await findText(el, 'Sobre mí');
    const text = shadow(el).textContent!;
    for (const part of [
      'Sobre mí',
      'Especialidades',
      'inglés, español',
      '10 años de experiencia',
      'Aún no hay reseñas.',
      'Horarios en Europe/Madrid',
    ])
      expect(text).to.include(part);
    expect((await find(el, '[part="book-button"]')).textContent).to.equal('Reservar una sesión');
  });

  it('has no serious accessibility violations (light and dark)', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<MentorProfile>(html`<mentor-profile theme=${theme} mentor-id=${mentorId}></mentor-profile>`);
      await find(el, '[part="header"]');
      expect(await seriousA11yViolations(el), theme).to.deep.equal([]);
    }
  });

  describe('configured by attributes only (no MentorKit.configure)', () => {
    beforeEach(async () => {
      await useAttributesOnly();
    });
    afterEach(async () => {
      await (await attributeClient()).signOut().catch(() => undefined);
    });

    it('books from a next open time through the nested calendar, as a signed-in member (defect 1)', async () => {
      const { baseUrl, community } = await useAttributesOnly();
      const client = await attributeClient();
      await client.exchangeIdentityToken({ token: await identityTokenFor(uniqueEmail('attr-mentee'), 'Ada Attributes', 'Mentee') });
      const el = await fixture<MentorProfile>(
        html`<mentor-profile api-base=${baseUrl} community=${community} mentor-id=${mentorId}></mentor-profile>`,
      );
      const slot = await find<HTMLButtonElement>(el, '[part="slot-button"]');
      // Read the time before booking: once booked, the profile's list refreshes and Lit reuses this button for the next open time.
      const start = slot.dataset.start!;
      slot.click();
      const calendar = await find(el, 'dialog[open] mentor-booking-calendar');
      // The time chosen on the profile is preselected in the dialog.
      await find(calendar, `[part="slot-button"][aria-pressed="true"][data-start="${start}"]`);
      expect(shadow(calendar).textContent).not.to.include('not set up');
      (await find<HTMLInputElement>(calendar, '#topic')).value = 'Attribute-only booking';
      (await find<HTMLInputElement>(calendar, '#topic')).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      const created = oneEvent(el, 'mentor-session-create') as Promise<MentorSessionCreateEvent>;
      (await find<HTMLButtonElement>(calendar, '[part="submit"]')).click();
      const { session } = (await created).detail;
      expect(session.start).to.equal(start);
      expect((await client.getSession({ sessionId: session.id })).topic).to.equal('Attribute-only booking');
    });

    it('lets page theme tokens reach the nested calendar (defect 2)', async () => {
      const { baseUrl, community } = await useAttributesOnly();
      const wrapper = await fixture<HTMLDivElement>(html`<div style="--mentor-accent: rgb(13, 148, 136)">
        <mentor-profile api-base=${baseUrl} community=${community} mentor-id=${mentorId}></mentor-profile>
      </div>`);
      const el = wrapper.querySelector('mentor-profile')!;
      (await find<HTMLButtonElement>(el, '[part="book-button"]')).click();
      const calendar = await find(el, 'dialog[open] mentor-booking-calendar');
      expect(getComputedStyle(await find(el, '[part="book-button"]')).backgroundColor).to.equal('rgb(13, 148, 136)');
      // Signed out: the calendar renders a sign-in form, three elements deep.
      const signIn = await find(calendar, 'mentor-sign-in');
      const submit = await find<HTMLButtonElement>(signIn, 'button[type="submit"]');
      expect(getComputedStyle(submit).backgroundColor).to.equal('rgb(13, 148, 136)');
    });

    it('saves the mentor and sends a connect request with a message (M6, R1)', async () => {
      const { baseUrl, community } = await useAttributesOnly();
      const client = await attributeClient();
      const email = uniqueEmail('connect-mentee');
      await client.exchangeIdentityToken({ token: await identityTokenFor(email, 'Cleo Connect', 'Mentee') });
      const el = await fixture<MentorProfile>(
        html`<mentor-profile api-base=${baseUrl} community=${community} mentor-id=${mentorId}></mentor-profile>`,
      );

      const save = await find<HTMLButtonElement>(el, '[part="favorite-button"]');
      expect(save.getAttribute('aria-pressed')).to.equal('false');
      expect(save.textContent!.replace(/\s+/g, ' ').trim()).to.equal('☆ Save Paula Profile');
      const saved = oneEvent(el, 'mentor-favorite-change') as Promise<MentorFavoriteChangeEvent>;
      save.click();
      expect((await saved).detail).to.deep.equal({ mentorId, saved: true });
      await waitUntil(() => shadow(el).querySelector('[part="favorite-button"]')!.getAttribute('aria-pressed') === 'true', 'pressed');
      expect((await client.listFavorites()).items.map((m) => m.id)).to.deep.equal([mentorId]);

      (await find<HTMLButtonElement>(el, '[part="connect-button"]')).click();
      const dialog = await find<HTMLDialogElement>(el, 'dialog[part="connect-dialog"]');
      await waitUntil(() => dialog.open, 'connect dialog opens');
      expect(dialog.querySelector('h2')!.textContent).to.equal('Connect with Paula Profile');
      const message = dialog.querySelector<HTMLTextAreaElement>('textarea')!;
      message.value = 'Could you help me prepare for frontend interviews?';
      const requested = oneEvent(el, 'mentor-mentorship-update') as Promise<MentorMentorshipUpdateEvent>;
      dialog.querySelector<HTMLButtonElement>('[part="connect-submit"]')!.click();
      const { mentorship, action } = (await requested).detail;
      expect(action).to.equal('request');
      expect(mentorship.status).to.equal('pending');
      expect(mentorship.message).to.equal('Could you help me prepare for frontend interviews?');
      await findText(el, 'Request sent. Paula Profile will answer soon.');
      expect(await seriousA11yViolations(el)).to.deep.equal([]);
      dialog.close();
      await waitUntil(
        () => shadow(el).querySelector('[part="connect-state"]')?.textContent === 'Connection requested',
        'state shown instead of the button',
      );

      // Unsave again; the dark theme stays accessible with the new buttons.
      el.setAttribute('theme', 'dark');
      shadow(el).querySelector<HTMLButtonElement>('[part="favorite-button"]')!.click();
      await waitUntil(() => shadow(el).querySelector('[part="favorite-button"]')!.getAttribute('aria-pressed') === 'false', 'unsaved');
      expect((await client.listFavorites()).items).to.deep.equal([]);
      expect(await seriousA11yViolations(el)).to.deep.equal([]);
    });

    it("does not offer booking or connecting on one's own profile (defect 15)", async () => {
      const { baseUrl, community } = await useAttributesOnly();
      const ownEmail = uniqueEmail('own-profile');
      const ownId = await createMentor(ownEmail, 'Olga Own');
      await memberClient(ownEmail, 'Olga Own');
      const client = await attributeClient();
      await client.exchangeIdentityToken({ token: await identityTokenFor(ownEmail, 'Olga Own') });
      const el = await fixture<MentorProfile>(
        html`<mentor-profile api-base=${baseUrl} community=${community} mentor-id=${ownId}></mentor-profile>`,
      );
      await findText(el, 'This is your own profile.');
      expect(shadow(el).querySelector('[part="book-button"], [part="connect-button"], [part="favorite-button"]')).to.equal(null);
    });
  });
});
