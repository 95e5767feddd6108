// The runtime of the browser build of pusher-js that the SDK ships (see scripts/build-pusher-ws.mjs).
// pusher-js keeps everything platform-specific behind one `runtime` module (src/runtimes/<platform>/
// runtime.ts, chosen at build time); this one connects over WebSocket only — no HTTP streaming/polling
// fallbacks, no JSONP, no SockJS loader, no stats — which is all MentorKit's endpoints speak and all a
// current browser needs. The protocol, connection manager, channels and presence are pusher-js's own.
import transportConnectionInitializer from 'isomorphic/transports/transport_connection_initializer';
import BestConnectedEverStrategy from 'core/strategies/best_connected_ever_strategy';
import DelayedStrategy from 'core/strategies/delayed_strategy';
import FirstConnectedStrategy from 'core/strategies/first_connected_strategy';
import SequentialStrategy from 'core/strategies/sequential_strategy';
import Transport from 'core/transports/transport';
import TransportManager from 'core/transports/transport_manager';
import * as URLSchemes from 'core/transports/url_schemes';
import type Strategy from 'core/strategies/strategy';
import type TransportHooks from 'core/transports/transport_hooks';
import { Network } from 'web/net_info';

// (Compiled by esbuild inside pusher-js's source tree, not by this repository's tsc: the types below are
// the parts of pusher-js's own that this file relies on.)
interface StrategyConfig {
  wsHost: string;
  wsPort: number;
  wssPort: number;
  wsPath: string;
  activityTimeout: number;
}
type StrategyOptions = Record<string, unknown> & { useTLS?: boolean };
type DefineTransport = (
  config: StrategyConfig,
  name: string,
  type: string,
  priority: number,
  options: StrategyOptions,
  manager: TransportManager,
) => Strategy;

const hasWebSocket = () => typeof WebSocket !== 'undefined';

const ws = new Transport({
  urls: URLSchemes.ws,
  handlesActivityChecks: false,
  supportsPing: false,
  isInitialized: hasWebSocket,
  isSupported: hasWebSocket,
  getSocket: (url: string) => new WebSocket(url),
} as unknown as TransportHooks);

/** pusher-js's default strategy (src/runtimes/isomorphic/default_strategy.ts) without its HTTP branches. */
function getDefaultStrategy(config: StrategyConfig, baseOptions: StrategyOptions, defineTransport: DefineTransport) {
  const wsOptions = {
    ...baseOptions,
    hostNonTLS: `${config.wsHost}:${config.wsPort}`,
    hostTLS: `${config.wsHost}:${config.wssPort}`,
    httpPath: config.wsPath,
  };
  const manager = new TransportManager({ minPingDelay: 10000, maxPingDelay: config.activityTimeout });
  const timeouts = { loop: true, timeout: 15000, timeoutLimit: 60000 };
  const wsLoop = new SequentialStrategy([defineTransport(config, 'ws', 'ws', 3, wsOptions, manager)], timeouts);
  if (baseOptions.useTLS) return new FirstConnectedStrategy(wsLoop);
  const wssLoop = new SequentialStrategy([defineTransport(config, 'wss', 'ws', 3, { ...wsOptions, useTLS: true }, manager)], timeouts);
  return new FirstConnectedStrategy(new BestConnectedEverStrategy([wsLoop, new DelayedStrategy(wssLoop, { delay: 2000 })]));
}

const unsupported = () => {
  throw new Error('This pusher-js build connects over WebSocket only');
};

export default {
  setup(PusherClass: { ready(): void }) {
    PusherClass.ready();
  },
  getDefaultStrategy,
  Transports: { ws },
  transportConnectionInitializer,
  HTTPFactory: {},
  // Stats are off (`disableStats`), so the timeline is never sent.
  TimelineTransport: { name: 'none', getAgent: () => () => {} },
  // The SDK authorizes channels with its own `channelAuthorization.customHandler`; pusher-js still
  // expects its default transport to exist, so it is one that answers with an error.
  getAuthorizers: () => ({
    ajax: (_context: unknown, _query: string, _options: unknown, _type: unknown, callback: (error: Error, data: null) => void) =>
      callback(new Error('Pass channelAuthorization.customHandler: this pusher-js build has no HTTP auth transport'), null),
  }),
  getLocalStorage: () => undefined,
  getProtocol: () => (typeof location === 'undefined' ? 'http:' : location.protocol),
  getNetwork: () => Network,
  getClientFeatures: () => ['ws'],
  getWebSocketAPI: () => WebSocket,
  getXHRAPI: unsupported,
  isXHRSupported: () => false,
  createXHR: unsupported,
  createSocketRequest: unsupported,
  createWebSocket: (url: string) => new WebSocket(url),
  addUnloadListener() {},
  removeUnloadListener() {},
  randomInt: (max: number) => crypto.getRandomValues(new Uint32Array(1))[0]! % max,
};
