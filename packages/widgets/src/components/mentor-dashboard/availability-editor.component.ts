import { localCalendarDate, type MentorAvailability } from '@mentorkit/core';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { MentorAvailabilityUpdateEvent } from '../../base/events.js';
import { MentorElement } from '../../base/mentor-element.js';
import { errorMessage, renderError, renderLoading } from '../../shared/states.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { MentorKitApiError } from '@mentorkit/sdk';
import { draftFrom, inputFrom, rowKey, type AvailabilityDraft } from './availability-draft.js';
import { availabilityProblems, fieldForServerPath } from './availability-problems.js';
import {
  fieldError,
  renderBlackouts,
  renderOverrides,
  renderRules,
  renderWeekly,
  type AvailabilityEditing,
} from './availability-sections.js';
import { availabilityStrings } from './availability.strings.js';
import { renderTimeZonePicker } from '../../shared/profile-pickers.js';
import { editorStyles } from './editor.styles.js';

/**
 * @tagname mentor-availability-editor
 * @summary The mentor's availability (SPEC A1–A3): weekly windows, extra dates, time off and booking rules,
 * all in the mentor's own time zone. Every field is checked before saving: a wrong one is marked
 * (`aria-invalid`, outline, its message beside it), the first takes focus and nothing is sent; the
 * service's field errors land on the same inputs. Used inside `<mentor-dashboard>`; works on its own too.
 *
 * @fires mentor-availability-update - Saved; `detail.availability` as the service now has it.
 *
 * @csspart form - The whole form.
 * @csspart zone-check - Shown when the availability's time zone differs from the profile's, with "Use …".
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
  @state() private message?: { kind: 'error' | 'success' | 'info'; text: string };
  /** Messages by field, shown next to each invalid input (see `availability-problems.ts`). */
  @state() private errors: Record<string, string> = {};
  /** The zone on the member's mentor profile (what members see next to their name), when there is one. */
  @state() private profileTimeZone?: string;

  private readonly loader = new Task(this, {
    args: () => [this.client, this.auth.user?.member.id] as const,
    task: async ([client, memberId], { signal }): Promise<MentorAvailability | undefined> => {
      if (!client) throw new Error('not configured');
      if (!memberId) return undefined;
      const [data, profile] = await Promise.all([
        client.getMyAvailability(undefined, { signal }),
        // Only to compare zones: a mentor added by roster may have no profile yet, which is fine.
        client.getMyMentorProfile(undefined, { signal }).catch(() => undefined),
      ]);
      this.draft = draftFrom(data);
      this.profileTimeZone = profile?.timeZone;
      return data;
    },
  });

  /**
   * Applies an edit. Any earlier message is about the form as it was, so it goes; field messages stay
   * only for fields that are still wrong (a fixed field loses its mark at once, as the member fixes it).
   */
  private patchDraft(patch: Partial<AvailabilityDraft> | ((draft: AvailabilityDraft) => Partial<AvailabilityDraft>)): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...(typeof patch === 'function' ? patch(this.draft) : patch) };
    this.message = undefined;
    if (Object.keys(this.errors).length === 0) return;
    const s = this.localize.strings(availabilityStrings);
    const problems = availabilityProblems(this.draft);
    this.errors = Object.fromEntries(
      Object.keys(this.errors).flatMap((field) => (problems.has(field) ? [[field, s[problems.get(field)!]]] : [])),
    );
    if (Object.keys(this.errors).length) this.message = { kind: 'error', text: this.localize.t('errorValidation') };
  }

  /** Marks the fields, says so once, and puts the keyboard on the first one. */
  private async showErrors(errors: Record<string, string>): Promise<void> {
    this.errors = errors;
    this.message = { kind: 'error', text: this.localize.t('errorValidation') };
    await this.updateComplete;
    const first = this.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (first?.matches('input, select') ? first : first?.querySelector<HTMLElement>('input:not([disabled])'))?.focus();
  }

  /**
   * The profile's zone for the availability too. The clock times stay as typed ("Monday 9–12" is still
   * 9–12, now in the new zone): that is what a mentor who moved, or picked the wrong zone, means.
   */
  private useProfileZone(): void {
    if (!this.profileTimeZone) return;
    this.patchDraft({ timeZone: this.profileTimeZone });
    this.message = { kind: 'info', text: this.localize.strings(availabilityStrings).zoneSwitched };
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
    const s = this.localize.strings(availabilityStrings);
    const problems = availabilityProblems(draft);
    // Nothing is sent while a field is wrong: the service would only refuse it.
    if (problems.size > 0) return this.showErrors(Object.fromEntries([...problems].map(([field, problem]) => [field, s[problem]])));
    this.busy = true;
    this.message = undefined;
    this.errors = {};
    try {
      const saved = await client.setMyAvailability(inputFrom(draft));
      this.draft = draftFrom(saved);
      this.message = { kind: 'success', text: t('saved') };
      this.emit(new MentorAvailabilityUpdateEvent({ availability: saved }));
    } catch (error) {
      // The service's field errors land on the same inputs as ours; a path that names no input stays in the summary.
      const fields = error instanceof MentorKitApiError ? Object.entries(error.fieldErrors) : [];
      const mapped = Object.fromEntries(
        fields.flatMap(([path, text]) => {
          const field = fieldForServerPath(draft, path);
          return field ? [[field, text]] : [];
        }),
      );
      if (Object.keys(mapped).length) await this.showErrors(mapped);
      else this.message = { kind: 'error', text: errorMessage(this.localize, error) };
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
      errors: this.errors,
      update: (patch) => this.patchDraft(patch),
      addWeekly: (day) => void this.addRow('weekly', day),
    };
    const s = this.localize.strings(availabilityStrings);
    const profileZone = this.profileTimeZone;
    return html`<form part="form" @submit=${this.save} novalidate aria-labelledby="availability-title">
      <h3 id="availability-title">${t('availabilityHeading')}</h3>
      <div class="field narrow">
        <label for="zone">${t('timeZoneLabel')}</label>
        ${renderTimeZonePicker({ id: 'zone', value: draft.timeZone, invalid: Boolean(this.errors.zone), onChange: (timeZone) => this.patchDraft({ timeZone }) })}
        ${fieldError(ctx, 'zone')}
        <p class="hint">${t('availabilityIntro', this.localize.zoneLabel(draft.timeZone))}</p>
      </div>
      ${
        profileZone && profileZone !== draft.timeZone
          ? html`<div class="zone-check" part="zone-check" role="status">
            <p>${s.zoneDiffers(this.localize.zoneLabel(draft.timeZone), this.localize.zoneLabel(profileZone))}</p>
            <button class="button secondary small" type="button" @click=${this.useProfileZone}>${s.useProfileZone(profileZone.replace(/_/g, ' '))}</button>
          </div>`
          : nothing
      }
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
        ${
          this.message
            ? html`<p part="message" class=${{ error: 'field-error', success: 'ok', info: 'hint' }[this.message.kind]} role=${this.message.kind === 'error' ? 'alert' : 'status'}>${this.message.text}</p>`
            : nothing
        }
      </div>
    </form>`;
  }
}
