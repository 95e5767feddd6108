import { isPolitePeer, type SessionRoom } from '@mentorkit/core';
import type { LocalMedia } from './local-media.js';
import { PeerCall, type CallQuality, type CallState } from './peer-call.js';
import type { RoomRealtime } from './room-realtime.js';
import { RoomSignaling, type RoomMessage } from './room-signaling.js';
import { RoomTrace } from './room-trace.js';

/** The other participant's media as they announced it. */
export interface RemoteMedia {
  audio: boolean;
  video: boolean;
  screen: boolean;
}

export type PeerPresence = 'waiting' | 'here' | 'left';

export interface RoomCallEvents {
  /** Anything shown changed (state, presence, remote media, quality, remote stream). */
  onChange(): void;
  /** Something worth announcing to screen readers happened. */
  onPeerJoined(): void;
  onPeerLeft(): void;
  onRemoteMediaChange(previous: RemoteMedia, next: RemoteMedia): void;
}

/** While alone, "hello" is repeated this often, so a peer whose first event was lost still finds us. */
const HELLO_EVERY_MS = 3000;
/** A connection not up this long after it was made (or restarted) is rebuilt; doubles while it keeps failing. */
const SETTLE_WITHIN_MS = 6000;
const SETTLE_WITHIN_MAX_MS = 60_000;

/**
 * The call side of the room: presence of the other participant through "hello" messages, one
 * `PeerCall` per other page instance (a reload or second device replaces the old connection instead
 * of hanging), media state messages, and a rebuilt connection after repeated ICE failures.
 */
export class RoomCall {
  state: CallState = 'connecting';
  presence: PeerPresence = 'waiting';
  quality: CallQuality | null = null;
  remoteMedia: RemoteMedia = { audio: true, video: true, screen: false };
  call: PeerCall | null = null;
  readonly trace = new RoomTrace();
  private remoteInstance: string | null = null;
  /**
   * Connections this instance has built (its "generation"), sent with every hello and signal. Hellos
   * repeat (timer, presence, subscription) and connections are rebuilt, so messages of an earlier
   * connection can still be on the way: the other side's generation tells a repeated hello and a stale
   * signal from a new one.
   */
  private generation = 0;
  /** The lowest generation of the other side our current connection accepts messages from. */
  private peerGeneration = 0;
  /** The media state last sent, with the connection it was sent on. */
  private mediaSent?: string;
  /** Connections rebuilt in a row without one coming up (backs the watchdog off). */
  private failedBuilds = 0;
  private readonly signaling: RoomSignaling;
  private readonly presenceOff: () => void;
  private helloTimer?: ReturnType<typeof setInterval>;
  private readonly polite: boolean;

  constructor(
    private readonly room: SessionRoom,
    realtime: RoomRealtime,
    private readonly media: LocalMedia,
    private readonly events: RoomCallEvents,
  ) {
    this.polite = isPolitePeer(room.self.id, room.other.id);
    this.signaling = new RoomSignaling(
      realtime,
      room.channels.signaling,
      {
        onMessage: (message) => this.handle(message),
        // The first hello waits for the subscription (pusher-js sends nothing before it). After a
        // reconnect, events we missed show up as a gap below.
        onSubscribed: () => this.remoteInstance === null && this.hello(null),
        // A lost event (dropped or missed while reconnecting) leaves the negotiation incomplete: start over.
        onGap: (sender) => sender === this.remoteInstance && this.rebuild(),
      },
      this.trace,
    );
    // Presence tells when the other participant's last connection is gone (closed tab, lost network).
    this.presenceOff = realtime.subscribe(room.channels.presence, (event, data) => {
      const member = String(data?.id ?? data?.user_id);
      if (event === 'pusher:member_removed' && member === room.other.id) this.peerGone();
      if (event === 'pusher:member_added' && member === room.other.id && this.remoteInstance === null) this.hello(null);
    });
    // Announce at once when the channel is already open (held during pre-join); otherwise the hello
    // waits in the line until the subscription succeeds. The repeat from onSubscribed is recognised as one.
    this.hello(null);
    this.helloTimer = setInterval(() => this.remoteInstance === null && this.hello(null), HELLO_EVERY_MS);
  }

  /** An announcement (to nobody) names the generation our next connection will have. */
  private hello(to: string | null, reset = false): void {
    const generation = to === null ? this.generation + 1 : this.generation;
    this.signaling.send({ type: 'hello', from: this.signaling.instanceId, to, generation, ...(reset ? { reset } : {}) });
  }

  private handle(message: RoomMessage): void {
    switch (message.type) {
      case 'hello': {
        // An announcement (to nobody) comes from an instance without a connection to us, and a reset
        // from one that just rebuilt its own: either way we start afresh and answer — once per
        // generation of the sender, because announcements repeat (timer, presence, subscription) and a
        // second one still in flight must not replace the connection the first one built. An answer to
        // our own announcement means the other side just built a connection for us.
        const announcement = message.to === null || Boolean(message.reset);
        const theirs = message.generation ?? 0;
        const known = message.from === this.remoteInstance;
        if (announcement) {
          if (known && theirs <= this.peerGeneration) return; // a repeat, or crossed with our own reset
          this.connectTo(message.from, theirs);
          this.hello(message.from);
          this.sendMedia();
        } else if (!known) {
          this.connectTo(message.from, theirs);
          this.sendMedia();
        } else {
          this.peerGeneration = Math.max(this.peerGeneration, theirs);
        }
        return;
      }
      case 'signal': {
        const theirs = message.generation ?? 0;
        if (message.from !== this.remoteInstance) {
          // Only an offer can start a connection (its hello was lost); anything else from an instance we
          // are not talking to is left over from an earlier page of theirs.
          const offer = message.signal.kind === 'description' && message.signal.description.type === 'offer';
          if (!offer) return;
          this.connectTo(message.from, theirs);
          this.sendMedia();
        } else if (theirs < this.peerGeneration) {
          this.trace.add(`dropped a signal of their connection ${theirs} (now ${this.peerGeneration})`);
          return;
        }
        void this.call?.receive(message.signal);
        return;
      }
      case 'media': {
        if (message.from !== this.remoteInstance) return;
        const previous = this.remoteMedia;
        this.remoteMedia = { audio: message.audio, video: message.video, screen: message.screen };
        this.events.onRemoteMediaChange(previous, this.remoteMedia);
        this.events.onChange();
        return;
      }
      case 'bye':
        if (message.from === this.remoteInstance) this.peerGone();
    }
  }

  /** A new connection to `instance`, replacing any previous one. */
  private connectTo(instance: string, peerGeneration: number): void {
    const first = this.presence !== 'here';
    this.call?.close();
    const generation = ++this.generation;
    this.trace.add(`connection ${this.generation} to ${instance} (${this.polite ? 'polite' : 'impolite'})`);
    this.remoteInstance = instance;
    this.peerGeneration = peerGeneration;
    this.presence = 'here';
    this.remoteMedia = { audio: true, video: true, screen: false };
    this.call = new PeerCall({
      iceServers: this.room.iceServers,
      polite: this.polite,
      trace: this.trace,
      settleWithinMs: Math.min(SETTLE_WITHIN_MAX_MS, SETTLE_WITHIN_MS * 2 ** this.failedBuilds),
      audio: this.media.audio,
      video: this.media.outgoingVideo,
      send: (signal) => this.signaling.send({ type: 'signal', from: this.signaling.instanceId, to: instance, generation, signal }),
      onState: (state) => {
        this.state = state;
        if (state === 'connected') {
          this.failedBuilds = 0;
          this.sendMedia();
        }
        this.events.onChange();
      },
      onQuality: (quality) => {
        this.quality = quality;
        this.events.onChange();
      },
      onGiveUp: () => {
        this.failedBuilds++;
        this.rebuild();
      },
    });
    // No media state here: the other side ignores it until our hello (sent after this) tells them who we
    // are, so callers send it after the hello.
    if (first) this.events.onPeerJoined();
    this.events.onChange();
  }

  /** Full re-negotiation: a fresh connection on both sides. */
  rebuild(): void {
    if (!this.remoteInstance) return;
    const instance = this.remoteInstance;
    this.trace.add('rebuild');
    // Whatever their current connection still sends is stale; their next one has a higher generation.
    this.connectTo(instance, this.peerGeneration + 1);
    this.hello(instance, true);
    this.sendMedia();
  }

  private peerGone(): void {
    if (this.presence !== 'here') return;
    this.trace.add(`${this.remoteInstance} left`);
    this.call?.close();
    this.call = null;
    this.remoteInstance = null;
    this.presence = 'left';
    this.quality = null;
    this.events.onPeerLeft();
    this.events.onChange();
  }

  /** Tells the other side whether our microphone, camera and screen are on. */
  sendMedia(): void {
    if (!this.remoteInstance) return;
    const state = {
      audio: Boolean(this.media.audio) && !this.media.muted,
      video: Boolean(this.media.outgoingVideo),
      screen: Boolean(this.media.screen),
    };
    // Once per connection and on every change: the states "connected" reports again add nothing.
    const key = `${this.generation}:${JSON.stringify(state)}`;
    if (key === this.mediaSent) return;
    this.mediaSent = key;
    this.signaling.send({ type: 'media', from: this.signaling.instanceId, to: this.remoteInstance, ...state });
  }

  /** After a local track change: send it (replaceTrack) and announce the new state. */
  async tracksChanged(): Promise<void> {
    await this.call?.replaceTrack('audio', this.media.audio);
    await this.call?.replaceTrack('video', this.media.outgoingVideo);
    this.sendMedia();
  }

  /** ICE restart on demand (a network change). */
  restartIce(): void {
    this.call?.restartIce();
  }

  /** Says goodbye and closes everything. */
  leave(): void {
    clearInterval(this.helloTimer);
    this.signaling.send({ type: 'bye', from: this.signaling.instanceId, to: this.remoteInstance });
    this.call?.close();
    this.call = null;
    this.presenceOff();
    // Let the goodbye leave before the subscription goes.
    setTimeout(() => this.signaling.close(), 300);
  }
}
