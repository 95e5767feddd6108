import type { MentorProfile } from '@mentorkit/core';
import { MentorKitApiError, type MentorKitClient } from '@mentorkit/sdk';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { errorMessage } from '../../shared/states.js';

const MAX_BYTES = 2 * 1024 * 1024;
const TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/**
 * Photo upload (SPEC M3): checks type and size before sending, shows a preview of the chosen file, and
 * maps the service's 413 / 415 to clear messages (the service checks the bytes, not the name).
 */
export class PhotoUploadController implements ReactiveController {
  private file?: File;
  private preview?: string;
  private busy = false;
  private message?: { kind: 'error' | 'success'; text: string };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly localize: LocalizeController,
    private readonly getClient: () => MentorKitClient | undefined,
    private readonly onUploaded: (profile: MentorProfile) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.preview) URL.revokeObjectURL(this.preview);
  }

  /** Drops "Photo updated" (or a photo error) once the member does something else in the form. */
  clearMessage(): void {
    if (!this.message || this.busy) return;
    this.message = undefined;
    this.host.requestUpdate();
  }

  private choose(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (this.preview) URL.revokeObjectURL(this.preview);
    this.file = undefined;
    this.preview = undefined;
    this.message = undefined;
    if (file) {
      if (!TYPES.includes(file.type)) this.message = { kind: 'error', text: this.localize.t('photoWrongType') };
      else if (file.size > MAX_BYTES) this.message = { kind: 'error', text: this.localize.t('photoTooLarge') };
      else {
        this.file = file;
        this.preview = URL.createObjectURL(file);
      }
    }
    this.host.requestUpdate();
  }

  private async upload(): Promise<void> {
    const client = this.getClient();
    if (!client || !this.file || this.busy) return;
    this.busy = true;
    this.message = undefined;
    this.host.requestUpdate();
    try {
      const profile = await client.uploadMentorPhoto({ file: this.file, contentType: this.file.type });
      this.message = { kind: 'success', text: this.localize.t('photoUploaded') };
      this.file = undefined;
      this.onUploaded(profile);
    } catch (error) {
      const code = error instanceof MentorKitApiError ? error.code : '';
      const text =
        code === 'PAYLOAD_TOO_LARGE'
          ? this.localize.t('photoTooLarge')
          : code === 'UNSUPPORTED_MEDIA_TYPE'
            ? this.localize.t('photoWrongType')
            : errorMessage(this.localize, error);
      this.message = { kind: 'error', text };
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** The photo block: current photo or preview, file picker, upload button, message. */
  render(currentUrl: string | undefined): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const shown = this.preview ?? currentUrl;
    return html`<div class="field" part="photo">
      <span class="label" id="photo-label"><strong>${t('photoLabel')}</strong></span>
      <div class="photo">
        ${shown ? html`<img src=${shown} alt=${this.preview ? t('photoPreview') : t('currentPhoto')} part="photo-preview" />` : nothing}
        <div>
          <label for="photo-file" class="hint">${t('choosePhoto')} — ${t('photoHint')}</label>
          <input id="photo-file" type="file" accept="image/jpeg,image/png,image/webp" @change=${(e: Event) => this.choose(e)}
            aria-describedby=${this.message ? 'photo-message' : nothing} />
          <button class="button secondary small" type="button" ?disabled=${!this.file || this.busy} @click=${() => this.upload()}>
            ${this.busy ? t('uploading') : t('uploadPhoto')}</button>
          ${
            this.message
              ? html`<p id="photo-message" class=${this.message.kind === 'error' ? 'field-error' : 'ok'} role=${this.message.kind === 'error' ? 'alert' : 'status'}>${this.message.text}</p>`
              : nothing
          }
        </div>
      </div>
    </div>`;
  }
}
