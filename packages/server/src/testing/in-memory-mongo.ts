import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** A MongoDB-wire-compatible in-memory server shipped as a binary in an npm package (Linux x64 only). */
const PACKAGE = '@jongodb/memory-server-bin-linux-x64-gnu';

export interface InMemoryMongo {
  /** `mongodb://127.0.0.1:<port>/test` */
  uri: string;
  stop(): Promise<void>;
}

/** The server's binary, or why there is none on this machine (the lane is skipped with that reason). */
export function findInMemoryMongo(): { binary: string } | { reason: string } {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return { reason: `${PACKAGE} ships a Linux x64 binary only (this machine is ${process.platform} ${process.arch})` };
  }
  try {
    const manifest = createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`);
    return { binary: path.join(path.dirname(manifest), 'bin', 'jongodb') };
  } catch {
    return {
      reason: `${PACKAGE} is not installed (an optional dependency: npm leaves it out off Linux x64 glibc or with --omit=optional)`,
    };
  }
}

/** Starts the server on a free loopback port; resolves once it prints the URI it listens on. */
export function startInMemoryMongo(binary: string): Promise<InMemoryMongo> {
  const child = spawn(binary, ['--host=127.0.0.1', '--port=0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const fail = (why: string) => {
      void stop();
      reject(new Error(`${PACKAGE} did not start: ${why}\n${output.slice(-2000)}`));
    };
    // A guard against a hung launch, not a measurement: a healthy start takes well under a second.
    const guard = setTimeout(() => fail('no JONGODB_URI line within 60 s'), 60_000);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      output += `${line}\n`;
      if (line.startsWith('JONGODB_URI=')) {
        clearTimeout(guard);
        resolve({ uri: line.slice('JONGODB_URI='.length), stop });
      } else if (line.startsWith('JONGODB_START_FAILURE=')) {
        clearTimeout(guard);
        fail(line);
      }
    });
    child.once('error', (error) => {
      clearTimeout(guard);
      fail(error.message);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(guard);
      reject(new Error(`${PACKAGE} exited (${signal ?? code}) before it was ready\n${output.slice(-2000)}`));
    });
  });
}
