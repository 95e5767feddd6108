import { defaultDurationMinutes, type MentorPage, type MentorSlots, type Session } from '@mentorkit/core';
import { MentorKitApiError } from '@mentorkit/sdk';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { MentorSessionCreateEvent, MentorSlotSelectEvent } from '../../base/events.js';
import { MentorElement } from '../../base/mentor-element.js';
import { viewerTimeZone } from '../../i18n/localize-controller.js';
import { errorMessage, renderEmpty, renderError, renderLoading } from '../../shared/states.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import '../mentor-sign-in/mentor-sign-in.js';
import { renderBookingForm } from './booking-form.js';
import { bookingStyles } from './mentor-booking-calendar.styles.js';
import { renderSlotPicker } from './slot-picker.js';

const DAY_MS = 86_400_000;
const MAX_WEEKS_AHEAD = 12;

/**
 * @tagname mentor-booking-calendar
 * @summary Book a session: open times in the viewer's zone (shown), duration, topic and description,
 * the cost estimate, then a pending request (SPEC S1, A4, E4).
 *
 * @fires mentor-slot-select - A time was picked; `detail.start` (UTC ISO), `detail.durationMinutes`.
 * @fires mentor-session-create - The request was sent; `detail.session` (status `pending`).
 *
 * @csspart base - The outer section.
 * @csspart zone - The "Times shown in …" line.
 * @csspart slots - The days with open times.
 * @csspart slot-button - One open time (`aria-pressed` when chosen).
 * @csspart form - The topic and description form.
 * @csspart input - Topic and description fields.
 * @csspart cost - The cost estimate.
 * @csspart submit - The send button.
 * @csspart success - The "Request sent" message.
 * @csspart loading - The loading state.
 * @csspart empty - No open times this week.
 * @csspart error - The error state.
 *
 * @cssprop --mentor-accent - Chosen time and buttons.
 * @cssprop --mentor-surface - Time buttons.
 * @cssprop --mentor-warning - The "Pending" badge.
 */
export class MentorBookingCalendar extends MentorElement {
  static override styles = [sharedStyles, bookingStyles];

  /** The mentor to book. */
  @property({ attribute: 'mentor-id' }) mentorId = '';
  /** The viewer's IANA zone (default: the browser's); times are shown in it. */
  @property({ attribute: 'time-zone' }) timeZone = '';
  /** Prefills the topic. */
  @property() topic = '';
  /** Prefills the description. */
  @property() description = '';
  /** Preferred duration in minutes (when the mentor offers it). */
  @property({ type: Number }) duration?: number;
  /** A start time (UTC ISO) to preselect when it is open. */
  @property({ attribute: false }) initialStart?: string;

  @state() private week = 0;
  @state() private chosenDuration?: number;
  @state() private selected?: string;
  @state() private busy = false;
  @state() private errors: Partial<Record<'topic' | 'description' | 'form', string>> = {};
  @state() private sent?: Session;
  @query('[part="success"]') private successBox?: HTMLElement;

  private readonly mentor = new Task(this, {
    args: () => [this.client, this.mentorId] as const,
    task: async ([client, mentorId], { signal }): Promise<MentorPage | typeof initialState> => {
      if (!client) throw new Error('not configured');
      if (!mentorId) return initialState;
      return client.getMentor({ mentorId }, { signal });
    },
  });

  private readonly slots = new Task(this, {
    args: () => [this.client, this.mentorId, this.durationMinutes, this.week, this.zone] as const,
    task: async ([client, mentorId, duration, week, timeZone], { signal }): Promise<MentorSlots> => {
      if (!client || !duration) throw new Error('not ready');
      const from = new Date(Date.now() + week * 7 * DAY_MS);
      const to = new Date(from.getTime() + 7 * DAY_MS);
      const query = { mentorId, duration: String(duration), timeZone, to: to.toISOString() };
      const week0 = await client.listMentorSlots({ ...query, from: from.toISOString() }, { signal });
      // A week fits one answer (the service caps answers at 700 slots); follow `nextFrom` should it ever not.
      let page = week0;
      for (let more = 0; page.nextFrom && more < 3; more++) {
        page = await client.listMentorSlots({ ...query, from: page.nextFrom }, { signal });
        week0.slots.push(...page.slots);
      }
      return { ...week0, nextFrom: undefined };
    },
  });

  private get zone(): string {
    return this.timeZone || viewerTimeZone();
  }

  /** The chosen duration, else the preferred one when offered, else the mentor's shortest. */
  private get durationMinutes(): number | undefined {
    const offered = this.mentor.value?.durations ?? [];
    if (this.chosenDuration && offered.includes(this.chosenDuration)) return this.chosenDuration;
    if (this.duration && offered.includes(this.duration)) return this.duration;
    return offered.length > 0 ? defaultDurationMinutes({ durations: offered }) : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('mentorId')) {
      this.sent = undefined;
      this.selected = undefined;
      this.week = 0;
    }
    const open = this.slots.value?.slots;
    if (this.initialStart && !this.selected && open?.some((s) => s.start === this.initialStart)) this.selected = this.initialStart;
  }

  private pick(start: string): void {
    this.selected = start;
    this.errors = {};
    this.emit(new MentorSlotSelectEvent({ start, durationMinutes: this.durationMinutes ?? 0 }));
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const t = this.localize.t.bind(this.localize);
    const form = event.currentTarget as HTMLFormElement;
    const topic = (form.elements.namedItem('topic') as HTMLInputElement).value.trim();
    const description = (form.elements.namedItem('description') as HTMLTextAreaElement).value.trim();
    this.topic = topic;
    this.description = description;
    const client = this.client;
    const durationMinutes = this.durationMinutes;
    if (!client || !durationMinutes) return;
    if (!this.selected) {
      this.errors = { form: t('pickSlotFirst') };
      return;
    }
    if (topic.length < 5 || topic.length > 200) {
      this.errors = { topic: t('topicHint') };
      (form.elements.namedItem('topic') as HTMLInputElement).focus();
      return;
    }
    this.busy = true;
    this.errors = {};
    try {
      const session = await client.createSession({
        mentorId: this.mentorId,
        start: this.selected,
        durationMinutes,
        topic,
        ...(description ? { description } : {}),
      });
      this.sent = session;
      this.emit(new MentorSessionCreateEvent({ session }));
      await this.updateComplete;
      this.successBox?.focus();
    } catch (error) {
      this.errors = this.errorsFor(error);
      if (error instanceof MentorKitApiError && error.code === 'SLOT_UNAVAILABLE') {
        this.selected = undefined;
        void this.slots.run();
      }
    } finally {
      this.busy = false;
    }
  }

  private errorsFor(error: unknown): typeof this.errors {
    const t = this.localize.t.bind(this.localize);
    if (!(error instanceof MentorKitApiError)) return { form: errorMessage(this.localize, error) };
    if (error.code === 'SLOT_UNAVAILABLE') return { form: t('slotTaken') };
    if (error.code === 'CANNOT_BOOK_SELF') return { form: t('cannotBookSelf') };
    const fields = error.fieldErrors;
    if (fields.topic || fields.description) return { topic: fields.topic && t('topicHint'), description: fields.description };
    return { form: errorMessage(this.localize, error) };
  }

  private renderSent(session: Session, mentorName: string): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const when = `${this.localize.dateTime(session.start, this.zone)} (${this.localize.zoneLabel(this.zone, new Date(session.start))})`;
    return html`<div part="success" class="state success" tabindex="-1" role="status">
      <h3>${t('requestSent')} <span class="badge">${t('statusPending')}</span></h3>
      <p>${t('requestPending', mentorName, when)}</p>
      <button class="button secondary" type="button" @click=${() => ((this.sent = undefined), (this.selected = undefined), this.slots.run())}>${t('bookAnother')}</button>
    </div>`;
  }

  private renderSlots(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    if (this.slots.status === TaskStatus.ERROR) return renderError(this.localize, this.slots.error, () => this.slots.run());
    const value = this.slots.value;
    if (!value || this.slots.status !== TaskStatus.COMPLETE) return renderLoading(this.localize);
    if (value.slots.length === 0) return renderEmpty(t('noSlotsThisWeek'));
    return renderSlotPicker(this.localize, value.slots, this.zone, this.selected, (start) => this.pick(start));
  }

  private renderBooking(page: MentorPage): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const from = new Date(Date.now() + this.week * 7 * DAY_MS);
    const range = `${this.localize.dateTime(from, this.zone, { month: 'short', day: 'numeric' })} – ${this.localize.dateTime(new Date(from.getTime() + 6 * DAY_MS), this.zone, { month: 'short', day: 'numeric' })}`;
    const durations = page.durations;
    return html`<p part="zone" class="muted">${t('timesShownIn', this.localize.zoneLabel(this.zone))}</p>
      <div class="toolbar">
        <div class="field">
          <label for="duration">${t('durationLabel')}</label>
          <select id="duration" @change=${(e: Event) => ((this.chosenDuration = Number((e.target as HTMLSelectElement).value)), (this.selected = undefined))}>
            ${durations.map((d) => html`<option value=${d} ?selected=${d === this.durationMinutes}>${t('minutes', d)}</option>`)}
          </select>
        </div>
        <div class="week-nav" role="group" aria-label=${t('weekOf', range)}>
          <button class="button secondary" type="button" ?disabled=${this.week === 0} @click=${() => (this.week -= 1)}>${t('previousWeek')}</button>
          <span aria-live="polite">${range}</span>
          <button class="button secondary" type="button" ?disabled=${this.week >= MAX_WEEKS_AHEAD} @click=${() => (this.week += 1)}>${t('nextWeek')}</button>
        </div>
      </div>
      <h3>${t('chooseTime')}</h3>
      ${this.renderSlots()}
      ${
        this.auth.user?.member.id === page.mentor.id
          ? html`<p class="state" part="own-profile">${t('ownProfile')}</p>`
          : this.auth.user
            ? renderBookingForm({
                localize: this.localize,
                timeZone: this.zone,
                selected: this.selected,
                durationMinutes: this.durationMinutes ?? 0,
                hourlyRate: page.mentor.hourlyRate,
                currency: page.mentor.currency,
                topic: this.topic,
                description: this.description,
                busy: this.busy,
                errors: this.errors,
                onSubmit: (e) => this.submit(e),
                onInput: () => {
                  if (this.errors.topic || this.errors.description) this.errors = { form: this.errors.form };
                },
              })
            : this.auth.user === null
              ? html`<p>${t('signInToBook')}</p><mentor-sign-in lang=${this.localize.locale} theme=${this.theme ?? nothing}></mentor-sign-in>`
              : nothing
      }`;
  }

  protected override render(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    if (!this.client) return renderError(this.localize, undefined, undefined, t('errorNotConfigured'));
    // Defect 7: without a mentor there is nothing to load — say so instead of "Loading…" forever.
    if (!this.mentorId) return renderError(this.localize, undefined, undefined, t('noMentorChosen'));
    if (this.mentor.status === TaskStatus.ERROR) {
      const notFound = this.mentor.error instanceof MentorKitApiError && this.mentor.error.status === 404;
      return renderError(
        this.localize,
        this.mentor.error,
        notFound ? undefined : () => this.mentor.run(),
        notFound ? t('mentorNotFound') : undefined,
      );
    }
    const page = this.mentor.value;
    if (!page || this.mentor.status !== TaskStatus.COMPLETE) return renderLoading(this.localize);
    return html`<section part="base" aria-label=${t('bookWith', page.mentor.displayName)}>
      ${this.sent ? this.renderSent(this.sent, page.mentor.displayName) : this.renderBooking(page)}
    </section>`;
  }
}
