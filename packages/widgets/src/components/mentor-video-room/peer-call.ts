import { PerfectNegotiator, type IceServer, type NegotiationSignal } from '@mentorkit/core';
import type { RoomTrace } from './room-trace.js';

export type CallState = 'connecting' | 'connected' | 'reconnecting';
export type CallQuality = 'good' | 'fair' | 'poor';

export interface PeerCallOptions {
  iceServers: IceServer[];
  polite: boolean;
  trace: RoomTrace;
  /** Not connected with a settled negotiation this long after creation or an ICE restart → `onGiveUp`. */
  settleWithinMs: number;
  audio: MediaStreamTrack | null;
  video: MediaStreamTrack | null;
  send(signal: NegotiationSignal): void;
  onState(state: CallState): void;
  onQuality(quality: CallQuality): void;
  /** ICE restarts did not bring the connection back: the room builds a new one. */
  onGiveUp(): void;
}

/** ICE restarts tried before the whole connection is rebuilt (a full re-negotiation). */
const MAX_ICE_RESTARTS = 2;
/** How long "disconnected" may last before an ICE restart (it often heals by itself). */
const DISCONNECTED_GRACE_MS = 1500;
const STATS_EVERY_MS = 2000;

/**
 * One `RTCPeerConnection` to the other participant, negotiated with the perfect-negotiation pattern
 * (`PerfectNegotiator` from core). The impolite side creates the audio and video transceivers; the
 * polite side attaches its tracks to the ones the offer brings, so the first exchange needs no glare
 * handling. Camera on/off, screen share and device switches use `replaceTrack` (no re-negotiation).
 * ICE `disconnected`/`failed` lead to `restartIce()`; after repeated failures `onGiveUp` lets the room
 * build a fresh connection.
 */
export class PeerCall {
  readonly pc: RTCPeerConnection;
  readonly remoteStream = new MediaStream();
  private readonly negotiator: PerfectNegotiator;
  private restarts = 0;
  private disconnectedTimer?: ReturnType<typeof setTimeout>;
  private statsTimer?: ReturnType<typeof setInterval>;
  private settleTimer?: ReturnType<typeof setTimeout>;
  private lastInbound?: { received: number; lost: number };
  private closed = false;

  constructor(private readonly options: PeerCallOptions) {
    this.pc = new RTCPeerConnection({ iceServers: options.iceServers, bundlePolicy: 'max-bundle' });
    const trace = options.trace;
    this.negotiator = new PerfectNegotiator(
      this.pc,
      options.polite,
      options.send,
      (error) => {
        trace.add(`negotiation error: ${String(error)}`);
        console.warn('[mentor-video-room]', error);
      },
      () => this.attachToOffer(),
    );
    this.pc.ontrack = ({ track }) => {
      for (const old of this.remoteStream.getTracks()) if (old.kind === track.kind) this.remoteStream.removeTrack(old);
      this.remoteStream.addTrack(track);
    };
    this.pc.onicecandidate = ({ candidate }) => this.negotiator.candidate(candidate ? candidate.toJSON() : null);
    this.pc.onnegotiationneeded = () => void this.negotiator.negotiationNeeded();
    this.pc.oniceconnectionstatechange = () => {
      trace.add(`ice ${this.pc.iceConnectionState}`);
      this.iceStateChanged();
    };
    // A restart that heals without passing through "disconnected" ends when negotiation is stable again.
    this.pc.onsignalingstatechange = () => {
      trace.add(`signaling ${this.pc.signalingState}`);
      if (this.settled) clearTimeout(this.settleTimer);
      if (this.pc.signalingState === 'stable' && this.iceConnected) this.options.onState('connected');
    };
    if (!options.polite) {
      this.pc.addTransceiver(options.audio ?? 'audio', { direction: 'sendrecv' });
      this.pc.addTransceiver(options.video ?? 'video', { direction: 'sendrecv' });
    }
    options.onState('connecting');
    this.expectSettled();
    this.statsTimer = setInterval(() => void this.measure(), STATS_EVERY_MS);
  }

  /** Feeds a signal from the other side. */
  receive(signal: NegotiationSignal): Promise<void> {
    return this.negotiator.receive(signal);
  }

  private transceiver(kind: 'audio' | 'video'): RTCRtpTransceiver | undefined {
    return this.pc.getTransceivers().find((t) => t.receiver.track.kind === kind && t.currentDirection !== 'stopped');
  }

  /** Polite side: send our tracks on the transceivers the remote offer created. */
  private async attachToOffer(): Promise<void> {
    for (const kind of ['audio', 'video'] as const) {
      const transceiver = this.transceiver(kind);
      if (!transceiver || transceiver.direction === 'sendrecv') continue;
      transceiver.direction = 'sendrecv';
      await transceiver.sender.replaceTrack(kind === 'audio' ? this.options.audio : this.options.video);
    }
  }

  /** Sends `track` (or nothing) as our audio or video, without re-negotiating. */
  async replaceTrack(kind: 'audio' | 'video', track: MediaStreamTrack | null): Promise<void> {
    if (kind === 'audio') this.options.audio = track;
    else this.options.video = track;
    const transceiver = this.transceiver(kind);
    if (transceiver && transceiver.direction === 'sendrecv') await transceiver.sender.replaceTrack(track);
  }

  /** Forces an ICE restart (also what a network change calls). */
  restartIce(): void {
    if (this.closed) return;
    // A restart on a working connection keeps media flowing; only a broken one shows "Reconnecting…".
    if (!this.iceConnected) this.options.onState('reconnecting');
    this.options.trace.add('restart ICE');
    this.pc.restartIce();
    this.expectSettled();
  }

  /** Connected, with both descriptions in place and no offer outstanding. */
  private get settled(): boolean {
    return this.iceConnected && this.pc.signalingState === 'stable' && this.pc.remoteDescription !== null;
  }

  /**
   * A watchdog for what no state change reports: a signaling message that never arrived (an offer or
   * answer lost on the way leaves both sides waiting). Not settled in time → the room rebuilds.
   */
  private expectSettled(): void {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      if (this.closed || this.settled) return;
      this.options.trace.add(
        `not settled after ${this.options.settleWithinMs} ms (signaling ${this.pc.signalingState}, ice ${this.pc.iceConnectionState})`,
      );
      this.options.onGiveUp();
    }, this.options.settleWithinMs);
  }

  private get iceConnected(): boolean {
    return this.pc.iceConnectionState === 'connected' || this.pc.iceConnectionState === 'completed';
  }

  private iceStateChanged(): void {
    const state = this.pc.iceConnectionState;
    clearTimeout(this.disconnectedTimer);
    if (this.iceConnected) {
      this.restarts = 0;
      if (this.settled) clearTimeout(this.settleTimer);
      this.options.onState('connected');
    } else if (state === 'disconnected') {
      this.options.onState('reconnecting');
      this.disconnectedTimer = setTimeout(() => this.pc.iceConnectionState === 'disconnected' && this.recover(), DISCONNECTED_GRACE_MS);
    } else if (state === 'failed') {
      this.options.onState('reconnecting');
      this.recover();
    }
  }

  private recover(): void {
    if (this.closed) return;
    if (++this.restarts > MAX_ICE_RESTARTS) this.options.onGiveUp();
    else this.restartIce();
  }

  /** The connection's statistics (inbound-rtp `framesDecoded` and friends), for diagnostics and tests. */
  stats(): Promise<RTCStatsReport> {
    return this.pc.getStats();
  }

  /** Round-trip time and packet loss of the last interval → good / fair / poor. */
  private async measure(): Promise<void> {
    if (this.closed || (this.pc.iceConnectionState !== 'connected' && this.pc.iceConnectionState !== 'completed')) return;
    let rtt = 0;
    let received = 0;
    let lost = 0;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- stats entries are a union keyed by `type`; the DOM lib types only the common fields
    (await this.pc.getStats()).forEach((report: any) => {
      if (report.type === 'candidate-pair' && report.nominated && report.state === 'succeeded') rtt = report.currentRoundTripTime ?? 0;
      if (report.type === 'inbound-rtp') {
        received += report.packetsReceived ?? 0;
        lost += report.packetsLost ?? 0;
      }
    });
    const previous = this.lastInbound ?? { received: 0, lost: 0 };
    this.lastInbound = { received, lost };
    const newLost = Math.max(0, lost - previous.lost);
    const total = Math.max(1, received - previous.received + newLost);
    const loss = newLost / total;
    this.options.onQuality(rtt < 0.3 && loss < 0.02 ? 'good' : rtt < 0.6 && loss < 0.08 ? 'fair' : 'poor');
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.disconnectedTimer);
    clearTimeout(this.settleTimer);
    clearInterval(this.statsTimer);
    this.pc.ontrack =
      this.pc.onicecandidate =
      this.pc.onnegotiationneeded =
      this.pc.oniceconnectionstatechange =
      this.pc.onsignalingstatechange =
        null;
    this.pc.close();
  }
}
