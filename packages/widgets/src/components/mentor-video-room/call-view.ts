import { html, nothing, svg, type TemplateResult } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { roomText } from '../../i18n/room-localize.js';
import type { LocalMedia } from './local-media.js';
import type { RoomCall } from './room-call.js';

export interface CallContext {
  localize: LocalizeController;
  media: LocalMedia;
  call: RoomCall;
  otherName: string;
  remoteVideo: Ref<HTMLVideoElement>;
  localVideo: Ref<HTMLVideoElement>;
  showDevices: boolean;
  devices: TemplateResult;
  side: TemplateResult;
  onMute(): void;
  onCamera(): void;
  onShare(): void;
  onDevices(): void;
  onLeave(): void;
}

const icons = {
  mic: svg`<path d="M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.9V21h2v-3.1A7 7 0 0 0 19 11z"/>`,
  cam: svg`<path d="M17 10.5V7a1 1 0 0 0-1-1H4a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1v-3.5l4 4v-11z"/>`,
  screen: svg`<path d="M20 4H4a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h6v2H8v2h8v-2h-2v-2h6a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 12H4V6h16z"/>`,
  gear: svg`<path d="M19.4 13a7.5 7.5 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.4 7.4 0 0 0-1.7-1L15 3h-4l-.3 2.9a7.4 7.4 0 0 0-1.7 1l-2.5-1-2 3.5L6.6 11a7.5 7.5 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1a7.4 7.4 0 0 0 1.7 1L11 21h4l.3-2.9a7.4 7.4 0 0 0 1.7-1l2.5 1 2-3.5zM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z"/>`,
  leave: svg`<path d="M12 9c-1.6 0-3.1.3-4.6.8v3.1c0 .4-.2.7-.6.9-1 .5-1.9 1.1-2.7 1.8a1 1 0 0 1-1.4 0L.3 13.2a1 1 0 0 1 0-1.4C3.3 8.9 7.5 7 12 7s8.7 1.9 11.7 4.8a1 1 0 0 1 0 1.4l-2.4 2.4a1 1 0 0 1-1.4 0c-.8-.7-1.7-1.3-2.7-1.8a1 1 0 0 1-.6-.9V9.8C15.1 9.3 13.6 9 12 9z"/>`,
};

function control(options: {
  part: string;
  label: string;
  pressed?: boolean;
  keys?: string;
  icon: TemplateResult;
  danger?: boolean;
  iconOnly?: boolean;
  onClick(): void;
}): TemplateResult {
  const title = options.keys ? `${options.label} (${options.keys})` : options.label;
  return html`<button class="control ${options.danger ? 'danger' : ''} ${options.iconOnly ? 'icon-only' : ''}" part="control ${options.part}" type="button" title=${title}
    aria-pressed=${options.pressed === undefined ? nothing : String(options.pressed)}
    aria-keyshortcuts=${options.keys ?? nothing} @click=${options.onClick}>
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="currentColor">${options.icon}</svg>
    <span class="control-label">${options.label}</span>${options.keys ? html`<kbd aria-hidden="true">${options.keys}</kbd>` : nothing}
  </button>`;
}

function status(ctx: CallContext): string {
  const { call } = ctx;
  if (call.presence !== 'here') return roomText(ctx.localize, 'waitingFor', ctx.otherName);
  return roomText(ctx.localize, call.state === 'connected' ? 'connected' : call.state === 'reconnecting' ? 'reconnecting' : 'connecting');
}

/** The call: the other's video large, ours small, state badges, the control bar, and the side panel. */
export function renderCall(ctx: CallContext): TemplateResult {
  const r = ctx.localize;
  const { call, media } = ctx;
  const remote = call.remoteMedia;
  const here = call.presence === 'here';
  const quality = call.quality;
  return html`<div class="call" part="call">
    <div class="stage" part="stage">
      <div class="remote" part="remote">
        <video ${ref(ctx.remoteVideo)} class="remote-video" part="remote-video" autoplay playsinline aria-label=${roomText(r, 'remoteVideo', ctx.otherName)}
          ?hidden=${!here || !remote.video}></video>
        ${!here || !remote.video ? html`<div class="remote-placeholder" part="remote-placeholder"><span class="avatar" aria-hidden="true">${ctx.otherName.slice(0, 1)}</span><span>${ctx.otherName}</span></div>` : nothing}
        <div class="badges" part="badges">
          <span class="badge state-${here ? call.state : 'waiting'}" part="connection-state" role="status">${status(ctx)}</span>
          ${here && quality ? html`<span class="badge quality-${quality}" part="quality">${roomText(r, quality === 'good' ? 'qualityGood' : quality === 'fair' ? 'qualityFair' : 'qualityPoor')}</span>` : nothing}
          ${here && !remote.audio ? html`<span class="badge" part="remote-muted">${roomText(r, 'remoteMuted', ctx.otherName)}</span>` : nothing}
          ${here && !remote.video ? html`<span class="badge" part="remote-camera-off">${roomText(r, 'remoteCameraOff', ctx.otherName)}</span>` : nothing}
          ${here && remote.screen ? html`<span class="badge" part="remote-sharing">${roomText(r, 'remoteSharing', ctx.otherName)}</span>` : nothing}
        </div>
      </div>
      <video ${ref(ctx.localVideo)} class="self ${media.screen ? '' : 'mirror'}" part="self-video" autoplay playsinline muted aria-label=${roomText(r, 'yourVideo')} ?hidden=${!media.outgoingVideo}></video>
    </div>
    <div class="controls" part="controls" role="toolbar" aria-label=${roomText(r, 'controls')}>
      ${control({ part: 'mute-button', label: roomText(r, media.muted ? 'unmute' : 'mute'), pressed: media.muted, keys: 'M', icon: icons.mic, onClick: ctx.onMute })}
      ${control({ part: 'camera-button', label: roomText(r, media.camera ? 'cameraOff' : 'cameraOn'), pressed: !media.camera, keys: 'V', icon: icons.cam, onClick: ctx.onCamera })}
      ${
        'getDisplayMedia' in (navigator.mediaDevices ?? {})
          ? control({
              part: 'share-button',
              label: roomText(r, media.screen ? 'stopSharing' : 'shareScreen'),
              pressed: Boolean(media.screen),
              keys: 'S',
              icon: icons.screen,
              onClick: ctx.onShare,
            })
          : nothing
      }
      ${control({ part: 'devices-button', label: roomText(r, 'settings'), pressed: ctx.showDevices, icon: icons.gear, iconOnly: true, onClick: ctx.onDevices })}
      ${control({ part: 'leave-button', label: roomText(r, 'leave'), keys: 'Shift+L', icon: icons.leave, danger: true, onClick: ctx.onLeave })}
    </div>
    ${ctx.showDevices ? html`<div class="devices" part="devices">${ctx.devices}</div>` : nothing}
    ${ctx.side}
  </div>`;
}
