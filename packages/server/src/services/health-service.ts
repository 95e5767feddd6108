import type { Services } from '../service-container.js';

/** What `/health` reports once the store has answered a real round trip (a failing store throws: 500). */
export async function checkHealth(
  services: Services,
): Promise<{ status: 'ok'; storage: 'embedded' | 'mongodb'; mail: 'smtp' | 'outbox'; uptimeSeconds: number }> {
  await services.communities.findBySlug('__health__');
  return { status: 'ok', storage: services.storage.kind, mail: services.mailer.kind, uptimeSeconds: Math.round(process.uptime()) };
}
