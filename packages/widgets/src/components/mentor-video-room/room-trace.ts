/**
 * A short, in-memory record of what the call did (signaling in and out, negotiation and ICE states),
 * with milliseconds since the page loaded. Nothing leaves the page: `<mentor-video-room>` hands it out
 * through `diagnostics()` for support and for the bench, which prints it when a step hangs.
 */
export class RoomTrace {
  private readonly entries: string[] = [];

  constructor(private readonly max = 400) {}

  add(text: string): void {
    this.entries.push(`${Math.round(performance.now())} ${text}`);
    if (this.entries.length > this.max) this.entries.shift();
  }

  get lines(): string[] {
    return [...this.entries];
  }
}
