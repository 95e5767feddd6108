import { realtimeEvents, type Notification } from '@mentorkit/core';
import { Task } from '@lit/task';
import { css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { MentorNotificationSelectEvent } from '../../base/events.js';
import { MentorElement } from '../../base/mentor-element.js';
import { RealtimeController } from '../../base/realtime-controller.js';
import { viewerTimeZone } from '../../i18n/localize-controller.js';
import { renderError } from '../../shared/states.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { bellStrings } from './bell.strings.js';
import { notificationText } from './notification-text.js';

/**
 * @tagname mentor-notification-bell
 * @summary In-app notifications (SPEC T5): a bell with the unread count that opens the list; new ones
 * arrive live and missed ones are re-read `since` the newest held after a reconnect. Used in
 * `<mentor-hub>`'s header; works alone too.
 *
 * @fires mentor-notification-select - A notification was chosen; `detail.notification`. Cancelable.
 *
 * @csspart bell - The bell button.
 * @csspart count - The unread count on the bell.
 * @csspart panel - The opened list.
 * @csspart notification - One notification.
 * @csspart mark-all - "Mark all as read".
 *
 * @cssprop --mentor-accent - The count badge and unread marks.
 * @cssprop --mentor-surface - The panel.
 * @cssprop --mentor-border - Borders.
 */
export class MentorNotificationBell extends MentorElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: inline-block;
        position: relative;
        background: transparent;
      }
      .bell {
        position: relative;
        padding: 0.375rem 0.5rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg);
        color: var(--_text);
        cursor: pointer;
        line-height: 0;
      }
      .count {
        position: absolute;
        top: -0.5rem;
        right: -0.5rem;
        min-width: 1.25rem;
        padding: 0 0.3rem;
        border-radius: 999px;
        background: var(--_accent);
        color: var(--_accent-contrast);
        font-size: 0.75rem;
        font-weight: 700;
        line-height: 1.25rem;
        text-align: center;
      }
      .panel {
        position: absolute;
        right: 0;
        z-index: 10;
        width: min(22rem, calc(100vw - 1.5rem));
        max-height: 26rem;
        overflow-y: auto;
        margin-top: 0.375rem;
        padding: 0.75rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg);
        box-shadow: 0 10px 30px rgb(0 0 0 / 0.2);
      }
      .panel-head {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 0.5rem;
      }
      .panel-head h2 {
        font-size: 1rem;
        margin: 0;
      }
      ul {
        list-style: none;
        margin: 0.5rem 0 0;
        padding: 0;
      }
      .item {
        display: block;
        width: 100%;
        text-align: start;
        padding: 0.5rem;
        border: 0;
        border-radius: calc(var(--_radius) * 0.75);
        background: transparent;
        cursor: pointer;
        overflow-wrap: anywhere;
      }
      .item:hover {
        background: var(--_surface);
      }
      .item.unread {
        font-weight: 600;
        border-left: 3px solid var(--_accent);
      }
      .item .muted {
        display: block;
        font-weight: 400;
        font-size: 0.8125em;
      }
    `,
  ];

  @state() private items: Notification[] = [];
  @state() private unread = 0;
  @state() private open = false;
  private latestCursor: string | null = null;

  /** This element's own strings in the current language. */
  private get s() {
    return this.localize.strings(bellStrings);
  }

  private readonly load = new Task(this, {
    args: () => [this.client, this.auth.user?.member.id] as const,
    task: async ([client, memberId], { signal }) => {
      if (!client || !memberId) return;
      const page = await client.listNotifications({ limit: 20 }, { signal });
      this.items = page.items;
      this.unread = page.unreadCount;
      this.latestCursor = page.latestCursor;
    },
  });

  protected readonly live = new RealtimeController(this, () => ({ client: this.client, memberId: this.auth.user?.member.id }), {
    onEvent: (event, data) => {
      this.liveChanges++;
      if (event === realtimeEvents.notificationCreated) {
        const { notification, unreadCount } = data as { notification: Notification; unreadCount: number };
        this.add([notification]);
        this.unread = unreadCount;
      }
      if (event === realtimeEvents.notificationsRead) {
        const { ids, unreadCount } = data as { ids: string[] | 'all'; unreadCount: number };
        const at = new Date().toISOString();
        this.items = this.items.map((n) => (n.readAt === null && (ids === 'all' || ids.includes(n.id)) ? { ...n, readAt: at } : n));
        this.unread = unreadCount;
      }
    },
    catchUp: () => void this.catchUp(),
  });

  /** The unread count the bell shows. */
  get unreadCount(): number {
    return this.unread;
  }

  private add(incoming: Notification[]): void {
    const known = new Set(this.items.map((n) => n.id));
    const fresh = incoming.filter((n) => !known.has(n.id));
    this.items = [...fresh.reverse(), ...this.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Counts live events, so a catch-up read that was in flight meanwhile (and may predate them) is read again. */
  private liveChanges = 0;

  private async catchUp(): Promise<void> {
    const client = this.client;
    if (!client || !this.auth.user) return;
    try {
      const changes = this.liveChanges;
      const page = await client.listNotifications(this.latestCursor ? { since: this.latestCursor, limit: 100 } : { limit: 20 });
      if (this.liveChanges !== changes) return void this.catchUp();
      this.add(page.items);
      this.unread = page.unreadCount;
      this.latestCursor = page.latestCursor;
    } catch {
      // Still offline: the next reconnect tries again.
    }
  }

  private toggle(): void {
    this.open = !this.open;
    if (this.open) void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('.panel h2')?.focus());
  }

  private close(focusBell = true): void {
    this.open = false;
    if (focusBell) void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('.bell')?.focus());
  }

  private async markAll(): Promise<void> {
    const result = await this.client?.markNotificationsRead({ all: true }).catch(() => undefined);
    if (!result) return;
    this.unread = result.unreadCount;
    const at = new Date().toISOString();
    this.items = this.items.map((n) => (n.readAt ? n : { ...n, readAt: at }));
  }

  private async choose(n: Notification): Promise<void> {
    if (!n.readAt) {
      const result = await this.client?.markNotificationsRead({ ids: [n.id] }).catch(() => undefined);
      if (result) {
        this.unread = result.unreadCount;
        this.items = this.items.map((x) => (x.id === n.id ? { ...x, readAt: new Date().toISOString() } : x));
      }
    }
    this.close(false);
    this.emit(new MentorNotificationSelectEvent({ notification: n }));
  }

  private keydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open) {
      event.stopPropagation();
      this.close();
    }
  }

  private renderPanel(): TemplateResult {
    const zone = viewerTimeZone();
    return html`<div class="panel" part="panel" id="notification-panel">
      <div class="panel-head">
        <h2 tabindex="-1">${this.s.notificationsLabel}</h2>
        ${this.unread > 0 ? html`<button class="button link" part="mark-all" type="button" @click=${this.markAll}>${this.s.markAllRead}</button>` : nothing}
      </div>
      ${this.load.error ? renderError(this.localize, this.load.error, () => this.load.run()) : nothing}
      ${
        this.items.length === 0
          ? html`<p class="muted">${this.s.noNotifications}</p>`
          : html`<ul>
            ${this.items.map(
              (
                n,
              ) => html`<li><button type="button" class="item ${n.readAt ? '' : 'unread'}" part="notification" data-notification-id=${n.id} @click=${() => this.choose(n)}>
                ${n.readAt ? nothing : html`<span class="visually-hidden">${this.s.unreadMark}: </span>`}${notificationText(this.localize, n)}
                ${n.data.reason ? html`<span class="muted">${this.s.reasonQuoted(n.data.reason)}</span>` : nothing}
                ${n.data.preview ? html`<span class="muted">${n.data.preview}</span>` : nothing}
                <span class="muted"><time datetime=${n.createdAt}>${this.localize.dateTime(n.createdAt, zone)}</time></span>
              </button></li>`,
            )}
          </ul>`
      }
    </div>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.client || !this.auth.user) return nothing;
    return html`<div @keydown=${this.keydown} @focusout=${(e: FocusEvent) => {
      if (this.open && !this.shadowRoot?.contains(e.relatedTarget as Node | null) && e.relatedTarget !== null) this.open = false;
    }}>
      <button class="bell" part="bell" type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="notification-panel"
        aria-label=${this.s.notificationsButton(this.unread)} @click=${this.toggle}>
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9"></path><path d="M13.73 21a2 2 0 0 1-3.46 0"></path>
        </svg>
        ${this.unread > 0 ? html`<span class="count" part="count" aria-hidden="true">${this.unread > 99 ? '99+' : this.unread}</span>` : nothing}
      </button>
      ${this.open ? this.renderPanel() : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this.unread > 0 ? this.s.notificationsButton(this.unread) : ''}</p>
    </div>`;
  }
}
