import { readFile } from 'node:fs/promises';
import { MentorKitError } from '@mentorkit/core';
import { ConfigError, type Config } from '../config.js';
import { importMembers, parseMembersCsv, validateRows } from '../services/member-import.js';
import { withServices } from './with-services.js';

/** Reads a roster file: `.csv` as CSV, anything else as JSON (an array, or `{ "members": [...] }`). */
async function readRows(file: string): Promise<{ line: number; raw: unknown }[]> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ConfigError(`cannot read ${file}: ${error.code ?? error.message}`);
  });
  if (file.toLowerCase().endsWith('.csv')) return parseMembersCsv(text);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new MentorKitError('IMPORT_INVALID', `${file} is not valid JSON: ${(error as Error).message}`);
  }
  const list = Array.isArray(json) ? json : (json as { members?: unknown }).members;
  if (!Array.isArray(list)) throw new MentorKitError('IMPORT_INVALID', `${file}: expected an array of members or { "members": [...] }`);
  return list.map((raw, i) => ({ line: i + 1, raw }));
}

export async function membersCommand(config: Config, values: { community?: string; file?: string }): Promise<void> {
  if (!values.community || !values.file) throw new ConfigError('members import needs --community and --file');
  const rows = validateRows(await readRows(values.file));
  await withServices(config, async (services) => {
    const community = await services.communities.getBySlug(values.community!);
    const result = await importMembers(services, community, rows);
    console.log(`Imported ${result.total} members into "${community.slug}": ${result.created} created, ${result.updated} updated.`);
  });
}
