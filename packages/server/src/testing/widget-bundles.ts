import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/**
 * Builds the widget bundles the service serves at /mentorkit/ when they are missing or older than their
 * sources (scripts/prestart.mjs, as `npm start` does); a no-op after `npm run build`.
 */
export function ensureWidgetBundles(): void {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/prestart.mjs')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('Building the widget bundles failed (node scripts/prestart.mjs)');
}
