import type { InvitableMember, MentorSlots } from '@mentorkit/core';
import { Task } from '@lit/task';
import { MentorKitApiError } from '@mentorkit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { MentorSessionCreateEvent } from '../../base/events.js';
import { MentorElement } from '../../base/mentor-element.js';
import { PagedListController } from '../../base/paged-list-controller.js';
import { TabsController } from '../../base/tabs-controller.js';
import { viewerTimeZone } from '../../i18n/localize-controller.js';
import { errorMessage, renderEmpty, renderError, renderLoading } from '../../shared/states.js';
import { formLayoutStyles } from '../../styles/form-layout.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { tabStyles } from '../../styles/tabs.styles.js';
import type { MentorSessionList } from '../mentor-session-list/mentor-session-list.component.js';
import { emptyInvite, inviteInput, inviteProblems, localInputValue, type InviteDraft } from './invite-form.js';
import { employerStyles } from './mentor-employer.styles.js';
import { employerStrings } from './employer.strings.js';

export type EmployerTab = 'find' | 'invitations';
const TABS: EmployerTab[] = ['find', 'invitations'];
const DURATIONS = [15, 30, 45, 60, 90, 120];
/** How far ahead, and how many, of a mentor's open times the invitation form suggests. */
const SUGGESTION_DAYS = 14;
const SUGGESTIONS = 8;

/**
 * @tagname mentor-employer
 * @summary For employers (SPEC S8): find members by name, invite one to an interview or a project
 * discussion at a time that suits both (the service checks both calendars), and follow the invitations.
 * The invited member accepts or declines in their session list.
 *
 * @fires mentor-session-create - An invitation was sent; `detail.session` is pending until the member answers.
 *
 * @csspart base - The outer section.
 * @csspart tabs - The Find / Invitations tabs.
 * @csspart tab - One tab.
 * @csspart panel - The visible section.
 * @csspart people - The list of members found.
 * @csspart invite-form - The invitation form.
 *
 * @cssprop --mentor-accent - Tabs and buttons.
 * @cssprop --mentor-surface - Member cards.
 */
export class MentorEmployer extends MentorElement {
  static override styles = [sharedStyles, tabStyles, formLayoutStyles, employerStyles];

  /** The open section: `find` (default) or `invitations`. */
  @property({ reflect: true }) tab: EmployerTab = 'find';

  @state() private query = '';
  @state() private inviting?: InvitableMember;
  @state() private draft: InviteDraft = emptyInvite();
  @state() private problems: Partial<Record<keyof InviteDraft, string>> = {};
  @state() private sending = false;
  @state() private message?: { kind: 'error' | 'success'; text: string };
  private loadedFor?: unknown;

  /** Members the employer may invite, 20 at a time, for the current search. */
  private readonly people = new PagedListController<InvitableMember>(this, (cursor, signal) =>
    this.client!.listInvitableMembers({ ...(this.query ? { q: this.query } : {}), ...(cursor ? { cursor } : {}), limit: 20 }, { signal }),
  );

  /**
   * A mentor being invited has published open times: the form offers the next few for the chosen length,
   * so the invitation lands at a time that suits them. Members who do not mentor have none; the form
   * then says the member accepts or declines the time chosen. Suggestions are a help, so a failed read
   * shows none rather than an error (the service still checks both calendars when the invitation is sent).
   */
  private readonly openTimes = new Task(this, {
    args: () => [this.client, this.inviting, this.draft.durationMinutes] as const,
    task: async ([client, person, duration], { signal }): Promise<MentorSlots['slots']> => {
      if (!client || !person?.isMentor) return [];
      try {
        // Open times exist only for the lengths the mentor offers; a start where the shortest offered length
        // of at least `duration` fits is a start where `duration` fits too.
        const { durations } = await client.getMentor({ mentorId: person.id }, { signal });
        const fitting = durations.filter((d) => d >= duration).sort((a, b) => a - b)[0];
        if (!fitting) return [];
        const from = new Date();
        const to = new Date(from.getTime() + SUGGESTION_DAYS * 24 * 3600_000);
        const query = {
          mentorId: person.id,
          duration: String(fitting),
          timeZone: viewerTimeZone(),
          from: from.toISOString(),
          to: to.toISOString(),
        };
        return (await client.listMentorSlots(query, { signal })).slots.slice(0, SUGGESTIONS);
      } catch {
        return [];
      }
    },
  });

  private readonly tabs = new TabsController<EmployerTab>(this, {
    tabs: () => TABS,
    selected: () => this.tab,
    select: (tab) => (this.tab = tab),
    idPrefix: 'employer-tab-',
    panelId: 'employer-panel',
  });

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (this.client && this.auth.user?.roles.isEmployer && this.loadedFor !== this.client) {
      this.loadedFor = this.client;
      void this.people.reload();
    }
  }

  private search(event: SubmitEvent): void {
    event.preventDefault();
    this.query = (this.shadowRoot?.getElementById('people-search') as HTMLInputElement | null)?.value.trim() ?? '';
    void this.people.reload();
  }

  private async openInvite(person: InvitableMember): Promise<void> {
    this.inviting = person;
    this.draft = emptyInvite();
    this.problems = {};
    this.message = undefined;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLInputElement>('input[name="kind"]')?.focus();
  }

  private patch(change: Partial<InviteDraft>): void {
    this.draft = { ...this.draft, ...change };
    const problems = { ...this.problems };
    for (const key of Object.keys(change) as (keyof InviteDraft)[]) delete problems[key];
    this.problems = problems;
  }

  private async send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const s = this.localize.strings(employerStrings);
    const person = this.inviting;
    const client = this.client;
    if (!person || !client) return;
    const found = inviteProblems(this.draft, new Date());
    const text = { required: s.pickTime, past: s.futureTime, grid: s.gridTime, short: s.topicShort };
    this.problems = Object.fromEntries(Object.entries(found).map(([key, code]) => [key, text[code]]));
    if (Object.keys(found).length > 0) {
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.sending = true;
    try {
      const session = await client.createSession(inviteInput(person.id, this.draft));
      this.emit(new MentorSessionCreateEvent({ session }));
      this.message = { kind: 'success', text: s.invited(person.name, this.localize.dateTime(session.start, viewerTimeZone())) };
      this.inviting = undefined;
      for (const list of this.shadowRoot?.querySelectorAll<MentorSessionList>('mentor-session-list') ?? []) list.refresh();
    } catch (error) {
      const taken = error instanceof MentorKitApiError && error.code === 'SLOT_UNAVAILABLE';
      this.message = { kind: 'error', text: taken ? s.timeTaken : errorMessage(this.localize, error) };
    } finally {
      this.sending = false;
    }
  }

  private renderInviteForm(person: InvitableMember): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const s = this.localize.strings(employerStrings);
    const d = this.draft;
    const err = (key: keyof InviteDraft) => this.problems[key];
    const zone = viewerTimeZone();
    return html`<form class="invite" part="invite-form" novalidate aria-label=${s.inviteNamed(person.name)} @submit=${this.send}>
      <fieldset>
        <legend>${s.kind}</legend>
        <div class="choices">
          ${(['interview', 'project'] as const).map(
            (
              kind,
            ) => html`<label><input type="radio" name="kind" value=${kind} .checked=${d.kind === kind} @change=${() => this.patch({ kind })} />
              ${kind === 'interview' ? s.kindInterview : s.kindProject}</label>`,
          )}
        </div>
      </fieldset>
      <div class="grid">
        <div class="field">
          <label for="invite-start">${s.when} <span class="hint">${this.localize.zoneLabel(zone)}</span></label>
          <input id="invite-start" type="datetime-local" step="300" min=${localInputValue(new Date())} .value=${d.start}
            aria-invalid=${err('start') ? 'true' : 'false'} aria-describedby=${err('start') ? 'invite-start-error' : nothing}
            @input=${(e: Event) => this.patch({ start: (e.target as HTMLInputElement).value })} />
          ${err('start') ? html`<div class="field-error" id="invite-start-error">${err('start')}</div>` : nothing}
        </div>
        <div class="field">
          <label for="invite-duration">${t('durationLabel')}</label>
          <select id="invite-duration" @change=${(e: Event) => this.patch({ durationMinutes: Number((e.target as HTMLSelectElement).value) })}>
            ${DURATIONS.map((m) => html`<option value=${m} ?selected=${d.durationMinutes === m}>${t('minutes', m)}</option>`)}
          </select>
        </div>
      </div>
      ${this.renderOpenTimes(person, zone)}
      <div class="field">
        <label for="invite-topic">${t('topicLabel')}</label>
        <input id="invite-topic" maxlength="200" .value=${d.topic} aria-invalid=${err('topic') ? 'true' : 'false'}
          aria-describedby=${err('topic') ? 'invite-topic-error' : nothing} @input=${(e: Event) => this.patch({ topic: (e.target as HTMLInputElement).value })} />
        ${err('topic') ? html`<div class="field-error" id="invite-topic-error">${err('topic')}</div>` : nothing}
      </div>
      <div class="field">
        <label for="invite-description">${s.note} <span class="hint">${s.optional}</span></label>
        <textarea id="invite-description" rows="3" maxlength="2000" .value=${d.description}
          @input=${(e: Event) => this.patch({ description: (e.target as HTMLTextAreaElement).value })}></textarea>
      </div>
      <div class="actions">
        <button class="button" type="submit" ?disabled=${this.sending}>${this.sending ? t('sending') : s.sendInvite}</button>
        <button class="button secondary" type="button" @click=${() => (this.inviting = undefined)}>${s.cancel}</button>
      </div>
    </form>`;
  }

  /** The invitee's next open times as one-click choices (mentors), or a line saying the member decides. */
  private renderOpenTimes(person: InvitableMember, zone: string): TemplateResult {
    const s = this.localize.strings(employerStrings);
    if (!person.isMentor) return html`<p class="hint open-times-none" part="open-times">${s.noOpenTimes(person.name)}</p>`;
    if (this.openTimes.value === undefined) return html``;
    const slots = this.openTimes.value;
    if (slots.length === 0) return html`<p class="hint open-times-none" part="open-times">${s.noOpenTimesFit(person.name)}</p>`;
    const chosen = this.draft.start;
    return html`<div class="open-times" part="open-times" role="group" aria-label=${s.openTimes(person.name)}>
      <span class="hint">${s.openTimes(person.name)}</span>
      <div class="open-time-list">
        ${slots.map((slot) => {
          const value = localInputValue(new Date(slot.start));
          return html`<button type="button" class="button secondary slot" data-start=${slot.start} aria-pressed=${value === chosen ? 'true' : 'false'}
            @click=${() => this.patch({ start: value })}>${this.localize.dateTime(slot.start, zone)}</button>`;
        })}
      </div>
    </div>`;
  }

  private renderFind(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const s = this.localize.strings(employerStrings);
    const people = this.people.items;
    return html`<form class="toolbar" role="search" @submit=${this.search}>
        <div class="field">
          <label for="people-search">${s.search}</label>
          <input id="people-search" type="search" .value=${this.query} placeholder=${s.searchPlaceholder} />
        </div>
        <button class="button secondary" type="submit">${t('search')}</button>
      </form>
      ${
        this.people.error
          ? renderError(this.localize, this.people.error, () => void this.people.reload())
          : !people
            ? renderLoading(this.localize)
            : people.length === 0
              ? renderEmpty(s.noPeople)
              : html`<ul class="people" part="people">
                  ${repeat(
                    people,
                    (p) => p.id,
                    (p) => html`<li class="person" data-member-id=${p.id}>
                      <div class="person-head">
                        <div><h4>${p.name}</h4><span class="hint">${p.membershipType}${p.isMentor && !/mentor/i.test(p.membershipType) ? ` · ${s.roleMentor}` : ''}</span></div>
                        ${
                          this.inviting?.id === p.id
                            ? nothing
                            : html`<button class="button secondary" type="button" aria-label=${s.inviteNamed(p.name)} @click=${() => this.openInvite(p)}>${s.invite}</button>`
                        }
                      </div>
                      ${this.inviting?.id === p.id ? this.renderInviteForm(p) : nothing}
                    </li>`,
                  )}
                </ul>
                ${this.people.render(this.localize, { wrap: (button) => html`<p>${button}</p>` })}`
      }`;
  }

  protected override render(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const s = this.localize.strings(employerStrings);
    if (!this.client) return renderError(this.localize, undefined, undefined, t('errorNotConfigured'));
    const user = this.auth.user;
    if (user === undefined) return renderLoading(this.localize);
    if (user === null) return html`<mentor-sign-in lang=${this.localize.locale} theme=${this.theme ?? nothing}></mentor-sign-in>`;
    if (!user.roles.isEmployer) return html`<div class="state error" part="error" role="alert"><p>${s.only}</p></div>`;
    const names: Record<EmployerTab, string> = { find: s.tabFind, invitations: s.tabInvitations };
    return html`<section part="base" aria-labelledby="employer-title">
      <h2 id="employer-title">${s.title}</h2>
      <div role="status" aria-live="polite">${this.message ? html`<p class="state ${this.message.kind}">${this.message.text}</p>` : nothing}</div>
      ${this.tabs.render({ label: s.title, part: 'tabs', tabPart: 'tab', content: (tab) => names[tab] })}
      <div id="employer-panel" part="panel" role="tabpanel" aria-labelledby=${this.tabs.selectedId}>
        ${
          this.tab === 'invitations'
            ? html`<mentor-session-list session-role="mentor" lang=${this.localize.locale} theme=${this.theme ?? nothing}
              label=${s.tabInvitations} empty-text=${s.noInvitations}></mentor-session-list>`
            : this.renderFind()
        }
      </div>
    </section>`;
  }
}
