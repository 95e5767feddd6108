import type { Config } from '../config.js';
import { createLogger } from '../logger.js';
import { buildServices, closeServices } from '../server.js';
import type { Services } from '../service-container.js';

/** Runs a one-off CLI command against the configured storage, closing it afterwards. */
export async function withServices<T>(config: Config, run: (services: Services) => Promise<T>): Promise<T> {
  const services = await buildServices(config, {
    logger: createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel),
    silentRealtime: true,
  });
  try {
    return await run(services);
  } finally {
    await closeServices(services);
  }
}
