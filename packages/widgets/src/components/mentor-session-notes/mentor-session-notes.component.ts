import type { SessionNotes } from '@mentorkit/core';
import { Task } from '@lit/task';
import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { MentorElement } from '../../base/mentor-element.js';
import { roomText } from '../../i18n/room-localize.js';
import { renderError, renderLoading } from '../../shared/states.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { realtimeOf } from '../mentor-video-room/room-realtime.js';
import type { NotesSync } from './notes-sync.js';

/**
 * @tagname mentor-session-notes
 * @summary A session's shared notes (SPEC T4): both participants edit at once in the video room, saved
 * about 1 s after typing stops and live for the other side; read-only once the service says so.
 * Loads its CRDT library (Yjs) only when the notes are editable.
 *
 * @csspart notes - The textarea (or the read-only text).
 * @csspart save-state - "Saving…" / "Saved".
 */
export class MentorSessionNotes extends MentorElement {
  static override styles = [
    sharedStyles,
    css`
      :host { background: transparent; }
      textarea { min-height: 12rem; resize: vertical; }
      .readonly { white-space: pre-wrap; overflow-wrap: anywhere; }
      .row { display: flex; justify-content: space-between; gap: 0.5rem; align-items: baseline; flex-wrap: wrap; }
    `,
  ];

  /** The session whose notes to show. */
  @property({ attribute: 'session-id' }) sessionId = '';

  private sync?: NotesSync;

  private readonly notes = new Task(this, {
    args: () => [this.client, this.sessionId] as const,
    task: async ([client, sessionId], { signal }): Promise<SessionNotes | undefined> => {
      if (!client || !sessionId) return undefined;
      await this.sync?.close();
      this.sync = undefined;
      const notes = await client.getSessionNotes({ sessionId }, { signal });
      if (notes.editable) {
        const [Y, { NotesSync }] = await Promise.all([import('yjs'), import('./notes-sync.js')]);
        this.sync = new NotesSync(
          Y,
          client,
          realtimeOf(client),
          sessionId,
          notes,
          () => this.shadowRoot?.querySelector('textarea') ?? null,
          () => this.requestUpdate(),
        );
      }
      return notes;
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void this.sync?.close();
  }

  /** Saves pending edits now (the room calls this when leaving). */
  flush(): Promise<void> {
    return this.sync?.save() ?? Promise.resolve();
  }

  protected override render(): TemplateResult {
    const localize = this.localize;
    return (
      this.notes.render({
        initial: () => renderLoading(localize),
        pending: () => renderLoading(localize),
        error: (error) => renderError(localize, error, () => this.notes.run()),
        complete: (notes) => {
          if (!notes) return html``;
          const sync = this.sync;
          if (!sync) {
            return html`<p class="muted">${roomText(localize, 'notesReadOnly')}</p>
            <div class="readonly" part="notes">${notes.text || roomText(localize, 'notesEmpty')}</div>`;
          }
          const saveState = roomText(
            localize,
            sync.state === 'saved' ? 'notesSaved' : sync.state === 'saving' ? 'notesSaving' : 'notesUnsaved',
          );
          return html`<div class="row"><label for="notes">${roomText(localize, 'notesLabel')}</label>
            <span class="hint" part="save-state" role="status">${saveState}</span></div>
          <p class="hint" id="notes-hint">${roomText(localize, 'notesHint')}</p>
          <textarea id="notes" part="notes" aria-describedby="notes-hint" .value=${sync.text} @input=${(e: Event) => sync.input((e.target as HTMLTextAreaElement).value)}></textarea>
          ${nothing}`;
        },
      }) ?? html``
    );
  }
}
