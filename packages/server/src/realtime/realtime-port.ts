/**
 * The one way the service publishes real-time events (DESIGN.md "Real-time"). Two implementations are
 * chosen by configuration: the built-in Pusher-compatible endpoint (default) and hosted Pusher (or any
 * Pusher-compatible server) through the official `pusher` SDK. Nothing else in the server knows which
 * one is in use.
 */
export interface RealtimePublisher {
  /**
   * Publishes one event to each channel. `data` is serialized to JSON once. `excludeSocketId` leaves out
   * the connection that caused the change (Pusher's `socket_id` exclusion).
   */
  publish(channels: string[], event: string, data: unknown, options?: { excludeSocketId?: string }): Promise<void>;
  /** Ends connections (the built-in endpoint closes with 4200 so clients reconnect at once). */
  close(): Promise<void>;
}

/** Publishes nowhere: for CLI commands that open the services without serving. */
export class SilentRealtime implements RealtimePublisher {
  async publish(): Promise<void> {}
  async close(): Promise<void> {}
}
