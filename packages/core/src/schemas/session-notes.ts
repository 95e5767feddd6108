import { z } from 'zod';

/** The most a Yjs update posted at once may weigh, base64-encoded (a long paste fits easily). */
export const MAX_NOTES_UPDATE_CHARS = 200_000;
/** Notes stay editable this long after the session's end, then become read-only (SPEC T4). */
export const NOTES_EDITABLE_AFTER_END_MS = 7 * 24 * 3_600_000;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Expected base64');

/**
 * A session's shared notes (SPEC T4): the merged Yjs document (`state`, base64 of
 * `Y.encodeStateAsUpdate`) whose `Y.Text` named `notes` holds the text, that text as plain `text` for
 * readers who do not load Yjs, and whether the caller may still edit.
 */
export const sessionNotesSchema = z.object({
  sessionId: z.string(),
  state: z.string(),
  /** The service's Yjs state vector (base64): post the changes the service has not seen relative to it. */
  stateVector: z.string(),
  text: z.string(),
  updatedAt: z.string().nullable(),
  editable: z.boolean(),
  editableUntil: z.string(),
});
export type SessionNotes = z.infer<typeof sessionNotesSchema>;

export const updateSessionNotesInputSchema = z.strictObject({
  /** A Yjs update (base64), e.g. `Y.encodeStateAsUpdate(doc, serverStateVector)`. Applying it twice is harmless. */
  update: base64.min(1).max(MAX_NOTES_UPDATE_CHARS, `Expected an update of at most ${MAX_NOTES_UPDATE_CHARS} base64 characters`),
  /** The caller's real-time socket id: the live broadcast skips that connection. */
  socketId: z
    .string()
    .regex(/^\d+\.\d+$/, 'Expected a Pusher socket id like "1234.5678"')
    .optional(),
});
export type UpdateSessionNotesInput = z.infer<typeof updateSessionNotesInputSchema>;

/** Real-time event on `private-session-{id}` when the notes changed: the update, or only a hint to refetch when too large. */
export const notesUpdatedEvent = 'notes.updated';
export interface NotesUpdatedPayload {
  sessionId: string;
  by: string;
  /** Absent when the update was too large to broadcast (Pusher's 10 KB); then fetch the notes. */
  update?: string;
}
