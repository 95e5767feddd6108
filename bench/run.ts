// `npm run bench`: runs every benchmark in this folder and prints one JSON line per measurement,
// then a summary with the machine and date (copy it into docs/performance.md).
import os from 'node:os';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = (await readdir(here)).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only))).sort();
const results: unknown[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(here, file)).href)) as {
    run?: () => Promise<unknown>;
    printSummary?: (result: any, loadBefore: string) => Promise<void>;
  };
  if (typeof mod.run !== 'function') continue;
  console.error(`# ${file}`);
  const loadBefore = (await readFile('/proc/loadavg', 'utf8').catch(() => 'n/a')).trim();
  const result = await mod.run();
  results.push(...(Array.isArray(result) ? result : [result]));
  // A bench may print a table of its own (machine, date, load) to paste into docs/performance.md.
  await mod.printSummary?.(result, loadBefore);
}
console.log(
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`,
      node: process.version,
      results,
    },
    null,
    2,
  ),
);
process.exit(0);
