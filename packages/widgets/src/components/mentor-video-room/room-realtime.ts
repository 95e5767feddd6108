import type { MentorKitClient } from '@mentorkit/sdk';

/** The SDK's `client.realtime` (pusher-js, loaded lazily on first subscribe), as the room uses it. */
export interface RoomRealtime {
  subscribe(channel: string, handler: (event: string, data: any, meta: { userId?: string }) => void): () => void;
  onConnectionChange(handler: (state: 'connecting' | 'connected' | 'unavailable' | 'disconnected', info: { reconnected: boolean }) => void): () => void;
  trigger(channel: string, event: `client-${string}`, data: unknown): boolean;
  readonly socketId: string | null;
}

/** The client's real-time connection, or undefined when the service has real-time off. */
export function realtimeOf(client: MentorKitClient): RoomRealtime | undefined {
  return (client as unknown as { realtime?: RoomRealtime }).realtime;
}
