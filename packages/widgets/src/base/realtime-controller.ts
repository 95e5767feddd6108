import { memberChannel } from '@mentorkit/core';
import type { MentorKitClient } from '@mentorkit/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What an element does with its member's live events. */
export interface RealtimeHandlers {
  /** An event on the signed-in member's channel (`session.updated`, `message.created`, …; see docs/realtime.md). */
  onEvent(event: string, data: unknown): void;
  /**
   * The connection came back after a drop (Pusher delivers at most once): re-read whatever the element
   * shows `since` its cursor, so nothing sent meanwhile is missing.
   */
  onReconnect?(): void;
}

/**
 * Follows the signed-in member's channel (`private-member-{id}`) for one element: subscribes when a
 * member is known, re-subscribes when the member or client changes (sign-in, sign-out, another tab),
 * unsubscribes when the element leaves the page, and calls `onReconnect` after a reconnection.
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
    const realtime = client.realtime;
    // Catch up once the channel is subscribed again after a reconnect (pusher-js re-subscribes by itself),
    // so nothing published between the reconnect and the re-subscription is missed either.
    let reconnected = false;
    const unsubscribe = realtime.subscribe(memberChannel(memberId), (event, data) => {
      if (event === 'pusher:subscription_succeeded') {
        if (reconnected) this.handlers.onReconnect?.();
        reconnected = false;
        return;
      }
      if (!event.startsWith('pusher:')) this.handlers.onEvent(event, data);
    });
    const unwatch = realtime.onConnectionChange((state, info) => {
      if (state === 'connected' && info.reconnected) reconnected = true;
    });
    this.subscribed = {
      client,
      memberId,
      stop: () => {
        unsubscribe();
        unwatch();
      },
    };
  }
}
