import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomToken } from './crypto.js';
import { ensurePrivateDir } from './private-dir.js';

/**
 * The service's signing secret: from MENTORKIT_SECRET, or (development only) generated once and kept in
 * `<dataDir>/secret.key` so tokens survive restarts.
 */
export async function resolveSecret(configured: string | undefined, dataDir: string): Promise<string> {
  if (configured) return configured;
  const file = path.join(dataDir, 'secret.key');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await ensurePrivateDir(dataDir);
  const secret = randomToken('', 48);
  await writeFile(file, secret + '\n', { mode: 0o600, flag: 'wx' }).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  return (await readFile(file, 'utf8')).trim();
}
