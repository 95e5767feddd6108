import type { NegotiationPeer, SessionDescriptionLike } from '../video/perfect-negotiation.js';

/**
 * A model of the signaling half of `RTCPeerConnection` for tests of the negotiation logic: the three
 * states a 1:1 call uses, implicit offer/answer in `setLocalDescription()`, implicit rollback of a local
 * offer by a remote one, operations run one at a time in call order, and `negotiationneeded` fired when
 * the connection is stable while local changes are not yet negotiated. Each step waits on `tick`, which a
 * test scheduler resolves in random order.
 */
export class ModelPeerConnection implements NegotiationPeer {
  signalingState: 'stable' | 'have-local-offer' | 'have-remote-offer' = 'stable';
  localDescription: SessionDescriptionLike | null = null;
  remoteDescription: SessionDescriptionLike | null = null;
  /** Local media changes made (tracks added, ICE restarts) and how many an answered offer of ours covered. */
  changes = 0;
  negotiated = 0;
  onnegotiationneeded: (() => void) | null = null;
  private offers = 0;
  private chain: Promise<unknown> = Promise.resolve();
  private negotiationQueued = false;
  /** Operations queued or running; like the browser, `negotiationneeded` waits for an empty chain. */
  private pendingOps = 0;
  /** What the offer being negotiated covers. */
  private offerCovers = 0;

  constructor(
    readonly name: string,
    private readonly tick: (label: string) => Promise<void>,
  ) {}

  /** A local change that needs negotiating (a track added, `restartIce()`). */
  change(): void {
    this.changes++;
    this.checkNegotiation();
  }

  setLocalDescription(): Promise<void> {
    return this.enqueue('sld', () => {
      if (this.signalingState === 'have-remote-offer') {
        this.localDescription = { type: 'answer', sdp: `answer:${this.remoteDescription!.sdp}` };
        this.signalingState = 'stable';
        return;
      }
      this.offerCovers = this.changes;
      this.localDescription = { type: 'offer', sdp: `${this.name}#${++this.offers}` };
      this.signalingState = 'have-local-offer';
    });
  }

  setRemoteDescription(description: SessionDescriptionLike): Promise<void> {
    return this.enqueue('srd', () => {
      if (description.type === 'offer') {
        if (this.signalingState === 'have-local-offer') this.localDescription = null; // implicit rollback
        this.remoteDescription = { ...description };
        this.signalingState = 'have-remote-offer';
        return;
      }
      if (this.signalingState !== 'have-local-offer') throw new Error(`InvalidStateError: answer in ${this.signalingState}`);
      if (description.sdp !== `answer:${this.localDescription!.sdp}`)
        throw new Error(`answer ${description.sdp} does not match ${this.localDescription!.sdp}`);
      this.remoteDescription = { ...description };
      this.signalingState = 'stable';
      this.negotiated = Math.max(this.negotiated, this.offerCovers);
    });
  }

  addIceCandidate(candidate: unknown): Promise<void> {
    return this.enqueue('candidate', () => {
      if (candidate !== null && !this.remoteDescription) throw new Error('InvalidStateError: no remote description');
    });
  }

  private enqueue(label: string, step: () => void): Promise<void> {
    this.pendingOps++;
    const run = this.chain.then(async () => {
      await this.tick(`${this.name}.${label}`);
      try {
        step();
      } finally {
        this.pendingOps--;
        this.checkNegotiation();
      }
    });
    this.chain = run.catch(() => {});
    return run;
  }

  private checkNegotiation(): void {
    if (this.signalingState !== 'stable' || this.negotiated >= this.changes || this.negotiationQueued || this.pendingOps > 0) return;
    this.negotiationQueued = true;
    void this.tick(`${this.name}.negotiationneeded`).then(() => {
      this.negotiationQueued = false;
      // The browser checks again when it fires: still stable and still needed.
      if (this.signalingState === 'stable' && this.pendingOps === 0 && this.negotiated < this.changes) this.onnegotiationneeded?.();
      else this.checkNegotiation();
    });
  }
}
