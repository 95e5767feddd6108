import {
  MentorKitError,
  NOTES_EDITABLE_AFTER_END_MS,
  notesUpdatedEvent,
  sessionChannel,
  validationFailed,
  type NotesUpdatedPayload,
  type SessionNotes,
  type UpdateSessionNotesInput,
} from '@mentorkit/core';
import type * as Yjs from 'yjs';
import type { AuthContext } from '../context.js';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { SessionRecord } from '../repositories/session-repository.js';
import type { Services } from '../service-container.js';

/** The stored document may not grow past this (base64 characters); a few hundred pages of text. */
export const MAX_NOTES_STATE_CHARS = 1_000_000;
/** Updates up to this size travel in the live event; larger ones only announce a change (Pusher's 10 KB limit). */
const MAX_BROADCAST_UPDATE_CHARS = 8_000;
/** Concurrent merges retry this often before giving up with 409 (two people typing never get near it). */
const MAX_MERGE_ATTEMPTS = 20;
/** Sessions whose notes can be edited (and read live) at all. */
const EDITABLE_STATUSES = new Set(['confirmed', 'completed']);

/** The session's two participants only — not admins (SPEC T4: "visible to participants only"). */
async function participantSession(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  sessionId: string,
): Promise<SessionRecord> {
  const session = await services.sessions.findById(community.id, sessionId);
  if (!session) throw new MentorKitError('SESSION_NOT_FOUND', `No session ${sessionId} in this community`);
  if (session.mentorId !== auth.member.id && session.menteeId !== auth.member.id) {
    throw new MentorKitError('NOT_PARTICIPANT', 'Only the two participants of a session can read or edit its notes');
  }
  return session;
}

function editableUntil(session: SessionRecord): Date {
  return new Date(session.end.getTime() + NOTES_EDITABLE_AFTER_END_MS);
}

function isEditable(session: SessionRecord, now: Date): boolean {
  return EDITABLE_STATUSES.has(session.status) && now.getTime() < editableUntil(session).getTime();
}

/** Yjs loads with the first notes request, not at start-up (about 50 ms of the service's start). */
let yjs: Promise<typeof Yjs> | undefined;
const loadYjs = (): Promise<typeof Yjs> => (yjs ??= import('yjs'));

function docFrom(Y: typeof Yjs, state: string | undefined): Yjs.Doc {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, Buffer.from(state, 'base64'));
  return doc;
}

function toNotes(Y: typeof Yjs, session: SessionRecord, doc: Yjs.Doc, updatedAt: Date | null, now: Date): SessionNotes {
  return {
    sessionId: session.id,
    state: Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64'),
    stateVector: Buffer.from(Y.encodeStateVector(doc)).toString('base64'),
    text: doc.getText('notes').toString(),
    updatedAt: updatedAt ? updatedAt.toISOString() : null,
    editable: isEditable(session, now),
    editableUntil: editableUntil(session).toISOString(),
  };
}

/** A session's notes for one of its participants (operation `getSessionNotes`), in and outside the room. */
export async function getSessionNotes(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  sessionId: string,
): Promise<SessionNotes> {
  const session = await participantSession(services, community, auth, sessionId);
  const stored = await services.sessionNotes.find(community.id, session.id);
  const Y = await loadYjs();
  return toNotes(Y, session, docFrom(Y, stored?.state), stored?.updatedAt ?? null, services.now());
}

/**
 * Merges a participant's Yjs update into the stored document (operation `updateSessionNotes`) and
 * sends it live to the other side over `private-session-{id}`. Yjs merges are commutative and
 * idempotent, so concurrent posts converge whatever their order; the conditional save retries a merge
 * that lost a race instead of overwriting it. The document only ever starts empty on the server, so a
 * client never seeds text and a reload cannot duplicate it.
 */
export async function updateSessionNotes(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  sessionId: string,
  input: UpdateSessionNotesInput,
): Promise<SessionNotes> {
  const session = await participantSession(services, community, auth, sessionId);
  const now = services.now();
  if (!isEditable(session, now)) {
    throw new MentorKitError(
      'NOTES_READ_ONLY',
      EDITABLE_STATUSES.has(session.status)
        ? `These notes became read-only at ${editableUntil(session).toISOString()}, 7 days after the session`
        : `Notes can only be edited for confirmed or completed sessions; this one is ${session.status}`,
    );
  }
  const update = Buffer.from(input.update, 'base64');
  const Y = await loadYjs();
  for (let attempt = 0; attempt < MAX_MERGE_ATTEMPTS; attempt++) {
    const stored = await services.sessionNotes.find(community.id, session.id);
    const doc = docFrom(Y, stored?.state);
    try {
      Y.applyUpdate(doc, update);
    } catch (cause) {
      throw validationFailed(
        'request body',
        { path: 'update', message: 'Expected a Yjs update (base64 of Y.encodeStateAsUpdate)' },
        { cause },
      );
    }
    const state = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
    if (state.length > MAX_NOTES_STATE_CHARS)
      throw new MentorKitError('PAYLOAD_TOO_LARGE', 'These notes are too long to store; shorten them first');
    if (stored?.state === state) return toNotes(Y, session, doc, stored.updatedAt, now); // nothing new
    if (await services.sessionNotes.save(community.id, session.id, state, stored?.version ?? 0, now)) {
      await broadcast(services, session, auth.member.id, input);
      return toNotes(Y, session, doc, now, now);
    }
  }
  throw new MentorKitError('CONFLICT', 'The notes are being changed very quickly by someone else; send the update again');
}

async function broadcast(services: Services, session: SessionRecord, by: string, input: UpdateSessionNotesInput): Promise<void> {
  const payload: NotesUpdatedPayload = {
    sessionId: session.id,
    by,
    ...(input.update.length <= MAX_BROADCAST_UPDATE_CHARS ? { update: input.update } : {}),
  };
  await services.realtime.publish(
    [sessionChannel(session.id)],
    notesUpdatedEvent,
    payload,
    input.socketId ? { excludeSocketId: input.socketId } : {},
  );
}
