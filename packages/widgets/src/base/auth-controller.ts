import type { Me } from '@mentorkit/core';
import type { MentorKitClient } from '@mentorkit/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks who is signed in on a client: reads the stored session, follows `onAuthChange` and asks the
 * host to re-render. Switches clients when the host's configuration changes.
 */
export class AuthController implements ReactiveController {
  /** The signed-in member, or null. Undefined until the stored session was read. */
  user: Me | null | undefined = undefined;
  private client?: MentorKitClient;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly getClient: () => MentorKitClient | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.follow(this.getClient());
  }

  hostUpdate(): void {
    const client = this.getClient();
    if (client !== this.client) this.follow(client);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.client = undefined;
  }

  private follow(client: MentorKitClient | undefined): void {
    this.unsubscribe?.();
    this.client = client;
    this.user = undefined;
    if (!client) return;
    this.unsubscribe = client.onAuthChange((user) => {
      this.user = user;
      this.host.requestUpdate();
    });
    void client.currentUser().then((user) => {
      if (this.client !== client) return;
      this.user = user;
      this.host.requestUpdate();
    });
  }
}
