import { html, nothing, type TemplateResult } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { roomText } from '../../i18n/room-localize.js';
import type { DeviceKind, LocalMedia } from './local-media.js';

export interface PrejoinContext {
  localize: LocalizeController;
  media: LocalMedia;
  otherName: string;
  starting: boolean;
  joining: boolean;
  preview: Ref<HTMLVideoElement>;
  meter: Ref<HTMLElement>;
  onChoose(kind: DeviceKind, deviceId: string): void;
  onToggleCamera(on: boolean): void;
  onToggleMic(on: boolean): void;
  onRetry(): void;
  onJoin(): void;
}

function deviceSelect(ctx: PrejoinContext, kind: DeviceKind, label: string): TemplateResult | typeof nothing {
  const devices = ctx.media.devices.filter((d) => d.kind === kind);
  if (!devices.length) return nothing;
  const chosen = ctx.media.choice[kind] ?? '';
  const id = `device-${kind}`;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} part="device-select" @change=${(e: Event) => ctx.onChoose(kind, (e.target as HTMLSelectElement).value)}>
      ${devices.map((d, i) => html`<option value=${d.deviceId} ?selected=${d.deviceId === chosen}>${d.label || (d.deviceId === 'default' ? roomText(ctx.localize, 'deviceDefault') : roomText(ctx.localize, 'deviceUnnamed', i + 1))}</option>`)}
    </select>
  </div>`;
}

/** Camera / microphone / speaker choosers (also shown mid-call under "Devices"). */
export function renderDeviceChoices(ctx: Pick<PrejoinContext, 'localize' | 'media' | 'onChoose'>): TemplateResult {
  const c = ctx as PrejoinContext;
  return html`${deviceSelect(c, 'videoinput', roomText(ctx.localize, 'cameraSelect'))}${deviceSelect(c, 'audioinput', roomText(ctx.localize, 'micSelect'))}${
    'setSinkId' in HTMLMediaElement.prototype ? deviceSelect(c, 'audiooutput', roomText(ctx.localize, 'speakerSelect')) : nothing
  }`;
}

/** What to do when the browser refuses or has no devices (SPEC V4), with the steps per browser. */
function renderProblem(ctx: PrejoinContext): TemplateResult | typeof nothing {
  const t = (
    key:
      | 'permissionDenied'
      | 'permissionHowTo'
      | 'permissionChrome'
      | 'permissionFirefox'
      | 'permissionSafari'
      | 'deviceBusy'
      | 'noDevices'
      | 'tryAgain',
  ) => roomText(ctx.localize, key);
  const problem = ctx.media.problem;
  if (!problem) return nothing;
  const body =
    problem === 'denied'
      ? html`<p><strong>${t('permissionDenied')}</strong></p><p>${t('permissionHowTo')}</p>
          <ul><li>${t('permissionChrome')}</li><li>${t('permissionFirefox')}</li><li>${t('permissionSafari')}</li></ul>`
      : html`<p><strong>${t(problem === 'busy' ? 'deviceBusy' : 'noDevices')}</strong></p>`;
  return html`<div class="state error guidance" part="media-problem" role="alert">${body}
    <button class="button secondary" type="button" @click=${ctx.onRetry}>${t('tryAgain')}</button></div>`;
}

/** The pre-join screen: preview, level meter, device choice, camera/mic switches, Join. */
export function renderPrejoin(ctx: PrejoinContext): TemplateResult {
  const { media } = ctx;
  const cameraOn = Boolean(media.camera);
  const noCamera = !media.problem && !ctx.starting && !media.has('videoinput');
  return html`<section class="prejoin" part="prejoin" aria-labelledby="prejoin-title">
    <div class="preview-box">
      <video ${ref(ctx.preview)} class="preview mirror" part="preview" autoplay playsinline muted aria-label=${roomText(ctx.localize, 'cameraPreview')} ?hidden=${!cameraOn}></video>
      ${cameraOn ? nothing : html`<div class="preview placeholder" part="preview-off">${roomText(ctx.localize, 'cameraOffPreview')}</div>`}
      <div class="meter-row"><span id="mic-level">${roomText(ctx.localize, 'micLevel')}</span>
        <div class="meter" role="meter" aria-labelledby="mic-level" aria-valuemin="0" aria-valuemax="100" aria-valuenow="0"><span ${ref(ctx.meter)}></span></div></div>
    </div>
    <div class="prejoin-side">
      <h2 id="prejoin-title">${roomText(ctx.localize, 'prejoinTitle')}</h2>
      <p class="muted name">${roomText(ctx.localize, 'prejoinWith', ctx.otherName)}</p>
      ${renderProblem(ctx)}
      ${noCamera ? html`<p class="state" part="audio-only" role="status">${roomText(ctx.localize, 'audioOnly')}</p>` : nothing}
      ${renderDeviceChoices(ctx)}
      ${
        media.has('videoinput') && !media.problem
          ? html`<label class="check"><input type="checkbox" .checked=${media.cameraWanted} @change=${(e: Event) => ctx.onToggleCamera((e.target as HTMLInputElement).checked)} />
            ${roomText(ctx.localize, 'joinWithCamera')}</label>`
          : nothing
      }
      ${
        media.audio
          ? html`<label class="check"><input type="checkbox" .checked=${!media.muted} @change=${(e: Event) => ctx.onToggleMic((e.target as HTMLInputElement).checked)} />
            ${roomText(ctx.localize, 'joinWithMic')}</label>`
          : nothing
      }
      <button class="button join" part="join-button" type="button" ?disabled=${ctx.joining || ctx.starting} @click=${ctx.onJoin}>
        ${ctx.joining ? roomText(ctx.localize, 'joining') : media.problem ? roomText(ctx.localize, 'joinWithoutMedia') : roomText(ctx.localize, 'joinNow')}
      </button>
    </div>
  </section>`;
}
