import { ContextProvider } from '@lit/context';
import type { MentorKitClient } from '@mentorkit/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clientContext } from './client-context.js';

/**
 * Provides a container's SDK client to every MentorKit element inside its shadow root, so inner
 * elements use the container's `api-base` / `community` / token without attributes of their own.
 */
export class ClientProviderController implements ReactiveController {
  private readonly provider: ContextProvider<typeof clientContext>;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly getClient: () => MentorKitClient | undefined,
  ) {
    this.provider = new ContextProvider(host, { context: clientContext, initialValue: undefined });
    host.addController(this);
  }

  hostUpdate(): void {
    const client = this.getClient();
    if (this.provider.value !== client) this.provider.setValue(client);
  }
}
