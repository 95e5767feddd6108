import type { Community, RotatedSecretKey } from '@mentorkit/core';
import { MentorKitApiError } from '@mentorkit/sdk';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { MentorElement } from '../../base/mentor-element.js';
import { errorMessage, renderError, renderLoading } from '../../shared/states.js';
import { formLayoutStyles } from '../../styles/form-layout.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { adminStyles, labelStyles } from './mentor-admin.styles.js';
import { ALL_DURATIONS, draftFromCommunity, inputFromDraft, type SettingsDraft } from './settings-draft.js';
import { adminStrings } from './admin.strings.js';
import { renderSecretKey } from './secret-key.js';

/** Which form field shows the service's error for an API path. */
const fieldOfPath: Record<string, keyof SettingsDraft> = {
  name: 'name',
  allowedOrigins: 'allowedOrigins',
  'settings.brand.primaryColor': 'primaryColor',
  'settings.brand.accentColor': 'accentColor',
  'settings.bookingRateLimitPerHour': 'bookingRateLimitPerHour',
  'settings.defaultBookingRules.durations': 'durations',
  'settings.defaultBookingRules.minNoticeMinutes': 'minNoticeHours',
  'settings.defaultBookingRules.horizonDays': 'horizonDays',
  'settings.defaultBookingRules.bufferBeforeMinutes': 'bufferBeforeMinutes',
  'settings.defaultBookingRules.bufferAfterMinutes': 'bufferAfterMinutes',
  'settings.defaultBookingRules.maxSessionsPerDay': 'maxSessionsPerDay',
};

/**
 * @tagname mentor-admin-settings
 * @summary Community settings (SPEC C1, E8): name, brand colours with a live preview, language, sign-in
 * mode, mentor approval, default booking rules, booking rate limit, allowed origins and whether booking
 * needs a mentorship. Used inside `<mentor-admin>`.
 *
 * @csspart form - The settings form.
 * @csspart preview - The brand preview.
 */
export class MentorAdminSettings extends MentorElement {
  static override styles = [sharedStyles, formLayoutStyles, adminStyles, labelStyles];

  @state() private draft?: SettingsDraft;
  @state() private saving = false;
  @state() private message?: { kind: 'error' | 'success'; text: string };
  @state() private rotated?: RotatedSecretKey;
  @state() private rotating = false;
  @state() private keyError?: string;
  @state() private fieldErrors: Partial<Record<keyof SettingsDraft, string>> = {};

  private readonly loader = new Task(this, {
    args: () => [this.client, this.auth.user?.member.id] as const,
    task: async ([client, memberId], { signal }): Promise<Community | undefined> => {
      if (!client || !memberId) return undefined;
      const community = await client.getCommunitySettings(undefined, { signal });
      this.draft = draftFromCommunity(community);
      return community;
    },
  });

  private patch(change: Partial<SettingsDraft>): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...change };
    const cleared = { ...this.fieldErrors };
    for (const key of Object.keys(change) as (keyof SettingsDraft)[]) delete cleared[key];
    this.fieldErrors = cleared;
    this.message = undefined;
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.client;
    if (!client || !this.draft) return;
    const t = this.localize.t.bind(this.localize);
    const s = this.localize.strings(adminStrings);
    if (this.draft.durations.length === 0) {
      this.fieldErrors = { durations: s.pickDuration };
      this.message = { kind: 'error', text: t('errorValidation') };
      return;
    }
    this.saving = true;
    this.message = undefined;
    try {
      const saved = await client.updateCommunitySettings(inputFromDraft(this.draft));
      this.draft = draftFromCommunity(saved);
      this.fieldErrors = {};
      this.message = { kind: 'success', text: s.settingsSaved };
    } catch (error) {
      const errors: Partial<Record<keyof SettingsDraft, string>> = {};
      if (error instanceof MentorKitApiError) {
        for (const [path, text] of Object.entries(error.fieldErrors)) {
          const key = fieldOfPath[path] ?? (path.startsWith('allowedOrigins') ? 'allowedOrigins' : undefined);
          if (key) errors[key] ??= text;
        }
      }
      this.fieldErrors = errors;
      this.message = { kind: 'error', text: errorMessage(this.localize, error) };
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    } finally {
      this.saving = false;
    }
  }

  /** A labelled input bound to one draft field, with its error. */
  private field(
    key: keyof SettingsDraft,
    label: string,
    type: 'text' | 'number' | 'color',
    hint?: string,
    attrs: { min?: number; max?: number; step?: number } = {},
  ): TemplateResult {
    const error = this.fieldErrors[key];
    const id = `setting-${key}`;
    return html`<div class="field">
      <label for=${id}>${label}${hint ? html` <span class="hint">${hint}</span>` : nothing}</label>
      <input id=${id} type=${type} .value=${String(this.draft![key] ?? '')} min=${attrs.min ?? nothing} max=${attrs.max ?? nothing} step=${attrs.step ?? nothing}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${id}-error` : nothing}
        @input=${(e: Event) => this.patch({ [key]: (e.target as HTMLInputElement).value } as Partial<SettingsDraft>)} />
      ${error ? html`<div class="field-error" id=${`${id}-error`}>${error}</div>` : nothing}
    </div>`;
  }

  private select<K extends 'defaultLocale' | 'signInMode' | 'mentorApproval'>(
    key: K,
    label: string,
    options: [SettingsDraft[K], string][],
  ): TemplateResult {
    const id = `setting-${key}`;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => this.patch({ [key]: (e.target as HTMLSelectElement).value } as Partial<SettingsDraft>)}>
        ${options.map(([value, text]) => html`<option value=${value} ?selected=${this.draft![key] === value}>${text}</option>`)}
      </select>
    </div>`;
  }

  private renderBrand(draft: SettingsDraft): TemplateResult {
    const s = this.localize.strings(adminStrings);
    return html`<fieldset>
      <legend>${s.brand}</legend>
      <div class="grid">
        ${this.field('name', s.communityName, 'text')}
        ${this.field('primaryColor', s.primaryColor, 'color')}
        ${this.field('accentColor', s.accentColor, 'color')}
      </div>
      <div class="preview" part="preview" aria-label=${s.brandPreview} role="group">
        <strong>${draft.name}</strong>
        <span class="sample" style=${styleMap({ background: draft.primaryColor })}>${s.previewPrimary}</span>
        <span class="sample" style=${styleMap({ background: draft.accentColor })}>${s.previewAccent}</span>
      </div>
    </fieldset>`;
  }

  private renderRules(draft: SettingsDraft): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const s = this.localize.strings(adminStrings);
    const durationsError = this.fieldErrors.durations;
    return html`<fieldset>
      <legend>${s.defaultRules}</legend>
      <div class="field">
        <span id="durations-label" class="label">${s.durations}</span>
        <div class="checks" role="group" aria-labelledby="durations-label" aria-invalid=${durationsError ? 'true' : 'false'}>
          ${ALL_DURATIONS.map(
            (minutes) => html`<label><input type="checkbox" .checked=${draft.durations.includes(minutes)}
              @change=${(e: Event) => this.patch({ durations: (e.target as HTMLInputElement).checked ? [...draft.durations, minutes] : draft.durations.filter((d) => d !== minutes) })} />
              ${t('minutes', minutes)}</label>`,
          )}
        </div>
        ${durationsError ? html`<div class="field-error">${durationsError}</div>` : nothing}
      </div>
      <div class="grid">
        <div class="field">
          <label for="setting-step">${s.slotStep}</label>
          <select id="setting-step" @change=${(e: Event) => this.patch({ slotStepMinutes: Number((e.target as HTMLSelectElement).value) as 15 | 30 })}>
            ${[15, 30].map((m) => html`<option value=${m} ?selected=${draft.slotStepMinutes === m}>${t('minutes', m)}</option>`)}
          </select>
        </div>
        ${this.field('minNoticeHours', s.minNotice, 'number', s.hours, { min: 0, step: 0.5 })}
        ${this.field('horizonDays', s.horizon, 'number', s.days, { min: 1, max: 365 })}
        ${this.field('bufferBeforeMinutes', s.bufferBefore, 'number', s.minutesUnit, { min: 0, max: 120, step: 5 })}
        ${this.field('bufferAfterMinutes', s.bufferAfter, 'number', s.minutesUnit, { min: 0, max: 120, step: 5 })}
        ${this.field('maxSessionsPerDay', s.maxPerDay, 'number', undefined, { min: 1, max: 24 })}
      </div>
    </fieldset>`;
  }

  protected override render(): TemplateResult {
    const s = this.localize.strings(adminStrings);
    if (this.loader.status === TaskStatus.ERROR) return renderError(this.localize, this.loader.error, () => this.loader.run());
    const draft = this.draft;
    if (!draft) return renderLoading(this.localize);
    const originsError = this.fieldErrors.allowedOrigins;
    return html`<form part="form" novalidate @submit=${this.save}>
      <h3>${s.settingsTitle}</h3>
      ${this.renderBrand(draft)}
      <fieldset>
        <legend>${s.access}</legend>
        <div class="grid">
          ${this.select('defaultLocale', s.defaultLocale, [
            ['en', this.localize.languageName('en')],
            ['es', this.localize.languageName('es')],
          ])}
          ${this.select('signInMode', s.signInMode, [
            ['members-only', s.membersOnly],
            ['open', s.open],
          ])}
          ${this.select('mentorApproval', s.mentorApproval, [
            ['manual', s.manual],
            ['auto', s.auto],
          ])}
          ${this.field('bookingRateLimitPerHour', s.rateLimit, 'number', s.perHour, { min: 1, max: 1000 })}
        </div>
        <label class="inline"><input type="checkbox" .checked=${draft.requireMentorshipForBooking}
          @change=${(e: Event) => this.patch({ requireMentorshipForBooking: (e.target as HTMLInputElement).checked })} />${s.requireMentorship}</label>
        <div class="field">
          <label for="setting-allowedOrigins">${s.origins} <span class="hint">${s.originsHint}</span></label>
          <textarea id="setting-allowedOrigins" rows="3" .value=${draft.allowedOrigins} aria-invalid=${originsError ? 'true' : 'false'}
            @input=${(e: Event) => this.patch({ allowedOrigins: (e.target as HTMLTextAreaElement).value })}></textarea>
          ${originsError ? html`<div class="field-error">${originsError}</div>` : nothing}
        </div>
      </fieldset>
      ${this.renderRules(draft)}
      <div class="actions">
        <button class="button" type="submit" ?disabled=${this.saving}>${this.saving ? s.saving : s.saveSettings}</button>
        <span role="status" aria-live="polite">${this.message ? html`<span class="state ${this.message.kind}">${this.message.text}</span>` : nothing}</span>
      </div>
    </form>
    ${renderSecretKey({ localize: this.localize, busy: this.rotating, ...(this.rotated ? { rotated: this.rotated } : {}), onRotate: (grace) => void this.rotateKey(grace) })}
    ${this.keyError ? html`<p class="state error" role="alert">${this.keyError}</p>` : nothing}`;
  }

  /** Rotates the community's secret key; the new one is shown once (SPEC C8). */
  private async rotateKey(graceSeconds: number): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.rotating = true;
    this.keyError = undefined;
    try {
      this.rotated = await client.rotateSecretKey({ graceSeconds });
    } catch (error) {
      this.keyError = errorMessage(this.localize, error);
    } finally {
      this.rotating = false;
    }
  }
}
