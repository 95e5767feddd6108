/**
 * The "perfect negotiation" pattern (W3C WebRTC 1.0 §10.7) as a small class with no I/O: it decides, for
 * every incoming description and every local change, what to do with the peer connection, so that two
 * peers who change their media at the same moment ("glare") always settle on one offer/answer pair.
 * The impolite peer ignores a colliding offer; the polite one rolls its own back and answers.
 *
 * The connection is reached only through {@link NegotiationPeer} (a real `RTCPeerConnection` fits as is),
 * which keeps this logic testable against a model of the browser's signaling states.
 */

/** The shape of `RTCSessionDescriptionInit` (core does not depend on the DOM types). */
export interface SessionDescriptionLike {
  type: 'offer' | 'answer' | 'pranswer' | 'rollback';
  sdp?: string;
}

/** The parts of `RTCPeerConnection` the negotiation uses. */
export interface NegotiationPeer {
  readonly signalingState: string;
  readonly localDescription: SessionDescriptionLike | null;
  /** Without arguments: creates the offer or answer the current state calls for. */
  setLocalDescription(): Promise<void>;
  setRemoteDescription(description: SessionDescriptionLike): Promise<void>;
  addIceCandidate(candidate: unknown): Promise<void>;
}

/** What travels to the other peer. `candidate: null` is the end of candidates. */
export type NegotiationSignal = { kind: 'description'; description: SessionDescriptionLike } | { kind: 'candidate'; candidate: unknown };

/**
 * Which side yields on glare: decided by comparing the two member ids, so both sides agree without
 * talking (the smaller id is polite).
 */
export function isPolitePeer(selfId: string, otherId: string): boolean {
  return selfId < otherId;
}

export class PerfectNegotiator {
  private makingOffer = false;
  private ignoreOffer = false;
  private settingRemoteAnswer = false;
  /** Incoming signals are handled one at a time, in arrival order. */
  private inbox: Promise<void> = Promise.resolve();

  /**
   * @param send delivers a signal to the other peer (in order).
   * @param onError receives failures that are not part of normal glare handling.
   * @param beforeAnswer runs after a remote offer is applied and before the answer is made: the place to
   *   attach local tracks to the transceivers the offer created, so the answer sends them at once.
   */
  constructor(
    private readonly peer: NegotiationPeer,
    readonly polite: boolean,
    private readonly send: (signal: NegotiationSignal) => void,
    private readonly onError: (error: unknown) => void = () => {},
    private readonly beforeAnswer: () => void | Promise<void> = () => {},
  ) {}

  /** Call from `negotiationneeded` (also after `restartIce()`). */
  async negotiationNeeded(): Promise<void> {
    try {
      this.makingOffer = true;
      await this.peer.setLocalDescription();
      const description = this.peer.localDescription;
      // A remote offer may have rolled ours back meanwhile: then there is nothing of ours to send.
      if (description && description.type === 'offer') this.send({ kind: 'description', description: copy(description) });
    } catch (error) {
      this.onError(error);
    } finally {
      this.makingOffer = false;
    }
  }

  /** Call from `icecandidate` with `event.candidate` (null at the end). */
  candidate(candidate: unknown): void {
    this.send({ kind: 'candidate', candidate });
  }

  /** Handles a signal from the other peer; resolves once it has been applied. */
  receive(signal: NegotiationSignal): Promise<void> {
    const next = this.inbox.then(() => this.apply(signal));
    this.inbox = next.catch(() => {});
    return next;
  }

  private async apply(signal: NegotiationSignal): Promise<void> {
    if (signal.kind === 'candidate') {
      try {
        await this.peer.addIceCandidate(signal.candidate);
      } catch (error) {
        // Candidates of an offer we ignored cannot apply; anything else is a real failure.
        if (!this.ignoreOffer) this.onError(error);
      }
      return;
    }
    const { description } = signal;
    try {
      const readyForOffer = !this.makingOffer && (this.peer.signalingState === 'stable' || this.settingRemoteAnswer);
      const offerCollision = description.type === 'offer' && !readyForOffer;
      this.ignoreOffer = !this.polite && offerCollision;
      if (this.ignoreOffer) return;
      this.settingRemoteAnswer = description.type === 'answer';
      await this.peer.setRemoteDescription(description); // the polite side's offer is rolled back implicitly
      this.settingRemoteAnswer = false;
      if (description.type === 'offer') {
        await this.beforeAnswer();
        await this.peer.setLocalDescription();
        const answer = this.peer.localDescription;
        if (answer?.type === 'answer') this.send({ kind: 'description', description: copy(answer) });
      }
    } catch (error) {
      this.settingRemoteAnswer = false;
      this.onError(error);
    }
  }
}

function copy(description: SessionDescriptionLike): SessionDescriptionLike {
  return { type: description.type, ...(description.sdp !== undefined ? { sdp: description.sdp } : {}) };
}
