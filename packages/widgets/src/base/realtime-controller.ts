import { memberChannel } from '@mentorkit/core';
import type { MentorKitClient } from '@mentorkit/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What an element does with its member's live events. */
export interface RealtimeHandlers {
  /** An event on the signed-in member's channel (`session.updated`, `message.created`, …; see docs/realtime.md). */
  onEvent(event: string, data: unknown): void;
  /**
   * The channel just became live: re-read whatever the element shows `since` its cursor. Pusher delivers
   * at most once and only to live subscriptions, so this runs on the first subscription (an event published
   * between the element's first load and that moment was never delivered) and again after every
   * reconnection (pusher-js re-subscribes by itself; events sent while the socket was down are lost).
   */
  catchUp?(): void;
}

/**
 * Follows the signed-in member's channel (`private-member-{id}`) for one element: subscribes when a
 * member is known, re-subscribes when the member or client changes (sign-in, sign-out, another tab),
 * unsubscribes when the element leaves the page, and calls `catchUp` whenever the channel becomes live.
 * pusher-js is loaded by the SDK on the first subscription, so elements without one never load it.
 */
export class RealtimeController implements ReactiveController {
  private subscribed?: { client: MentorKitClient; memberId: string; stop: () => void };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly current: () => { client: MentorKitClient | undefined; memberId: string | undefined },
    private readonly handlers: RealtimeHandlers,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.subscribed?.stop();
    this.subscribed = undefined;
  }

  private sync(): void {
    const { client, memberId } = this.current();
    if (this.subscribed && this.subscribed.client === client && this.subscribed.memberId === memberId) return;
    this.subscribed?.stop();
    this.subscribed = undefined;
    if (!client || !memberId) return;
    // The element loads its data when the member is known, while the subscription is still being set up
    // (pusher-js loading, socket, channel auth): catching up on each `subscription_succeeded` closes that
    // gap on the first subscription and the same gap after each reconnect. (A channel another element of
    // this client already holds is live from this call on, so there is no gap to close and no event here.)
    const stop = client.realtime.subscribe(memberChannel(memberId), (event, data) => {
      if (event === 'pusher:subscription_succeeded') this.handlers.catchUp?.();
      else if (!event.startsWith('pusher:')) this.handlers.onEvent(event, data);
    });
    this.subscribed = { client, memberId, stop };
  }
}
