import { consume } from '@lit/context';
import type { MentorKitClient } from '@mentorkit/sdk';
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { AuthController } from './auth-controller.js';
import { clientContext } from './client-context.js';
import { ClientProviderController } from './client-provider.js';
import { clientFor, exchangeIdentityTokenOnce, onConfigChange, resolveConfig, type MentorKitConfig } from './config.js';
import type { MentorEvent } from './events.js';

/**
 * Base class of every MentorKit element: configuration (attributes or `MentorKit.configure`), the SDK
 * client (from a context provider or shared per configuration), sign-in state, i18n, theme and a typed
 * `emit()`.
 */
export abstract class MentorElement extends LitElement {
  /** The service address, e.g. `https://mentors.example.org`. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** The community slug. */
  @property() community?: string;
  /** The community's publishable key. */
  @property({ attribute: 'publishable-key' }) publishableKey?: string;
  /** A host-signed identity token (SPEC C4), exchanged once for a session. */
  @property({ attribute: 'identity-token' }) identityToken?: string;
  /** `light`, `dark` or `auto` (the default: follows the system). */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';
  /** Language of the element (`en`, `es`); otherwise the page config or the browser. */
  @property() override lang = '';

  /** A client provided by an enclosing container (e.g. `<mentor-hub>`). */
  @consume({ context: clientContext, subscribe: true })
  @state()
  protected providedClient?: MentorKitClient;

  protected readonly localize = new LocalizeController(this);
  protected readonly auth = new AuthController(this, () => this.client);
  /**
   * Every element provides its own client to what it renders (a booking dialog inside a profile, the
   * lists inside a hub), so children work under attribute-only configuration exactly as the parent.
   */
  protected readonly clientProvider = new ClientProviderController(this, () => this.client);
  private unsubscribeConfig?: () => void;

  /** Registers the element under `tag` unless that name is taken already (safe to call twice). */
  static define(tag: string): void {
    if (!customElements.get(tag)) customElements.define(tag, this as unknown as CustomElementConstructor);
  }

  /** Attributes merged over the page-wide configuration. */
  protected get config(): MentorKitConfig {
    return resolveConfig({
      apiBase: this.apiBase,
      community: this.community,
      publishableKey: this.publishableKey,
      identityToken: this.identityToken,
      theme: this.theme,
    });
  }

  /**
   * The SDK client, or undefined while the element is not configured: the element's own `api-base` /
   * `community` attributes first, then a client provided by an enclosing MentorKit element, then the
   * page-wide configuration.
   */
  protected get client(): MentorKitClient | undefined {
    const ownTarget = this.apiBase || this.community || this.publishableKey;
    if (ownTarget || !this.providedClient) return clientFor(this.config);
    return this.providedClient;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribeConfig = onConfigChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeConfig?.();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const theme = this.config.theme;
    if (theme && !this.hasAttribute('theme')) this.setAttribute('theme', theme);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const token = this.config.identityToken;
    const client = this.client;
    if (token && client) this.exchangeIdentityToken(client, token).catch(() => undefined);
  }

  /** Exchanges the host identity token (once per client and token); elements may override to react. */
  protected async exchangeIdentityToken(client: MentorKitClient, token: string): Promise<unknown> {
    return exchangeIdentityTokenOnce(client, token);
  }

  /** Dispatches a MentorKit event from this element; returns false when a listener called `preventDefault()`. */
  protected emit<D>(event: MentorEvent<D>): boolean {
    return this.dispatchEvent(event);
  }
}
