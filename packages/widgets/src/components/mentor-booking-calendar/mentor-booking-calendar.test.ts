import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MentorSessionCreateEvent } from '../../base/events.js';
import { seriousA11yViolations } from '../../testing/a11y.js';
import { find, findText, shadow, type } from '../../testing/dom.js';
import { createMentor, signInAs, signOut, testClient, uniqueEmail, useTestService } from '../../testing/test-service.js';
import './mentor-booking-calendar.js';
import type { MentorBookingCalendar } from './mentor-booking-calendar.component.js';

let mentorId: string;
const slotButtons = (el: Element) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="slot-button"]')];

describe('<mentor-booking-calendar>', () => {
  before(async () => {
    await useTestService();
    mentorId = await createMentor(uniqueEmail('calendar'), 'Carla Calendar', {
      displayName: 'Carla Calendar',
      hourlyRate: 60,
      currency: 'USD',
      timeZone: 'Europe/Madrid',
    });
  });
  beforeEach(async () => {
    await useTestService();
    await signOut();
  });

  it('books a slot shown in the viewer zone and sees it pending', async () => {
    await signInAs(uniqueEmail('mentee'), 'Maya Mentee');
    const el = await fixture<MentorBookingCalendar>(
      html`<mentor-booking-calendar mentor-id=${mentorId} time-zone="Asia/Tokyo" topic="Portfolio review"></mentor-booking-calendar>`,
    );
    await findText(el, 'Times shown in Asia/Tokyo\u00a0· GMT+9');
    await waitUntil(() => slotButtons(el).length > 0, 'open slots');
    const first = slotButtons(el)[0]!;
    const tokyo = (options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat('en', { ...options, timeZone: 'Asia/Tokyo' }).format(new Date(first.dataset.start!));
    expect(first.textContent).to.equal(tokyo({ hour: 'numeric', minute: '2-digit' }));
    expect(first.closest('.day')!.querySelector('h3')!.textContent).to.equal(tokyo({ weekday: 'long', month: 'long', day: 'numeric' }));
    const api = await testClient().listMentorSlots({ mentorId, timeZone: 'Asia/Tokyo', duration: '30' });
    expect(api.slots.some((s) => s.start === first.dataset.start)).to.equal(true);

    first.click();
    await el.updateComplete;
    expect(first.getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(el).querySelector('[part="cost"]')!.textContent).to.equal('$30');
    const topic = shadow(el).querySelector<HTMLInputElement>('#topic')!;
    expect(topic.value).to.equal('Portfolio review', 'prefilled topic');
    const created = oneEvent(el, 'mentor-session-create') as Promise<MentorSessionCreateEvent>;
    shadow(el).querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    const { detail } = await created;
    expect(detail.session.status).to.equal('pending');
    expect(detail.session.start).to.equal(new Date(first.dataset.start!).toISOString());
    await findText(el, 'Request sent');
    await findText(el, 'Pending');
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('[part="success"]'));
    expect((await testClient().getSession({ sessionId: detail.session.id })).status).to.equal('pending');
  });

  it('books with the keyboard only', async () => {
    await signInAs(uniqueEmail('keyboard'), 'Kim Keyboard');
    const el = await fixture<MentorBookingCalendar>(html`<mentor-booking-calendar mentor-id=${mentorId}></mentor-booking-calendar>`);
    await waitUntil(() => slotButtons(el).length > 1, 'open slots');
    shadow(el).querySelector<HTMLSelectElement>('#duration')!.focus();
    // Tab from the duration select past the week navigation to the first time.
    while (shadow(el).activeElement?.getAttribute('part') !== 'slot-button') await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const chosen = shadow(el).activeElement as HTMLButtonElement;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => chosen.getAttribute('aria-pressed') === 'true', 'slot chosen by keyboard');
    shadow(el).querySelector<HTMLInputElement>('#topic')!.focus();
    await sendKeys({ type: 'Career planning' });
    const created = oneEvent(el, 'mentor-session-create') as Promise<MentorSessionCreateEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await created).detail.session.topic).to.equal('Career planning');
  });

  it('asks to sign in first', async () => {
    const el = await fixture<MentorBookingCalendar>(html`<mentor-booking-calendar mentor-id=${mentorId}></mentor-booking-calendar>`);
    await findText(el, 'Sign in to book a session.');
    expect(shadow(el).querySelector('mentor-sign-in')).to.exist;
  });

  it('shows field errors for a too-short topic and a missing time', async () => {
    await signInAs(uniqueEmail('short'), 'Sam Short');
    const el = await fixture<MentorBookingCalendar>(html`<mentor-booking-calendar mentor-id=${mentorId}></mentor-booking-calendar>`);
    await waitUntil(() => slotButtons(el).length > 0, 'open slots');
    shadow(el).querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await findText(el, 'Choose a time first.');
    slotButtons(el)[0]!.click();
    type(await find<HTMLInputElement>(el, '#topic'), 'Hi');
    shadow(el).querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await waitUntil(() => shadow(el).querySelector('#topic')!.getAttribute('aria-invalid') === 'true', 'topic marked invalid');
  });

  it('speaks Spanish', async () => {
    await signInAs(uniqueEmail('es'), 'Elena Español');
    const el = await fixture<MentorBookingCalendar>(
      html`<mentor-booking-calendar lang="es" mentor-id=${mentorId} time-zone="America/Mexico_City"></mentor-booking-calendar>`,
    );
    await findText(el, 'Horarios en America/Mexico City');
    await waitUntil(() => slotButtons(el).length > 0, 'open slots');
    const text = shadow(el).textContent!;
    for (const part of ['Duración', 'Elige un horario', 'Semana siguiente', 'Tema', 'Enviar solicitud', 'Costo estimado'])
      expect(text).to.include(part);
  });

  it('has no serious accessibility violations (light and dark)', async () => {
    await signInAs(uniqueEmail('a11y'), 'Ada A11y');
    for (const theme of ['light', 'dark']) {
      const el = await fixture<MentorBookingCalendar>(
        html`<mentor-booking-calendar theme=${theme} mentor-id=${mentorId}></mentor-booking-calendar>`,
      );
      await waitUntil(() => slotButtons(el).length > 0, 'open slots');
      slotButtons(el)[0]!.click();
      await el.updateComplete;
      expect(await seriousA11yViolations(el), theme).to.deep.equal([]);
    }
  });
});
