import type { RotatedSecretKey } from '@mentorkit/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { viewerTimeZone } from '../../i18n/localize-controller.js';
import { adminStrings } from './admin.strings.js';

/** Grace periods offered for the old key (seconds); a day by default, so a site can switch over. */
const GRACE = [0, 3600, 86_400, 7 * 86_400] as const;

export interface SecretKeyContext {
  localize: LocalizeController;
  busy: boolean;
  rotated?: RotatedSecretKey;
  onRotate(graceSeconds: number): void;
}

/** Rotating the community's secret key (SPEC C8); the new key is shown once. */
export function renderSecretKey(ctx: SecretKeyContext): TemplateResult {
  const s = ctx.localize.strings(adminStrings);
  const labels = [s.graceNow, s.graceHour, s.graceDay, s.graceWeek];
  return html`<fieldset part="secret-key">
    <legend>${s.keyTitle}</legend>
    <p class="hint">${s.keyHint}</p>
    <div class="toolbar">
      <div class="field">
        <label for="key-grace">${s.keyGrace}</label>
        <select id="key-grace">
          ${GRACE.map((seconds, i) => html`<option value=${seconds} ?selected=${seconds === 86_400}>${labels[i]}</option>`)}
        </select>
      </div>
      <button class="button secondary" type="button" data-action="rotate-key" ?disabled=${ctx.busy}
        @click=${(e: Event) => {
          const select = (e.currentTarget as HTMLElement).closest('fieldset')?.querySelector<HTMLSelectElement>('#key-grace');
          ctx.onRotate(Number(select?.value ?? 86_400));
        }}>${s.rotateKey}</button>
    </div>
    ${
      ctx.rotated
        ? html`<div class="field" role="status">
          <label for="new-key">${s.newKey}</label>
          <input id="new-key" readonly .value=${ctx.rotated.secretKey} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
          <p class="hint">${ctx.rotated.previousKeyValidUntil ? s.oldKeyUntil(ctx.localize.dateTime(ctx.rotated.previousKeyValidUntil, viewerTimeZone())) : s.oldKeyRefused}</p>
        </div>`
        : nothing
    }
  </fieldset>`;
}
