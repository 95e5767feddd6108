import { localCalendarDate, type MentorAvailability } from '@mentorkit/core';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { MentorAvailabilityUpdateEvent } from '../../base/events.js';
import { MentorElement } from '../../base/mentor-element.js';
import { errorMessage, renderError, renderLoading } from '../../shared/states.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { draftFrom, draftProblem, inputFrom, rowKey, type AvailabilityDraft } from './availability-draft.js';
import { renderBlackouts, renderOverrides, renderRules, renderWeekly, type AvailabilityEditing } from './availability-sections.js';
import { editorStyles } from './editor.styles.js';

/** Every IANA zone the browser knows (falls back to the current one). */
function timeZones(current: string): string[] {
  const all = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return all.includes(current) ? all : [current, ...all];
}

/**
 * @tagname mentor-availability-editor
 * @summary The mentor's availability (SPEC A1–A3): weekly windows, extra dates, time off and booking rules,
 * all in the mentor's own time zone. Used inside `<mentor-dashboard>`; works on its own too.
 *
 * @fires mentor-availability-update - Saved; `detail.availability` as the service now has it.
 *
 * @csspart form - The whole form.
 * @csspart weekly - The weekly windows.
 * @csspart overrides - Extra dates.
 * @csspart blackouts - Time off.
 * @csspart rules - Booking rules.
 * @csspart save - The save button.
 * @csspart message - Saved / error message.
 *
 * @cssprop --mentor-accent - Buttons.
 * @cssprop --mentor-border - Input borders.
 */
export class MentorAvailabilityEditor extends MentorElement {
  static override styles = [sharedStyles, editorStyles];

  @state() private draft?: AvailabilityDraft;
  @state() private busy = false;
  @state() private message?: { kind: 'error' | 'success'; text: string };

  private readonly loader = new Task(this, {
    args: () => [this.client, this.auth.user?.member.id] as const,
    task: async ([client, memberId], { signal }): Promise<MentorAvailability | undefined> => {
      if (!client) throw new Error('not configured');
      if (!memberId) return undefined;
      const data = await client.getMyAvailability(undefined, { signal });
      this.draft = draftFrom(data);
      return data;
    },
  });

  private patchDraft(patch: Partial<AvailabilityDraft> | ((draft: AvailabilityDraft) => Partial<AvailabilityDraft>)): void {
    if (this.draft) this.draft = { ...this.draft, ...(typeof patch === 'function' ? patch(this.draft) : patch) };
    this.message = undefined;
  }

  private async addRow(list: 'weekly' | 'overrides' | 'blackouts', day?: number): Promise<void> {
    if (!this.draft) return;
    // Today on the mentor's clock, where the dates they edit live.
    const today = localCalendarDate(new Date(), this.draft.timeZone);
    const key = rowKey();
    if (list === 'weekly') this.patchDraft({ weekly: [...this.draft.weekly, { key, day, start: '09:00', end: '12:00' }] });
    if (list === 'overrides') this.patchDraft({ overrides: [...this.draft.overrides, { key, date: today, start: '09:00', end: '12:00' }] });
    if (list === 'blackouts') this.patchDraft({ blackouts: [...this.draft.blackouts, { key, start: today, end: today }] });
    await this.updateComplete;
    // The new row's first input takes focus, so keyboard users land where they can edit.
    this.shadowRoot?.querySelector<HTMLInputElement>(`[data-key="${key}"]`)?.focus();
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.client;
    const draft = this.draft;
    if (!client || !draft || this.busy) return;
    const t = this.localize.t.bind(this.localize);
    const problem = draftProblem(draft);
    if (problem) {
      this.message = { kind: 'error', text: t(problem) };
      return;
    }
    this.busy = true;
    this.message = undefined;
    try {
      const saved = await client.setMyAvailability(inputFrom(draft));
      this.draft = draftFrom(saved);
      this.message = { kind: 'success', text: t('saved') };
      this.emit(new MentorAvailabilityUpdateEvent({ availability: saved }));
    } catch (error) {
      this.message = { kind: 'error', text: errorMessage(this.localize, error) };
    } finally {
      this.busy = false;
    }
  }

  protected override render(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    if (this.loader.status === TaskStatus.ERROR) return renderError(this.localize, this.loader.error, () => this.loader.run());
    const draft = this.draft;
    if (!draft) return renderLoading(this.localize);
    const ctx: AvailabilityEditing = {
      localize: this.localize,
      draft,
      update: (patch) => this.patchDraft(patch),
      addWeekly: (day) => void this.addRow('weekly', day),
    };
    return html`<form part="form" @submit=${this.save} novalidate aria-labelledby="availability-title">
      <h3 id="availability-title">${t('availabilityHeading')}</h3>
      <div class="field narrow">
        <label for="zone">${t('timeZoneLabel')}</label>
        <select id="zone" @change=${(e: Event) => this.patchDraft({ timeZone: (e.target as HTMLSelectElement).value })}>
          ${timeZones(draft.timeZone).map((z) => html`<option value=${z} ?selected=${z === draft.timeZone}>${z.replace(/_/g, ' ')}</option>`)}
        </select>
        <p class="hint">${t('availabilityIntro', this.localize.zoneLabel(draft.timeZone))}</p>
      </div>
      ${renderWeekly(ctx)}
      <h3>${t('overridesHeading')}</h3>
      ${renderOverrides(ctx)}
      <button class="button secondary small" type="button" @click=${() => this.addRow('overrides')}>${t('addOverride')}</button>
      <h3>${t('blackoutsHeading')}</h3>
      ${renderBlackouts(ctx)}
      <button class="button secondary small" type="button" @click=${() => this.addRow('blackouts')}>${t('addBlackout')}</button>
      <h3>${t('rulesHeading')}</h3>
      ${renderRules(ctx)}
      <div class="save-row">
        <button class="button" part="save" type="submit" ?disabled=${this.busy}>${this.busy ? t('saving') : t('saveAvailability')}</button>
        ${this.message
          ? html`<p part="message" class=${this.message.kind === 'error' ? 'field-error' : 'ok'} role=${this.message.kind === 'error' ? 'alert' : 'status'}>${this.message.text}</p>`
          : nothing}
      </div>
    </form>`;
  }
}
