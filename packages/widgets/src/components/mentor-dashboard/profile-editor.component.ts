import type { MentorProfile } from '@mentorkit/core';
import { MentorKitApiError } from '@mentorkit/sdk';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { MentorProfileUpdateEvent } from '../../base/events.js';
import { MentorElement } from '../../base/mentor-element.js';
import { safeHttpUrl } from '../../base/safe-url.js';
import { errorMessage, renderError, renderLoading } from '../../shared/states.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { pickerStyles } from '../../shared/profile-pickers.js';
import { editorStyles } from './editor.styles.js';
import { PhotoUploadController } from './photo-upload.js';
import { mergeDrafts, profileDraft, profileProblems, profileUpdate, type ProfileDraft, type ProfileField } from './profile-draft.js';
import { renderProfileFields } from './profile-fields.js';

/**
 * @tagname mentor-profile-editor
 * @summary The mentor's own profile (SPEC M1, M3): every field, photo upload with preview, and optimistic
 * versioning — when the profile changed elsewhere (409), the form keeps what was typed and offers to
 * load the latest version. Used inside `<mentor-dashboard>`; works on its own too.
 *
 * @fires mentor-profile-update - Saved (or a new photo); `detail.profile`.
 *
 * @csspart form - The form.
 * @csspart photo - The photo block.
 * @csspart tags - The expertise tags (the same pickers as `<mentor-apply>`).
 * @csspart photo-preview - The current photo or the chosen file's preview.
 * @csspart save - The save button.
 * @csspart message - Saved / error message.
 * @csspart stale - The "changed elsewhere" notice.
 *
 * @cssprop --mentor-accent - Buttons.
 * @cssprop --mentor-warning - The "changed elsewhere" notice.
 */
export class MentorProfileEditor extends MentorElement {
  static override styles = [sharedStyles, pickerStyles, editorStyles];

  @state() private profile?: MentorProfile;
  /** The form as loaded (to tell which fields the member changed). */
  @state() private base?: ProfileDraft;
  @state() private draft?: ProfileDraft;
  @state() private errors: Partial<Record<ProfileField, string>> = {};
  @state() private busy = false;
  @state() private stale = false;
  @state() private message?: { kind: 'error' | 'success'; text: string };

  private readonly photo = new PhotoUploadController(
    this,
    this.localize,
    () => this.client,
    (profile) => {
      // A new photo changes the version; the form keeps its edits. An older "Profile saved" is now old news.
      this.profile = profile;
      this.message = undefined;
      this.emit(new MentorProfileUpdateEvent({ profile }));
    },
  );

  private readonly loader = new Task(this, {
    args: () => [this.client, this.auth.user?.member.id] as const,
    task: async ([client, memberId], { signal }): Promise<MentorProfile | undefined> => {
      if (!client) throw new Error('not configured');
      if (!memberId) return undefined;
      const profile = await client.getMyMentorProfile(undefined, { signal });
      this.loaded(profile);
      return profile;
    },
  });

  private loaded(profile: MentorProfile): void {
    this.profile = profile;
    this.base = profileDraft(profile);
    this.draft = { ...this.base };
    this.errors = {};
  }

  /**
   * An edit. Messages describe the form as it was: "Profile saved" and "Photo updated" go at the next
   * edit, the field's own message goes, and "check the highlighted fields" goes once none is left.
   */
  private input(field: ProfileField, value: string | boolean | string[]): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, [field]: value };
    if (this.errors[field]) this.errors = { ...this.errors, [field]: undefined };
    const fieldsLeft = Object.values(this.errors).some(Boolean);
    if (this.message?.kind === 'success' || !fieldsLeft) this.message = undefined;
    this.photo.clearMessage();
  }

  private async focusFirstError(): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.client;
    const { draft, profile } = this;
    if (!client || !draft || !profile || this.busy) return;
    const t = this.localize.t.bind(this.localize);
    const problems = profileProblems(draft);
    if (Object.keys(problems).length > 0) {
      this.errors = Object.fromEntries(Object.entries(problems).map(([k, key]) => [k, t(key)]));
      this.message = { kind: 'error', text: t('errorValidation') };
      return this.focusFirstError();
    }
    this.busy = true;
    this.message = undefined;
    this.photo.clearMessage();
    try {
      const saved = await client.updateMyMentorProfile(profileUpdate(draft, profile.version));
      this.loaded(saved);
      this.stale = false;
      this.message = { kind: 'success', text: t('profileSaved') };
      this.emit(new MentorProfileUpdateEvent({ profile: saved }));
    } catch (error) {
      if (error instanceof MentorKitApiError && error.code === 'STALE_VERSION') {
        this.stale = true;
        await this.updateComplete;
        this.shadowRoot?.querySelector<HTMLElement>('[part="stale"] button')?.focus();
      } else if (error instanceof MentorKitApiError && error.status === 400) {
        const fields = error.fieldErrors;
        this.errors = Object.fromEntries(Object.entries(fields).map(([path, msg]) => [path.split('.').pop() ?? path, msg]));
        this.message = { kind: 'error', text: t('errorValidation') };
        await this.focusFirstError();
      } else {
        this.message = { kind: 'error', text: errorMessage(this.localize, error) };
      }
    } finally {
      this.busy = false;
    }
  }

  /** Loads the latest version and keeps the member's own edits on top of it. */
  private async reloadLatest(): Promise<void> {
    const client = this.client;
    if (!client || !this.base || !this.draft) return;
    try {
      const latest = await client.getMyMentorProfile();
      const mine = this.draft;
      const base = this.base;
      this.profile = latest;
      this.base = profileDraft(latest);
      this.draft = mergeDrafts(base, mine, this.base);
      this.stale = false;
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('[part="save"]')?.focus();
    } catch (error) {
      this.message = { kind: 'error', text: errorMessage(this.localize, error) };
    }
  }

  protected override render(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    if (this.loader.status === TaskStatus.ERROR) return renderError(this.localize, this.loader.error, () => this.loader.run());
    const { draft, profile } = this;
    if (!draft || !profile) return renderLoading(this.localize);
    return html`<form part="form" @submit=${this.save} novalidate aria-labelledby="profile-title">
      <h3 id="profile-title">${t('profileHeading')}</h3>
      ${
        this.stale
          ? html`<div part="stale" class="stale" role="alert"><p>${t('staleVersion')}</p>
            <button class="button secondary" type="button" @click=${this.reloadLatest}>${t('reloadProfile')}</button></div>`
          : nothing
      }
      ${this.photo.render(safeHttpUrl(profile.photoUrl, this.client?.baseUrl))}
      ${renderProfileFields({ localize: this.localize, draft, errors: this.errors, onInput: (f, v) => this.input(f, v) })}
      <div class="save-row">
        <button class="button" part="save" type="submit" ?disabled=${this.busy}>${this.busy ? t('saving') : t('saveProfile')}</button>
        ${
          this.message
            ? html`<p part="message" class=${this.message.kind === 'error' ? 'field-error' : 'ok'} role=${this.message.kind === 'error' ? 'alert' : 'status'}>${this.message.text}</p>`
            : nothing
        }
      </div>
    </form>`;
  }
}
