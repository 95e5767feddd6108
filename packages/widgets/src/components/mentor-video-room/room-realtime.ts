import type { MentorKitClient, RealtimeClient } from '@mentorkit/sdk';

/** The SDK's `client.realtime` (pusher-js, loaded lazily on first subscribe), as the room uses it. */
export type RoomRealtime = Pick<RealtimeClient, 'subscribe' | 'onConnectionChange' | 'trigger' | 'socketId'>;

/** The client's real-time connection. */
export function realtimeOf(client: MentorKitClient): RoomRealtime {
  return client.realtime;
}
