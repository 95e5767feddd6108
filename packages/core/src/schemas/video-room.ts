import { z } from 'zod';

/** One entry of `RTCConfiguration.iceServers`: STUN, or TURN with time-limited credentials (SPEC V1). */
export const iceServerSchema = z.object({
  urls: z.array(z.string()),
  username: z.string().optional(),
  credential: z.string().optional(),
});
export type IceServer = z.infer<typeof iceServerSchema>;

/**
 * What the video room needs (SPEC V1, V3): the session's channels, who is on the other side, when the
 * room is open, and the ICE servers. Only a participant of a confirmed session inside its join window
 * gets it; TURN credentials in it expire at `iceServersExpireAt`.
 */
export const sessionRoomSchema = z.object({
  sessionId: z.string(),
  topic: z.string(),
  /** The caller (their member id decides who is the polite peer). */
  self: z.object({ id: z.string(), name: z.string(), side: z.enum(['mentor', 'mentee']) }),
  other: z.object({ id: z.string(), name: z.string(), side: z.enum(['mentor', 'mentee']) }),
  start: z.string(),
  end: z.string(),
  joinOpensAt: z.string(),
  joinClosesAt: z.string(),
  channels: z.object({ signaling: z.string(), presence: z.string() }),
  iceServers: z.array(iceServerSchema),
  iceServersExpireAt: z.string().nullable(),
});
export type SessionRoom = z.infer<typeof sessionRoomSchema>;

/** Why the room refused (in `error.details.reason` of ROOM_NOT_OPEN), with the window to show. */
export const roomRefusalDetailsSchema = z.object({
  reason: z.enum(['too_early', 'too_late']),
  joinOpensAt: z.string(),
  joinClosesAt: z.string(),
});
export type RoomRefusalDetails = z.infer<typeof roomRefusalDetailsSchema>;
