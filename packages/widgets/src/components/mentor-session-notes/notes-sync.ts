import { notesUpdatedEvent, sessionChannel, type NotesUpdatedPayload, type SessionNotes } from '@mentorkit/core';
import type { MentorKitClient } from '@mentorkit/sdk';
import type * as Yjs from 'yjs';
import type { RoomRealtime } from '../mentor-video-room/room-realtime.js';

export type NotesSaveState = 'saved' | 'saving' | 'unsaved';

/** Typing stops, then the notes are saved this long after (SPEC T4: about 1 s). */
export const SAVE_AFTER_MS = 1000;
const RETRY_AFTER_MS = 3000;

const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/**
 * Keeps a textarea and the session's shared Yjs document in step: local edits become Yjs operations
 * (the changed span between common prefix and suffix), saved ~1 s after typing stops as the update the
 * service has not seen; updates from the other participant arrive live and keep the caret where it was.
 * The document starts from the service's state only, so a reload never adds text twice.
 */
export class NotesSync {
  state: NotesSaveState = 'saved';
  private readonly doc: Yjs.Doc;
  private serverVector: Uint8Array;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private inFlight = false;
  private unsubscribe?: () => void;

  constructor(
    private readonly Y: typeof Yjs,
    private readonly client: MentorKitClient,
    private readonly realtime: RoomRealtime | undefined,
    private readonly sessionId: string,
    notes: SessionNotes,
    private readonly textarea: () => HTMLTextAreaElement | null,
    private readonly onChange: () => void,
  ) {
    this.doc = new Y.Doc();
    Y.applyUpdate(this.doc, fromBase64(notes.state), 'remote');
    this.serverVector = fromBase64(notes.stateVector);
    this.unsubscribe = realtime?.subscribe(sessionChannel(sessionId), (event, data: NotesUpdatedPayload) => {
      if (event !== notesUpdatedEvent) return;
      if (data.update) this.applyRemote(fromBase64(data.update));
      else void this.refetch();
    });
  }

  get text(): string {
    return this.doc.getText('notes').toString();
  }

  /** The textarea's value changed: turn the difference into Yjs operations and schedule a save. */
  input(value: string): void {
    const old = this.text;
    let start = 0;
    while (start < old.length && start < value.length && old[start] === value[start]) start++;
    let end = 0;
    while (end < old.length - start && end < value.length - start && old[old.length - 1 - end] === value[value.length - 1 - end]) end++;
    const text = this.doc.getText('notes');
    this.doc.transact(() => {
      if (old.length - start - end > 0) text.delete(start, old.length - start - end);
      if (value.length - start - end > 0) text.insert(start, value.slice(start, value.length - end));
    }, 'local');
    this.scheduleSave(SAVE_AFTER_MS);
  }

  private scheduleSave(ms: number): void {
    clearTimeout(this.saveTimer);
    this.state = 'saving';
    this.onChange();
    this.saveTimer = setTimeout(() => void this.save(), ms);
  }

  /** Sends what the service has not seen; applies what the service has that we lack. */
  async save(): Promise<void> {
    if (this.inFlight) return this.scheduleSave(200);
    const update = this.Y.encodeStateAsUpdate(this.doc, this.serverVector);
    this.inFlight = true;
    try {
      const socketId = this.realtime?.socketId;
      const notes = await this.client.updateSessionNotes({
        sessionId: this.sessionId,
        update: toBase64(update),
        ...(socketId ? { socketId } : {}),
      });
      this.serverVector = fromBase64(notes.stateVector);
      this.applyRemote(fromBase64(notes.state));
      const pending = this.Y.encodeStateAsUpdate(this.doc, this.serverVector);
      this.state = pending.length > 2 ? 'saving' : 'saved';
      if (this.state === 'saving') this.scheduleSave(SAVE_AFTER_MS);
    } catch {
      this.state = 'unsaved';
      this.saveTimer = setTimeout(() => void this.save(), RETRY_AFTER_MS);
    } finally {
      this.inFlight = false;
      this.onChange();
    }
  }

  private async refetch(): Promise<void> {
    const notes = await this.client.getSessionNotes({ sessionId: this.sessionId }).catch(() => undefined);
    if (notes) this.applyRemote(fromBase64(notes.state));
  }

  /** Applies an update from elsewhere and puts the caret back where it was in the text. */
  private applyRemote(update: Uint8Array): void {
    const area = this.textarea();
    const text = this.doc.getText('notes');
    const Y = this.Y;
    const anchors = area ? [area.selectionStart, area.selectionEnd].map((i) => Y.createRelativePositionFromTypeIndex(text, i)) : [];
    const before = this.text;
    Y.applyUpdate(this.doc, update, 'remote');
    if (!area || this.text === before) return;
    area.value = this.text;
    const [start, end] = anchors.map((rel) => Y.createAbsolutePositionFromRelativePosition(rel, this.doc)?.index ?? 0);
    if (area.matches(':focus')) area.setSelectionRange(start!, end!);
    this.onChange();
  }

  /** Saves right away (leaving the room) and stops listening. */
  async close(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.unsubscribe?.();
    if (this.state !== 'saved') await this.save();
  }
}
