import type { WebhookDelivery, WebhookEndpoint } from '@mentorkit/core';
import { MentorKitApiError, type MentorKitClient } from '@mentorkit/sdk';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MentorElement } from '../../base/mentor-element.js';
import { viewerTimeZone } from '../../i18n/localize-controller.js';
import { errorMessage, renderEmpty, renderError, renderLoading } from '../../shared/states.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import '../mentor-sign-in/mentor-sign-in.js';
import { webhooksStyles } from './mentor-webhooks.styles.js';
import { webhooksStrings } from './webhooks.strings.js';
import { readWebhookForm, renderWebhookForm } from './webhook-form.js';
import { renderWebhookItem, type WebhookItemContext } from './webhook-item.js';

/**
 * @tagname mentor-webhooks
 * @summary A community's webhook endpoints for its admins (SPEC N3): add one (its signing secret is shown
 * once, with a copy button), pause or enable it, rotate its secret, delete it, and see its recent
 * deliveries — status, attempts, response code, next attempt — with "Send again". Made to sit in an
 * admin console; it needs a signed-in member with the admin flag.
 *
 * @csspart base - The outer section.
 * @csspart form - The "Add an endpoint" form.
 * @csspart add-button - Its submit button.
 * @csspart list - The list of endpoints.
 * @csspart endpoint - One endpoint.
 * @csspart status-badge - An endpoint's state (active, paused, disabled).
 * @csspart actions - An endpoint's buttons.
 * @csspart secret - The one-time signing secret panel.
 * @csspart copy-button - Its copy button.
 * @csspart deliveries - An endpoint's recent deliveries.
 * @csspart delivery-status - A delivery's state.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 *
 * @cssprop --mentor-accent - Buttons.
 * @cssprop --mentor-surface - Endpoint cards.
 * @cssprop --mentor-border - Card borders.
 * @cssprop --mentor-success - "Active" and "Delivered".
 * @cssprop --mentor-warning - "Paused" and "Retrying".
 * @cssprop --mentor-danger - "Disabled", "Failed" and Delete.
 * @cssprop --mentor-radius - Corner radius.
 */
export class MentorWebhooks extends MentorElement {
  static override styles = [sharedStyles, webhooksStyles];

  /** The viewer's IANA zone for delivery times (default: the browser's). */
  @property({ attribute: 'time-zone' }) timeZone = '';

  @state() private endpoints: WebhookEndpoint[] = [];
  @state() private allEvents = true;
  @state() private adding = false;
  @state() private urlError?: string;
  @state() private eventsError?: string;
  @state() private busyId?: string;
  @state() private confirmingDeleteId?: string;
  @state() private revealed?: { id: string; secret: string };
  @state() private openDeliveriesId?: string;
  @state() private deliveries?: WebhookDelivery[] | 'loading' | Error;
  @state() private actionError = '';
  @state() private announcement = '';
  @state() private reloads = 0;

  private readonly list = new Task(this, {
    args: () => [this.client, this.auth.user?.member.id, this.auth.user?.roles.isAdmin, this.reloads] as const,
    task: async ([client, memberId, isAdmin], { signal }) => {
      if (!client) throw new Error('not configured');
      if (!memberId || !isAdmin) return undefined;
      this.endpoints = (await client.listWebhooks(undefined, { signal })).items;
      return this.endpoints;
    },
  });

  /** Reloads the endpoints from the service. */
  refresh(): void {
    this.reloads++;
  }

  /** This element's own strings in the current language. */
  private get s() {
    return this.localize.strings(webhooksStrings);
  }

  private get zone(): string {
    return this.timeZone || viewerTimeZone();
  }

  /** Runs one call with busy state; errors are shown above the list. */
  private async run<T>(id: string, call: (client: MentorKitClient) => Promise<T>): Promise<T | undefined> {
    const client = this.client;
    if (!client) return undefined;
    this.busyId = id;
    this.actionError = '';
    try {
      return await call(client);
    } catch (error) {
      this.actionError = errorMessage(this.localize, error);
      if (error instanceof MentorKitApiError && error.status === 404) this.refresh();
      return undefined;
    } finally {
      this.busyId = undefined;
    }
  }

  private replace(endpoint: WebhookEndpoint): void {
    this.endpoints = this.endpoints.map((e) => (e.id === endpoint.id ? endpoint : e));
  }

  private async focusEndpoint(id: string): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(`article[data-webhook-id="${id}"]`)?.focus();
  }

  private async add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const read = readWebhookForm(this.s, form);
    this.urlError = read.ok || read.field !== 'url' ? undefined : read.message;
    this.eventsError = read.ok || read.field !== 'events' ? undefined : read.message;
    if (!read.ok) {
      await this.updateComplete;
      form.querySelector<HTMLInputElement>(read.field === 'url' ? '#webhook-url' : 'input[type="checkbox"]')?.focus();
      return;
    }
    const client = this.client;
    if (!client) return;
    this.adding = true;
    this.actionError = '';
    try {
      const { secret, ...endpoint } = await client.createWebhook(read.input);
      this.endpoints = [...this.endpoints, endpoint];
      this.revealed = { id: endpoint.id, secret };
      this.announcement = this.s.added;
      form.reset();
      this.allEvents = true;
      await this.focusEndpoint(endpoint.id);
    } catch (error) {
      if (error instanceof MentorKitApiError && error.status === 400) {
        this.urlError = this.s.urlInvalid;
        form.querySelector<HTMLInputElement>('#webhook-url')?.focus();
      } else {
        this.actionError = errorMessage(this.localize, error);
      }
    } finally {
      this.adding = false;
    }
  }

  private async toggle(endpoint: WebhookEndpoint): Promise<void> {
    const updated = await this.run(endpoint.id, (client) => client.updateWebhook({ webhookId: endpoint.id, enabled: !endpoint.enabled }));
    if (!updated) return;
    this.replace(updated);
    this.announcement = this.s.updated;
  }

  private async rotate(endpoint: WebhookEndpoint): Promise<void> {
    const rotated = await this.run(endpoint.id, (client) => client.rotateWebhookSecret({ webhookId: endpoint.id }));
    if (!rotated) return;
    const { secret, ...changed } = rotated;
    this.replace(changed);
    this.revealed = { id: endpoint.id, secret };
    this.announcement = this.s.rotated;
  }

  private async askDelete(endpoint: WebhookEndpoint | undefined): Promise<void> {
    const previous = this.confirmingDeleteId;
    this.confirmingDeleteId = endpoint?.id;
    await this.updateComplete;
    const selector = endpoint
      ? `[data-webhook-id="${endpoint.id}"] [data-action="delete-no"]`
      : `[data-webhook-id="${previous}"] [data-action="delete"]`;
    this.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  private async deleteEndpoint(endpoint: WebhookEndpoint): Promise<void> {
    const done = await this.run(endpoint.id, (client) => client.deleteWebhook({ webhookId: endpoint.id }));
    if (!done) return;
    this.endpoints = this.endpoints.filter((e) => e.id !== endpoint.id);
    this.confirmingDeleteId = undefined;
    if (this.revealed?.id === endpoint.id) this.revealed = undefined;
    this.announcement = this.s.deleted;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('#webhook-url')?.focus();
  }

  private async showDeliveries(endpoint: WebhookEndpoint): Promise<void> {
    if (this.openDeliveriesId === endpoint.id) {
      this.openDeliveriesId = undefined;
      return;
    }
    this.openDeliveriesId = endpoint.id;
    this.deliveries = 'loading';
    try {
      const page = await this.client!.listWebhookDeliveries({ webhookId: endpoint.id, limit: 20 });
      if (this.openDeliveriesId === endpoint.id) this.deliveries = page.items;
    } catch (error) {
      if (this.openDeliveriesId === endpoint.id) this.deliveries = new Error(errorMessage(this.localize, error));
    }
  }

  private async redeliver(endpoint: WebhookEndpoint, delivery: WebhookDelivery): Promise<void> {
    const queued = await this.run(delivery.id, (client) => client.redeliverWebhook({ webhookId: endpoint.id, deliveryId: delivery.id }));
    if (!queued) return;
    if (Array.isArray(this.deliveries)) this.deliveries = this.deliveries.map((d) => (d.id === queued.id ? queued : d));
    this.announcement = this.s.redelivered;
  }

  private async copy(input: HTMLInputElement): Promise<void> {
    input.select();
    try {
      await navigator.clipboard.writeText(input.value);
      this.announcement = this.s.copied;
    } catch {
      // Without clipboard permission the secret stays selected for Ctrl+C.
      input.focus();
    }
  }

  private renderList(): TemplateResult {
    if (this.list.status === TaskStatus.ERROR) return renderError(this.localize, this.list.error, () => this.refresh());
    if (this.list.status !== TaskStatus.COMPLETE) return renderLoading(this.localize);
    if (this.endpoints.length === 0) return renderEmpty(this.s.empty);
    const ctx: WebhookItemContext = {
      localize: this.localize,
      s: this.s,
      timeZone: this.zone,
      busyId: this.busyId,
      confirmingDeleteId: this.confirmingDeleteId,
      revealed: this.revealed,
      openDeliveriesId: this.openDeliveriesId,
      deliveries: this.deliveries,
      onToggle: (e) => void this.toggle(e),
      onRotate: (e) => void this.rotate(e),
      onAskDelete: (e) => void this.askDelete(e),
      onDelete: (e) => void this.deleteEndpoint(e),
      onDeliveries: (e) => void this.showDeliveries(e),
      onRedeliver: (e, d) => void this.redeliver(e, d),
      onCopy: (input) => void this.copy(input),
      onHideSecret: () => (this.revealed = undefined),
    };
    return html`<ul class="list" part="list" aria-label=${this.s.endpointsLabel}>${this.endpoints.map((e) => renderWebhookItem(ctx, e))}</ul>`;
  }

  protected override render(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    if (!this.client) return renderError(this.localize, undefined, undefined, t('errorNotConfigured'));
    if (this.auth.user === undefined) return renderLoading(this.localize);
    if (this.auth.user === null) {
      return html`<p>${t('errorSignInRequired')}</p><mentor-sign-in lang=${this.localize.locale} theme=${this.theme ?? nothing}></mentor-sign-in>`;
    }
    if (!this.auth.user.roles.isAdmin) return renderError(this.localize, undefined, undefined, this.s.adminOnly);
    return html`<section part="base" aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">${this.s.title}</h2>
      <p class="muted">${this.s.intro}</p>
      ${this.actionError ? html`<p class="field-error" role="alert">${this.actionError}</p>` : nothing}
      ${this.renderList()}
      ${renderWebhookForm(
        this.s,
        {
          allEvents: this.allEvents,
          busy: this.adding,
          ...(this.urlError ? { urlError: this.urlError } : {}),
          ...(this.eventsError ? { eventsError: this.eventsError } : {}),
        },
        { onSubmit: (e) => void this.add(e), onAllEvents: (all) => (this.allEvents = all) },
      )}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }
}
