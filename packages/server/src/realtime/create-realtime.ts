import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { BuiltInRealtime } from './built-in-realtime.js';
import { hmacHex } from './pusher-signatures.js';
import type { RealtimeService } from './realtime-port.js';

/**
 * The real-time implementation the configuration asks for. The built-in endpoint's key and secret are
 * derived from the service's signing secret unless MENTORKIT_REALTIME_* set them (another process that
 * triggers through the REST API needs them). The hosted adapter (and the `pusher` SDK, ~50 ms to load) is
 * loaded only when configured.
 */
export async function createRealtime(config: Config, secret: string, logger: Logger): Promise<RealtimeService> {
  const r = config.realtime;
  if (r.kind === 'hosted') {
    const { HostedRealtime } = await import('./hosted-realtime.js');
    return new HostedRealtime(r, logger);
  }
  return new BuiltInRealtime({
    appId: r.appId ?? 'mentorkit',
    key: r.key ?? hmacHex(secret, 'mentorkit realtime key').slice(0, 20),
    secret: r.secret ?? hmacHex(secret, 'mentorkit realtime secret').slice(0, 40),
    activityTimeoutSec: r.activityTimeoutSec,
    maxConnections: r.maxConnections,
    logger,
  });
}
