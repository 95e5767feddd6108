import type { Config } from '../config.js';
import { startServer } from '../server.js';
import { demoAccounts, seedDemo } from '../demo/demo-seed.js';

/** Runs the service until SIGTERM/SIGINT, then shuts down gracefully (in-flight requests and mail finish). */
export async function serveCommand(config: Config): Promise<void> {
  const started = performance.now();
  const server = await startServer(config);
  const { services } = server;
  const seeded = config.demo ? await seedDemo(services) : undefined;
  const startupMs = Math.round(performance.now() - started);
  services.logger.info({ url: server.url, storage: services.storage.kind, mail: services.mailer.kind, startupMs }, 'listening');

  const lines = [
    '',
    `  MentorKit is running at ${config.publicUrl}  (started in ${startupMs} ms)`,
    `  storage: ${services.storage.kind === 'embedded' ? `embedded, in ${config.dataDir}` : 'MongoDB'}   ·   API reference: ${config.publicUrl}/v1/reference`,
  ];
  if (seeded) {
    lines.push(`  Demo community "${seeded.community.slug}" — sign in with any of:`);
    for (const account of demoAccounts) lines.push(`    ${account.email.padEnd(20)} ${account.note}`);
    lines.push(
      services.mailer.kind === 'outbox'
        ? `  Sign-in codes arrive in ${config.dataDir}/outbox/${config.devMail ? ` — or open ${config.publicUrl.replace(/\/\/[^/:]+/, '//localhost')}/dev/mail` : ' (MENTORKIT_DEV_MAIL=true lists them at /dev/mail)'}`
        : '  Sign-in codes are sent through SMTP_URL.',
    );
    lines.push(`  Example pages: ${config.publicUrl}/ (directory) · /members.html (member hub) · /admin.html (admin console)`);
    if (seeded.secretKey) lines.push(`  The demo community's secret key (shown once): ${seeded.secretKey}`);
  }
  console.log(lines.join('\n') + '\n');

  const shutdown = (signal: string) => {
    services.logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        services.logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}
