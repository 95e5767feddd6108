import { registerNotifications } from '../notifications/notifier.js';
import { registerLivePublishing } from '../realtime/live-publisher.js';
import { SilentRealtime, type RealtimePublisher } from '../realtime/realtime-port.js';
import type { Services } from '../services.js';

const silent = new SilentRealtime();

/**
 * Every subscriber of the domain events, registered in one place and in this order: notifications are
 * created first (they announce `notification.created`), then changes are published live.
 */
export function registerSubscribers(services: Services): void {
  registerNotifications(services);
  registerLivePublishing(services, () => (services as Partial<{ realtime: RealtimePublisher }>).realtime ?? silent);
}
