import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '../../server/src/testing/test-server.js';
import { createClient, memoryStorage, operations } from './index.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.stop());

/** `[operationId, "METHOD /path"]` for every operation the service documents. */
async function documentedOperations(): Promise<Map<string, string>> {
  const doc = (await (await fetch(`${server.url}/v1/openapi.json`)).json()) as {
    paths: Record<string, Record<string, { operationId?: string }>>;
  };
  const out = new Map<string, string>();
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) if (op.operationId) out.set(op.operationId, `${method.toUpperCase()} ${path}`);
  }
  return out;
}

test('every documented operation has an SDK method with the same method and path', async () => {
  const documented = await documentedOperations();
  const client = createClient({ baseUrl: server.url, community: 'demo', storage: memoryStorage() }) as unknown as Record<string, unknown>;
  const problems: string[] = [];
  for (const [id, route] of documented) {
    const spec = (operations as Record<string, { method: string; path: string }>)[id];
    if (!spec) problems.push(`${id} (${route}) is missing from packages/sdk/src/operations.ts`);
    else if (`${spec.method} ${spec.path}` !== route) problems.push(`${id}: SDK has ${spec.method} ${spec.path}, API has ${route}`);
    if (typeof client[id] !== 'function') problems.push(`client.${id} is not a function`);
  }
  assert.deepEqual(problems, []);
});

test('every SDK operation exists in the API', async () => {
  const documented = await documentedOperations();
  assert.deepEqual(
    Object.keys(operations).filter((id) => !documented.has(id)),
    [],
  );
});
