/**
 * Who is subscribed to what on the built-in endpoint, and presence per user (pusher-protocol.md §7.4–7.6):
 * a user with two sockets on a presence channel is one member; `member_added` goes out on the first
 * socket, `member_removed` on the last.
 */

/** What the registry needs of a connection: an id and a way to send a frame (text, or its UTF-8 bytes). */
export interface Subscriber {
  readonly socketId: string;
  send(frame: string | Buffer): void;
}

export interface PresenceMember {
  userId: string;
  userInfo: unknown;
}

interface PresenceUser {
  info: unknown;
  sockets: Set<Subscriber>;
}

interface Channel {
  sockets: Set<Subscriber>;
  /** Presence channels only: user id → info and that user's sockets here. */
  users?: Map<string, PresenceUser>;
}

/** Serializes a server → client frame; `data` is already a JSON string (never encoded twice). */
export function frame(event: string, data: string, channel?: string, userId?: string): string {
  return JSON.stringify(
    channel === undefined ? { event, data } : userId === undefined ? { event, channel, data } : { event, channel, data, user_id: userId },
  );
}

export class ChannelRegistry {
  private readonly channels = new Map<string, Channel>();
  /** Which presence member a socket is on each presence channel (for clean removal). */
  private readonly presenceOf = new Map<Subscriber, Map<string, string>>();

  /** The presence member a socket is on a channel (for `user_id` on client events). */
  presenceUserOf(socket: Subscriber, channel: string): string | undefined {
    return this.presenceOf.get(socket)?.get(channel);
  }

  isSubscribed(socket: Subscriber, channel: string): boolean {
    return this.channels.get(channel)?.sockets.has(socket) ?? false;
  }

  /** Adds a socket to a public or private channel. Subscribing twice changes nothing. */
  subscribe(socket: Subscriber, channel: string): void {
    let entry = this.channels.get(channel);
    if (!entry) this.channels.set(channel, (entry = { sockets: new Set() }));
    entry.sockets.add(socket);
  }

  /**
   * Adds a socket to a presence channel as `member`; tells the other sockets when the user is new to
   * the channel. Returns the presence data for `subscription_succeeded` (including the new member).
   */
  subscribePresence(
    socket: Subscriber,
    channel: string,
    member: PresenceMember,
  ): { ids: string[]; hash: Record<string, unknown>; count: number } {
    let entry = this.channels.get(channel);
    if (!entry) this.channels.set(channel, (entry = { sockets: new Set(), users: new Map() }));
    const users = (entry.users ??= new Map());
    const previous = this.presenceOf.get(socket)?.get(channel);
    if (previous !== undefined && previous !== member.userId) this.leavePresence(socket, channel, entry);
    entry.sockets.add(socket);
    let user = users.get(member.userId);
    if (!user) {
      users.set(member.userId, (user = { info: member.userInfo, sockets: new Set() }));
      const added = frame('pusher_internal:member_added', JSON.stringify({ user_id: member.userId, user_info: member.userInfo }), channel);
      for (const other of entry.sockets) if (other !== socket) other.send(added);
    }
    user.sockets.add(socket);
    let mine = this.presenceOf.get(socket);
    if (!mine) this.presenceOf.set(socket, (mine = new Map()));
    mine.set(channel, member.userId);
    const hash: Record<string, unknown> = {};
    for (const [id, u] of users) hash[id] = u.info;
    return { ids: [...users.keys()], hash, count: users.size };
  }

  unsubscribe(socket: Subscriber, channel: string): void {
    const entry = this.channels.get(channel);
    if (!entry?.sockets.has(socket)) return;
    this.leavePresence(socket, channel, entry);
    entry.sockets.delete(socket);
    if (entry.sockets.size === 0) this.channels.delete(channel);
  }

  /** Everything a closing socket was part of (§7.6). */
  unsubscribeAll(socket: Subscriber, channels: Iterable<string>): void {
    for (const channel of channels) this.unsubscribe(socket, channel);
    this.presenceOf.delete(socket);
  }

  /**
   * Sends one frame to every socket on `channel`, except the socket with id `exceptSocketId`. Pass the
   * frame as bytes for a large channel: each socket then sends the same buffer, not its own UTF-8 copy.
   */
  broadcast(channel: string, serialized: string | Buffer, exceptSocketId?: string): void {
    const entry = this.channels.get(channel);
    if (!entry) return;
    for (const socket of entry.sockets) if (socket.socketId !== exceptSocketId) socket.send(serialized);
  }

  /** Occupied channels whose name starts with `prefix`. */
  occupied(prefix = ''): Array<{ name: string; userCount?: number; subscriptionCount: number }> {
    const out: Array<{ name: string; userCount?: number; subscriptionCount: number }> = [];
    for (const [name, entry] of this.channels) {
      if (name.startsWith(prefix)) out.push({ name, userCount: entry.users?.size, subscriptionCount: entry.sockets.size });
    }
    return out;
  }

  info(channel: string): { occupied: boolean; userCount?: number; subscriptionCount: number } {
    const entry = this.channels.get(channel);
    return {
      occupied: !!entry,
      userCount: entry?.users ? entry.users.size : channel.startsWith('presence-') ? 0 : undefined,
      subscriptionCount: entry?.sockets.size ?? 0,
    };
  }

  users(channel: string): string[] {
    return [...(this.channels.get(channel)?.users?.keys() ?? [])];
  }

  private leavePresence(socket: Subscriber, channel: string, entry: Channel): void {
    const mine = this.presenceOf.get(socket);
    const userId = mine?.get(channel);
    if (userId === undefined || !entry.users) return;
    mine!.delete(channel);
    const user = entry.users.get(userId);
    if (!user) return;
    user.sockets.delete(socket);
    if (user.sockets.size > 0) return;
    entry.users.delete(userId);
    const removed = frame('pusher_internal:member_removed', JSON.stringify({ user_id: userId }), channel);
    for (const other of entry.sockets) if (other !== socket) other.send(removed);
  }
}
