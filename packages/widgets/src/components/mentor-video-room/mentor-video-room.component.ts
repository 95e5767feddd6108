import type { SessionRoom } from '@mentorkit/core';
import { MentorKitApiError, type MentorKitClient } from '@mentorkit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef } from 'lit/directives/ref.js';
import { ClientProviderController } from '../../base/client-provider.js';
import { MentorRoomErrorEvent, MentorRoomJoinEvent, MentorRoomLeaveEvent } from '../../base/events.js';
import { MentorElement } from '../../base/mentor-element.js';
import { TabsController } from '../../base/tabs-controller.js';
import { viewerTimeZone } from '../../i18n/localize-controller.js';
import { roomText } from '../../i18n/room-localize.js';
import { errorMessage, renderLoading } from '../../shared/states.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { renderCall } from './call-view.js';
import { LocalMedia, type DeviceKind } from './local-media.js';
import { renderDeviceChoices, renderPrejoin } from './prejoin-view.js';
import { RoomCall } from './room-call.js';
import { renderChat, RoomChatController } from './room-chat.js';
import { realtimeOf } from './room-realtime.js';
import { refusalMessage } from './room-refusal.js';
import { videoRoomStyles } from './mentor-video-room.styles.js';

type Stage = 'loading' | 'refused' | 'prejoin' | 'call' | 'left';

/**
 * @tagname mentor-video-room
 * @summary The built-in 1:1 video room of a session (SPEC V1–V4, T3, T4): pre-join with camera
 * preview, microphone level and device choice; a WebRTC call with mute, camera, screen share, device
 * switching and automatic reconnection; in-session chat and shared notes beside the video. Only the two
 * participants of a confirmed session inside its join window get in; everybody else is told why.
 * Keyboard: M mute, V camera, S share screen, Shift+L leave (when focus is not in a text field).
 *
 * @fires mentor-room-join - Entered the call.
 * @fires mentor-room-leave - Left the call (the host may close the room).
 * @fires mentor-room-error - The room refused or the media failed; `detail.code` says why.
 *
 * @csspart base - The outer section.
 * @csspart prejoin - The pre-join screen. @csspart preview - The camera preview.
 * @csspart join-button - Join. @csspart media-problem - Permission / device guidance.
 * @csspart call - The call layout. @csspart remote-video - The other participant's video.
 * @csspart self-video - Your own video. @csspart controls - The control bar. @csspart control - One control.
 * @csspart connection-state - Connecting / Connected / Reconnecting. @csspart quality - Connection quality.
 * @csspart side - Chat and notes. @csspart refusal - Why the room is closed to you.
 *
 * @cssprop --mentor-accent - Buttons and active tabs.
 * @cssprop --mentor-danger - The Leave button.
 * @cssprop --mentor-room-stage - Background of the video stage (default near-black).
 */
export class MentorVideoRoom extends MentorElement {
  static override styles = [sharedStyles, videoRoomStyles];

  /** The session whose room this is. */
  @property({ attribute: 'session-id' }) sessionId = '';
  /** The viewer's IANA zone for times shown (default: the browser's). */
  @property({ attribute: 'time-zone' }) timeZone = '';

  @state() private stage: Stage = 'loading';
  @state() private room?: SessionRoom;
  @state() private refusal = '';
  @state() private starting = false;
  @state() private joining = false;
  @state() private showDevices = false;
  @state() private sideTab: 'chat' | 'notes' = 'chat';
  /** The side panel's Chat / Notes tabs. */
  private readonly sideTabs = new TabsController<'chat' | 'notes'>(this, {
    tabs: () => ['chat', 'notes'],
    selected: () => this.sideTab,
    select: (tab) => this.openSide(tab),
    idPrefix: 'side-',
    panelId: 'side-panel',
  });
  @state() private caption = '';

  private readonly media = new LocalMedia();
  private call?: RoomCall;
  private readonly chat = new RoomChatController(this);
  private readonly preview = createRef<HTMLVideoElement>();
  private readonly meter = createRef<HTMLElement>();
  private readonly remoteVideo = createRef<HTMLVideoElement>();
  private readonly localVideo = createRef<HTMLVideoElement>();
  private meterFrame = 0;
  /** Holds the signaling channel open during pre-join (see `load`). */
  private releaseWarmChannel?: () => void;
  private loadedFor?: string;
  protected readonly provider = new ClientProviderController(this, () => this.client);
  private readonly onKey = (event: KeyboardEvent) => this.shortcut(event);
  private readonly onOnline = () => this.call?.restartIce();

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKey);
    window.addEventListener('online', this.onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKey);
    window.removeEventListener('online', this.onOnline);
    this.teardown();
  }

  /** With a host identity token, the room waits until it is exchanged: a stored session may be somebody else's. */
  private exchangedToken?: string;

  protected override async exchangeIdentityToken(client: MentorKitClient, token: string): Promise<unknown> {
    let result: unknown;
    try {
      result = await super.exchangeIdentityToken(client, token);
    } catch (error) {
      this.stage = 'refused';
      this.refusal = roomText(this.localize, 'refusedSignIn');
      throw error;
    }
    if (this.exchangedToken !== token) {
      this.exchangedToken = token;
      this.loadedFor = undefined;
      this.requestUpdate();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const client = this.client;
    const token = this.config.identityToken;
    const ready = Boolean(this.auth.user) && (!token || this.exchangedToken === token);
    const key = client && this.sessionId && ready ? `${this.sessionId}:${this.auth.user!.member.id}` : undefined;
    if (key && key !== this.loadedFor) {
      this.loadedFor = key;
      void this.load();
    } else if (this.auth.user === null && !token && this.stage === 'loading') {
      this.stage = 'refused';
      this.refusal = roomText(this.localize, 'refusedSignIn');
    }
  }

  private get zone(): string {
    return this.timeZone || viewerTimeZone();
  }

  private async load(): Promise<void> {
    this.stage = 'loading';
    try {
      this.room = await this.client!.getSessionRoom({ sessionId: this.sessionId });
      this.stage = 'prejoin';
      // Connect and authorize the signaling channel while the member looks at the preview, so Join
      // does not wait for pusher-js to load, the socket to open and the channel to be authorized.
      this.releaseWarmChannel?.();
      this.releaseWarmChannel = realtimeOf(this.client!).subscribe(this.room.channels.signaling, () => undefined);
      await this.startMedia();
    } catch (error) {
      this.stage = 'refused';
      this.refusal = refusalMessage(this.localize, error, this.zone) ?? errorMessage(this.localize, error);
      const code = error instanceof MentorKitApiError ? error.code : 'INTERNAL';
      this.emit(new MentorRoomErrorEvent({ sessionId: this.sessionId, code, message: this.refusal }));
    }
  }

  private async startMedia(): Promise<void> {
    this.starting = true;
    await this.media.start();
    this.starting = false;
    if (this.media.problem) {
      this.emit(
        new MentorRoomErrorEvent({
          sessionId: this.sessionId,
          code: this.media.problem === 'denied' ? 'MEDIA_DENIED' : 'MEDIA_UNAVAILABLE',
          message: this.media.problem,
        }),
      );
    }
    this.requestUpdate();
    this.startMeter();
  }

  private startMeter(): void {
    cancelAnimationFrame(this.meterFrame);
    const tick = () => {
      const bar = this.meter.value;
      if (bar) {
        const level = Math.round(this.media.level() * 100);
        bar.style.width = `${level}%`;
        bar.parentElement?.setAttribute('aria-valuenow', String(level));
      }
      if (this.stage === 'prejoin') this.meterFrame = requestAnimationFrame(tick);
    };
    this.meterFrame = requestAnimationFrame(tick);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Media elements take streams as properties, which templates cannot bind without re-rendering them.
    const preview = this.preview.value;
    if (preview && preview.srcObject !== this.media.stream) preview.srcObject = this.media.stream;
    const remote = this.remoteVideo.value;
    const remoteStream = this.call?.call?.remoteStream ?? null;
    if (remote && remote.srcObject !== remoteStream) remote.srcObject = remoteStream;
    const self = this.localVideo.value;
    const outgoing = this.media.outgoingVideo;
    if (self && (self.srcObject as MediaStream | null)?.getVideoTracks()[0] !== outgoing)
      self.srcObject = outgoing ? new MediaStream([outgoing]) : null;
    const speaker = this.media.choice.audiooutput;
    const sink = remote as (HTMLVideoElement & { setSinkId?: (id: string) => Promise<void>; sinkId?: string }) | undefined;
    if (speaker && sink?.setSinkId && sink.sinkId !== speaker) void sink.setSinkId(speaker).catch(() => undefined);
  }

  private announce(text: string): void {
    this.caption = text;
  }

  private async join(): Promise<void> {
    const client = this.client;
    const room = this.room;
    const realtime = client && realtimeOf(client);
    if (!client || !room || !realtime) return;
    this.joining = true;
    const other = room.other.name;
    this.call = new RoomCall(room, realtime, this.media, {
      onChange: () => this.requestUpdate(),
      onPeerJoined: () => this.announce(roomText(this.localize, 'captionJoined', other)),
      onPeerLeft: () => this.announce(roomText(this.localize, 'captionLeft', other)),
      onRemoteMediaChange: (before, after) => {
        if (before.audio !== after.audio)
          this.announce(roomText(this.localize, after.audio ? 'captionRemoteUnmuted' : 'captionRemoteMuted', other));
        else if (before.video !== after.video)
          this.announce(roomText(this.localize, after.video ? 'captionRemoteCameraOn' : 'captionRemoteCameraOff', other));
      },
    });
    this.releaseWarmChannel?.(); // the call holds the channel now
    this.releaseWarmChannel = undefined;
    this.stage = 'call';
    this.joining = false;
    void this.chat.open(client, realtime, room);
    this.emit(new MentorRoomJoinEvent({ sessionId: room.sessionId }));
  }

  private async toggleMute(): Promise<void> {
    this.media.setMuted(!this.media.muted);
    this.announce(roomText(this.localize, this.media.muted ? 'captionYouMuted' : 'captionYouUnmuted'));
    await this.call?.tracksChanged();
    this.requestUpdate();
  }

  private async toggleCamera(): Promise<void> {
    await this.media.setCamera(!this.media.camera).catch(() => null);
    this.announce(roomText(this.localize, this.media.camera ? 'captionCameraOn' : 'captionCameraOff'));
    await this.call?.tracksChanged();
    this.requestUpdate();
  }

  private async toggleShare(): Promise<void> {
    if (this.media.screen) {
      this.media.stopScreen();
      this.announce(roomText(this.localize, 'captionSharingStopped'));
    } else {
      try {
        await this.media.startScreen(() => void this.stopShareFromBrowser());
        this.announce(roomText(this.localize, 'captionSharing'));
      } catch {
        return; // the member cancelled the picker
      }
    }
    await this.call?.tracksChanged();
    this.requestUpdate();
  }

  /** The browser's own "Stop sharing" bar: restore the camera. */
  private async stopShareFromBrowser(): Promise<void> {
    if (!this.media.screen) return;
    this.media.stopScreen();
    this.announce(roomText(this.localize, 'captionSharingStopped'));
    await this.call?.tracksChanged();
    this.requestUpdate();
  }

  private async choose(kind: DeviceKind, deviceId: string): Promise<void> {
    await this.media.choose(kind, deviceId).catch(() => null);
    await this.call?.tracksChanged();
    this.requestUpdate();
  }

  /** Leaves the call: saves the notes, says goodbye, releases camera and microphone. */
  async leave(): Promise<void> {
    await this.shadowRoot?.querySelector<HTMLElement & { flush?: () => Promise<void> }>('mentor-session-notes')?.flush?.();
    this.teardown();
    this.stage = 'left';
    this.emit(new MentorRoomLeaveEvent({ sessionId: this.sessionId }));
  }

  private teardown(): void {
    cancelAnimationFrame(this.meterFrame);
    this.releaseWarmChannel?.();
    this.releaseWarmChannel = undefined;
    this.call?.leave();
    this.call = undefined;
    this.media.stop();
  }

  /** Forces an ICE restart, e.g. when the host page knows the network changed. */
  reconnect(): void {
    this.call?.restartIce();
  }

  /** What the call did lately (signaling in and out, negotiation and ICE states), newest last: for support and the bench. */
  diagnostics(): string[] {
    return this.call?.trace.lines ?? [];
  }

  /** The peer connection's statistics (`getStats()`), or null outside a call: for diagnostics. */
  async connectionStats(): Promise<RTCStatsReport | null> {
    return (await this.call?.call?.stats()) ?? null;
  }

  private shortcut(event: KeyboardEvent): void {
    if (this.stage !== 'call' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.composedPath()[0] as HTMLElement | undefined;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const key = event.key.toLowerCase();
    const action =
      key === 'm'
        ? this.toggleMute
        : key === 'v'
          ? this.toggleCamera
          : key === 's'
            ? this.toggleShare
            : key === 'l' && event.shiftKey
              ? this.leave
              : undefined;
    if (!action) return;
    event.preventDefault();
    void action.call(this);
  }

  private renderSide(room: SessionRoom): TemplateResult {
    const tab = this.sideTab;
    return html`<aside class="side" part="side" aria-label=${roomText(this.localize, 'sidePanel')}>
      ${this.sideTabs.render({ content: (id) => roomText(this.localize, id === 'chat' ? 'chatTab' : 'notesTab') })}
      <div id="side-panel" role="tabpanel" aria-labelledby=${this.sideTabs.selectedId}>
        ${
          tab === 'chat'
            ? renderChat(this.localize, this.chat, room.self.id, this.zone, (form) => void this.sendChat(form))
            : html`<mentor-session-notes session-id=${room.sessionId} lang=${this.localize.locale} theme=${this.theme ?? nothing}></mentor-session-notes>`
        }
      </div>
    </aside>`;
  }

  private openSide(tab: 'chat' | 'notes'): void {
    this.sideTab = tab;
    if (tab === 'notes') void import('../mentor-session-notes/mentor-session-notes.js');
  }

  private async sendChat(form: HTMLFormElement): Promise<void> {
    const input = form.elements.namedItem('text') as HTMLInputElement;
    if (await this.chat.send(this.client!, this.sessionId, input.value)) input.value = '';
  }

  private renderStage(): TemplateResult {
    const room = this.room;
    if (this.stage === 'loading' || !room) {
      return this.stage === 'refused'
        ? html`<div class="state error" part="refusal" role="alert">${this.refusal}</div>`
        : renderLoading(this.localize);
    }
    if (this.stage === 'refused') return html`<div class="state error" part="refusal" role="alert">${this.refusal}</div>`;
    if (this.stage === 'left') {
      return html`<div class="state" part="left" role="status"><p>${roomText(this.localize, 'left')}</p>
        <button class="button" type="button" @click=${() => {
          this.loadedFor = undefined;
          this.requestUpdate();
        }}>${roomText(this.localize, 'rejoin')}</button></div>`;
    }
    const choose = (kind: DeviceKind, id: string) => void this.choose(kind, id);
    if (this.stage === 'prejoin') {
      return renderPrejoin({
        localize: this.localize,
        media: this.media,
        otherName: room.other.name,
        starting: this.starting,
        joining: this.joining,
        preview: this.preview,
        meter: this.meter,
        onChoose: choose,
        onToggleCamera: (on) =>
          void this.media
            .setCamera(on)
            .catch(() => null)
            .then(() => this.requestUpdate()),
        onToggleMic: (on) => {
          this.media.setMuted(!on);
          this.requestUpdate();
        },
        onRetry: () => void this.startMedia(),
        onJoin: () => void this.join(),
      });
    }
    return renderCall({
      localize: this.localize,
      media: this.media,
      call: this.call!,
      otherName: room.other.name,
      remoteVideo: this.remoteVideo,
      localVideo: this.localVideo,
      showDevices: this.showDevices,
      devices: renderDeviceChoices({ localize: this.localize, media: this.media, onChoose: choose }),
      side: this.renderSide(room),
      onMute: () => void this.toggleMute(),
      onCamera: () => void this.toggleCamera(),
      onShare: () => void this.toggleShare(),
      onDevices: () => {
        this.showDevices = !this.showDevices;
      },
      onLeave: () => void this.leave(),
    });
  }

  protected override render(): TemplateResult {
    if (!this.client) return html`<div class="state error" role="alert">${this.localize.t('errorNotConfigured')}</div>`;
    return html`<section part="base" class="room" data-stage=${this.stage} aria-label=${roomText(this.localize, 'roomLabel', this.room?.topic ?? '')}>
      ${this.renderStage()}
      <p class="visually-hidden" role="status" aria-live="polite" part="caption">${this.caption}</p>
    </section>`;
  }
}
