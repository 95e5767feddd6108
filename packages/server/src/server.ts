import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.js';
import type { Config } from './config.js';
import { createMailer } from './email/mailer.js';
import { createLogger, type Logger } from './logger.js';
import { resolveSecret } from './security/secret.js';
import { createServices, type Services } from './service-container.js';
import { openStorage } from './storage/open-storage.js';
import { createRealtime } from './realtime/create-realtime.js';
import { SilentRealtime } from './realtime/realtime-port.js';
import type { Server } from 'node:http';

export interface RunningServer {
  url: string;
  port: number;
  services: Services;
  /** Closes real-time sockets (4200), stops accepting, finishes in-flight requests and background mail, closes storage. */
  close(): Promise<void>;
}

const LOOPBACK_BIND = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i;

/**
 * The warning for a development or test server listening beyond this machine: demo data, a generated
 * secret and maybe the outbox page would be reachable from the network. Null when the bind is loopback
 * or the server runs in production.
 */
export function publicBindWarning(config: Config): string | null {
  if (config.env === 'production' || LOOPBACK_BIND.test(config.host)) return null;
  const lines = [
    '',
    '  ****************************************************************************************',
    `  WARNING: a ${config.env} server is listening on ${config.host}, reachable from the network.`,
    '  Development mode seeds demo accounts and keeps its secret in the data directory.',
  ];
  if (config.devMail) lines.push('  /dev/mail is on; it answers loopback requests only, but turn it off on shared networks.');
  lines.push(
    '  For anything but local development set NODE_ENV=production, or HOST=127.0.0.1.',
    '  ****************************************************************************************',
    '',
  );
  return lines.join('\n');
}

/** Builds the services for a configuration (used by the server and by CLI commands). */
export async function buildServices(
  config: Config,
  options: { logger?: Logger; now?: () => Date; /** CLI commands that never serve publish nowhere. */ silentRealtime?: boolean } = {},
): Promise<Services> {
  const secret = await resolveSecret(config.secret, config.dataDir);
  const storage = await openStorage(config);
  const mailer = createMailer({ smtpUrl: config.smtpUrl, dataDir: config.dataDir, from: config.mailFrom });
  const logger = options.logger ?? createLogger(config.logLevel);
  const realtime = options.silentRealtime ? new SilentRealtime() : await createRealtime(config, secret, logger);
  return createServices({ config, secret, storage, mailer, logger, now: options.now, realtime });
}

export async function closeServices(services: Services): Promise<void> {
  await services.jobRunner.stop();
  await services.realtime.close();
  await services.background.drain();
  services.mailer.close();
  await services.storage.close();
}

/**
 * Starts the HTTP service. `port: 0` picks a free port (tests); the returned `url` is where it listens.
 * @example const server = await startServer(loadConfig({ PORT: '0', MENTORKIT_DATA_DIR: dir }))
 */
export async function startServer(
  config: Config,
  options: { services?: Services; extend?: (app: ReturnType<typeof createApp>, services: Services) => void } = {},
): Promise<RunningServer> {
  const services = options.services ?? (await buildServices(config));
  const app = createApp(services);
  options.extend?.(app, services);
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
    s.once('error', reject);
  });
  services.jobRunner.start();
  services.realtime.attach?.(server as Server);
  const port = (server.address() as AddressInfo).port;
  const warning = publicBindWarning(config);
  if (warning) {
    services.logger.warn({ host: config.host, env: config.env }, 'non-production server bound to a public interface');
    console.error(warning);
  }
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    services,
    close() {
      closing ??= (async () => {
        // Real-time sockets first, with 4200: pusher-js reconnects at once (to the next process).
        await services.realtime.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Idle keep-alive sockets would hold close() open; in-flight requests still finish.
          (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
        });
        await closeServices(services);
      })();
      return closing;
    },
  };
}
