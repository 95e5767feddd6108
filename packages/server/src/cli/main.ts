#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { MentorKitError } from '@mentorkit/core';
import { communityCommand } from './community-command.js';
import { membersCommand } from './members-command.js';
import { seedCommand } from './seed-command.js';
import { serveCommand } from './serve-command.js';

const usage = `Usage: mentorkit <command>

  serve [--dev-mail]             run the service (default); demo data is seeded on first start in development;
                                 --dev-mail lists the outbox at http://localhost:PORT/dev/mail (npm start turns it on)
  seed                           create the demo community and accounts (idempotent)
  community create --slug S --name N [--origin URL ...] [--sign-in-mode members-only|open] [--approval manual|auto]
  members import --community S --file members.csv|members.json

Configuration comes from the environment: PORT, MENTORKIT_DATA_DIR, PUBLIC_URL, MONGODB_URI, SMTP_URL,
MENTORKIT_SECRET, MENTORKIT_ADMIN_TOKEN, LOG_LEVEL (see docs/configuration.md).`;

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      slug: { type: 'string' },
      name: { type: 'string' },
      origin: { type: 'string', multiple: true },
      'sign-in-mode': { type: 'string' },
      approval: { type: 'string' },
      community: { type: 'string' },
      file: { type: 'string' },
      'dev-mail': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command = 'serve', sub] = positionals;
  if (values.help || command === 'help') return console.log(usage);
  const config = loadConfig(values['dev-mail'] ? { ...process.env, MENTORKIT_DEV_MAIL: 'true' } : process.env);
  switch (command) {
    case 'serve':
      return serveCommand(config);
    case 'seed':
      return seedCommand(config);
    case 'community':
      if (sub !== 'create') throw new ConfigError(`unknown command "community ${sub ?? ''}"; try "community create"`);
      return communityCommand(config, values);
    case 'members':
      if (sub !== 'import') throw new ConfigError(`unknown command "members ${sub ?? ''}"; try "members import"`);
      return membersCommand(config, values);
    default:
      throw new ConfigError(`unknown command "${command}"\n\n${usage}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`mentorkit: ${error.message}`);
  else if (error instanceof MentorKitError) {
    console.error(`mentorkit: ${error.message}`);
    const details = error.details as { line?: number; path?: string; message?: string }[] | undefined;
    if (Array.isArray(details)) for (const d of details.slice(0, 20)) console.error(`  line ${d.line ?? '?'}: ${d.path}: ${d.message}`);
  } else if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) console.error(`mentorkit: ${(error as Error).message}`);
  else console.error('mentorkit: unexpected failure', error);
  process.exitCode = 1;
});
