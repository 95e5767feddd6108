import type { Config } from '../config.js';
import { demoAccounts, seedDemo } from '../demo/demo-seed.js';
import { withServices } from './with-services.js';

export async function seedCommand(config: Config): Promise<void> {
  await withServices(config, async (services) => {
    const { community, secretKey, created } = await seedDemo(services);
    console.log(
      created
        ? `Created community "${community.slug}" (${community.name}).`
        : `Community "${community.slug}" already exists; nothing changed.`,
    );
    if (secretKey) console.log(`Its secret key (shown once): ${secretKey}`);
    console.log(`Demo accounts: ${demoAccounts.map((a) => a.email).join(', ')}`);
  });
}
