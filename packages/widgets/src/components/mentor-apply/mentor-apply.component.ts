import type { MentorProfile } from '@mentorkit/core';
import { MentorKitApiError } from '@mentorkit/sdk';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { MentorApplicationSubmitEvent } from '../../base/member-events.js';
import { MentorElement } from '../../base/mentor-element.js';
import { viewerTimeZone } from '../../i18n/localize-controller.js';
import { errorMessage, renderError, renderLoading } from '../../shared/states.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import {
  pickerStyles,
  renderCurrencyPicker,
  renderLanguagePicker,
  renderTagInput,
  renderTimeZonePicker,
} from '../../shared/profile-pickers.js';
import { applyStyles } from './mentor-apply.styles.js';
import { applyStrings } from './apply.strings.js';

type Field = 'displayName' | 'bio' | 'expertise' | 'languages' | 'timeZone' | 'hourlyRate' | 'form';

/**
 * @tagname mentor-apply
 * @summary "Become a mentor" (SPEC C7): the application form for a member without the mentor role —
 * name, bio, expertise as tags, languages, time zone, rate — and, once sent, its pending (or approved,
 * or rejected) state.
 *
 * @fires mentor-application-submit - The application was sent; `detail.profile.status` is `pending`
 *   (or `approved` when the community approves mentors automatically).
 *
 * @csspart base - The outer section.
 * @csspart form - The application form.
 * @csspart tags - The expertise tags.
 * @csspart submit - The send button.
 * @csspart status - The pending / approved / rejected state.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 *
 * @cssprop --mentor-accent - Buttons and focus.
 * @cssprop --mentor-border - Inputs and tags.
 */
export class MentorApply extends MentorElement {
  static override styles = [sharedStyles, pickerStyles, applyStyles];

  @state() private expertise: string[] = [];
  @state() private languages: string[] = [];
  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private busy = false;
  @state() private submitted?: MentorProfile;

  /** The member's existing application, or null when there is none. */
  private readonly existing = new Task(this, {
    args: () => [this.client, this.auth.user?.member.id] as const,
    task: async ([client, memberId], { signal }): Promise<MentorProfile | null | undefined> => {
      if (!client || !memberId) return undefined;
      try {
        return await client.getMyMentorProfile(undefined, { signal });
      } catch (error) {
        // No profile yet: 403 ROLE_REQUIRED for a member without the role, 404 for a mentor by roster.
        if (error instanceof MentorKitApiError && (error.status === 404 || error.code === 'ROLE_REQUIRED')) return null;
        throw error;
      }
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.languages.length === 0) this.languages = [this.localize.locale];
  }

  /** An edit of `field`: its message (and the form's) are about what was there before, so they go. */
  private edit(field: Field, apply: () => void = () => undefined): void {
    apply();
    if (this.errors[field] || this.errors.form) this.errors = { ...this.errors, [field]: undefined, form: undefined };
  }

  /** Typing in a text field clears that field's message. */
  private typed(event: Event): void {
    const id = (event.target as HTMLElement).id;
    if (id.startsWith('apply-') && !id.startsWith('apply-expertise')) this.edit(id.slice('apply-'.length) as Field);
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const s = this.localize.strings(applyStrings);
    const form = event.currentTarget as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    const bio = value('bio');
    const errors: typeof this.errors = {};
    if (bio.length < 10 || bio.length > 500) errors.bio = s.applyBioLength;
    if (this.expertise.length === 0) errors.expertise = s.applyNeedExpertise;
    if (this.languages.length === 0) errors.languages = s.applyNeedLanguage;
    this.errors = errors;
    if (Object.keys(errors).length) {
      await this.updateComplete;
      form.querySelector<HTMLElement>('[aria-invalid="true"]:is(input, textarea, select), [aria-invalid="true"] input')?.focus();
      return;
    }
    const client = this.client;
    if (!client) return;
    this.busy = true;
    try {
      const displayName = value('displayName');
      const profile = await client.applyAsMentor({
        ...(displayName ? { displayName } : {}),
        bio,
        expertise: this.expertise,
        languages: this.languages,
        timeZone: value('timeZone'),
        hourlyRate: Number(value('hourlyRate') || 0),
        currency: value('currency'),
      });
      this.submitted = profile;
      this.emit(new MentorApplicationSubmitEvent({ profile }));
      // A member approved at once gains the mentor role: refresh the stored identity for every element.
      if (profile.status === 'approved') await client.refreshSession().catch(() => undefined);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="status"]')?.focus();
    } catch (error) {
      const fields = error instanceof MentorKitApiError ? error.fieldErrors : {};
      const known = Object.fromEntries(
        Object.entries(fields).filter(([key]) => ['displayName', 'bio', 'expertise', 'languages', 'timeZone', 'hourlyRate'].includes(key)),
      );
      this.errors = Object.keys(known).length ? known : { form: errorMessage(this.localize, error) };
    } finally {
      this.busy = false;
    }
  }

  private renderStatus(profile: MentorProfile): TemplateResult {
    const s = this.localize.strings(applyStrings);
    const title =
      profile.status === 'approved' ? s.applyApprovedTitle : profile.status === 'rejected' ? s.applyRejectedTitle : s.applyPendingTitle;
    return html`<div class="state ${profile.status === 'rejected' ? 'error' : 'success'}" part="status" data-status=${profile.status} role="status" tabindex="-1">
      <h3>${title}</h3>
      ${profile.status === 'pending' ? html`<p>${s.applyPendingText}</p>` : nothing}
    </div>`;
  }

  private field(id: Field, label: string, control: TemplateResult, hint?: string): TemplateResult {
    const error = this.errors[id];
    return html`<div class="field">
      <label for=${`apply-${id}`}>${label}</label>
      ${control}
      ${hint ? html`<p class="hint" id=${`apply-${id}-hint`}>${hint}</p>` : nothing}
      ${error ? html`<p class="field-error" id=${`apply-${id}-error`}>${error}</p>` : nothing}
    </div>`;
  }

  private renderForm(): TemplateResult {
    const s = this.localize.strings(applyStrings);
    const zone = viewerTimeZone();
    const invalid = (id: Field) => (this.errors[id] ? 'true' : 'false');
    return html`<form part="form" novalidate @submit=${this.submit} @input=${this.typed}>
      <p class="muted">${s.applyIntro}</p>
      ${this.field('displayName', s.applyDisplayName, html`<input id="apply-displayName" name="displayName" maxlength="80" .value=${this.auth.user?.member.name ?? ''} aria-invalid=${invalid('displayName')} />`)}
      ${this.field(
        'bio',
        s.applyBio,
        html`<textarea id="apply-bio" name="bio" rows="4" maxlength="500" aria-invalid=${invalid('bio')}
          aria-describedby=${this.errors.bio ? 'apply-bio-hint apply-bio-error' : 'apply-bio-hint'}></textarea>`,
        s.applyBioHint,
      )}
      <div class="field">
        <label for="apply-expertise">${s.applyExpertise}</label>
        ${renderTagInput({
          localize: this.localize,
          id: 'apply-expertise',
          tags: this.expertise,
          error: this.errors.expertise,
          onChange: (tags) => this.edit('expertise', () => (this.expertise = tags)),
        })}
      </div>
      ${renderLanguagePicker({
        localize: this.localize,
        legend: s.applyLanguages,
        selected: this.languages,
        error: this.errors.languages,
        errorId: 'apply-languages-error',
        onChange: (languages) => this.edit('languages', () => (this.languages = languages)),
      })}
      ${this.field('timeZone', s.applyTimeZone, renderTimeZonePicker({ id: 'apply-timeZone', name: 'timeZone', value: zone }))}
      <div class="row">
        ${this.field('hourlyRate', s.applyRate, html`<input id="apply-hourlyRate" name="hourlyRate" type="number" min="0" step="1" inputmode="decimal" value="0" aria-invalid=${invalid('hourlyRate')} />`)}
        <div class="field">
          <label for="apply-currency">${s.applyCurrency}</label>
          ${renderCurrencyPicker({ id: 'apply-currency', name: 'currency', value: 'USD' })}
        </div>
      </div>
      ${this.errors.form ? html`<p class="field-error" role="alert">${this.errors.form}</p>` : nothing}
      <button class="button" part="submit" type="submit" ?disabled=${this.busy}>${this.busy ? s.applySubmitting : s.applySubmit}</button>
    </form>`;
  }

  protected override render(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const s = this.localize.strings(applyStrings);
    if (!this.client) return renderError(this.localize, undefined, undefined, t('errorNotConfigured'));
    if (this.auth.user === null) return renderError(this.localize, undefined, undefined, t('errorSignInRequired'));
    if (this.existing.status === TaskStatus.ERROR) return renderError(this.localize, this.existing.error, () => this.existing.run());
    const existing = this.submitted ?? this.existing.value;
    return html`<section part="base" aria-labelledby="apply-h">
      <h2 id="apply-h">${s.applyHeading}</h2>
      ${existing === undefined ? renderLoading(this.localize) : existing ? this.renderStatus(existing) : this.renderForm()}
    </section>`;
  }
}
