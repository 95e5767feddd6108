import { chmod, mkdir } from 'node:fs/promises';

/**
 * Creates `dir` (and parents) readable by the service's user only: the data directory holds the
 * signing secret, mailed sign-in codes and every stored record. An existing directory is tightened too.
 */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
}
