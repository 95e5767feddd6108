// The SDK's browser build of pusher-js (src/vendor/pusher-ws.ts) is generated: it must be what
// scripts/build-pusher-ws.mjs makes from the installed pusher-js, so an upgrade cannot leave it behind.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

test('src/vendor/pusher-ws.ts is current (regenerate with `node scripts/build-pusher-ws.mjs`)', async () => {
  const { buildPusherWs, pusherWsFile } = (await import(pathToFileURL(path.join(root, 'scripts/build-pusher-ws.mjs')).href)) as {
    buildPusherWs(): Promise<string>;
    pusherWsFile: string;
  };
  const { version } = JSON.parse(readFileSync(path.join(root, 'node_modules/pusher-js/package.json'), 'utf8')) as { version: string };
  const committed = readFileSync(pusherWsFile, 'utf8');
  assert.match(committed, new RegExp(`from pusher-js ${version.replace(/\./g, '\\.')} `), 'built from the installed pusher-js');
  assert.ok(committed === (await buildPusherWs()), 'the committed file equals a fresh build');
});

test('the build connects over WebSocket only and carries no HTTP fallback, JSONP or script loader', () => {
  const code = readFileSync(path.join(root, 'packages/sdk/src/vendor/pusher-ws.ts'), 'utf8');
  assert.match(code, /new WebSocket\(url\)/);
  for (const absent of ['XMLHttpRequest(', 'xhr_streaming', 'xhr_polling', 'createScriptRequest', 'createJSONPRequest'])
    assert.ok(!code.includes(absent), `no ${absent}`);
});
