import { ContextProvider } from '@lit/context';
import type { MentorKitClient } from '@mentorkit/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clientContext } from './client-context.js';

/**
 * Provides an element's SDK client to every MentorKit element inside its shadow root, so inner
 * elements use the outer element's `api-base` / `community` / token without attributes of their own.
 * Every `MentorElement` has one (a provider ignores its own host's requests, so an element never
 * consumes what it provides itself).
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
