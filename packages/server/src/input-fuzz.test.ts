import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { startTestServer, type TestServer } from './testing/test-server.js';

/**
 * Property: whatever a client sends to any operation in the OpenAPI document — random values for the
 * documented body fields, query parameters and path ids (real ids mixed in, so requests reach deep
 * code) — the answer is never a 5xx, and every 4xx carries a coded JSON error (SPEC: "a 500 is always
 * a bug"). Driven by the document, so new operations are covered without touching this file.
 */
type Operation = { method: string; path: string; operationId: string; bodyKeys?: string[]; queryKeys: string[] };

const adminPaths = /\/(members|settings|approve|reject|mentor-applications|webhooks)(\/|$)/;

function schemaKeys(schema: any, components: any): string[] | undefined {
  const resolved = schema?.$ref ? components.schemas[schema.$ref.split('/').pop()] : schema;
  return resolved?.properties ? Object.keys(resolved.properties) : undefined;
}

/** Values a confused or hostile client might send in a field. */
const fieldValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    'javascript:alert(1)',
    '<img src=x onerror=alert(1)>',
    '2026-02-30T10:00:00Z',
    '2026-13-01',
    'Mars/Olympus',
    'NaN',
    '-1',
    '1e309',
    '\u0000',
    'a'.repeat(3000),
  ),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double(),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);

/**
 * A generated value as query text. Not `String(value)`: `{ toString: '' }` (which fast-check generates)
 * makes String() throw, which crashed the test rather than testing the service.
 */
function asQueryText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

describe('input fuzzing over every operation (property-based)', () => {
  let server: TestServer;
  let operations: Operation[];
  let memberToken: string;
  let ids: string[];

  before(async () => {
    server = await startTestServer();
    const doc = (await server.api('GET', '/v1/openapi.json')).body;
    operations = Object.entries<any>(doc.paths).flatMap(([path, ops]) =>
      Object.entries<any>(ops).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        operationId: op.operationId,
        bodyKeys: op.requestBody ? (schemaKeys(op.requestBody.content?.['application/json']?.schema, doc.components) ?? []) : undefined,
        queryKeys: (op.parameters ?? []).filter((p: any) => p.in === 'query').map((p: any) => p.name),
      })),
    );
    // Cruz is both mentor and mentee, so member requests get past role checks into validation.
    memberToken = (await server.signIn('cruz@example.com')).accessToken;
    const sessions = (await server.api('GET', '/v1/communities/demo/sessions?role=all&time=all', { token: memberToken })).body.items ?? [];
    const mentors = (await server.api('GET', '/v1/communities/demo/mentors?limit=3')).body.items ?? [];
    ids = [...sessions.map((s: any) => s.id), ...mentors.map((m: any) => m.id)];
    assert.ok(operations.length >= 40, `expected the whole API, found ${operations.length} operations`);
  });
  after(() => server.stop());

  it('never answers 5xx, and every 4xx is a coded JSON error', async () => {
    const request = fc.record({
      operation: fc.constantFrom(...operations),
      pathId: fc.oneof(fc.constantFrom(...ids), fc.string({ minLength: 1, maxLength: 30 })),
      body: fc.oneof(fc.dictionary(fc.string({ maxLength: 12 }), fieldValue, { maxKeys: 4 }), fc.jsonValue({ maxDepth: 2 })),
      fields: fc.array(fieldValue, { minLength: 8, maxLength: 8 }),
      useKnownKeys: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ operation, pathId, body, fields, useKnownKeys }) => {
        const path = operation.path.replace('{slug}', 'demo').replace(/\{\w+\}/g, () => encodeURIComponent(pathId));
        const query = operation.queryKeys.map((key, i) => `${key}=${encodeURIComponent(asQueryText(fields[i % fields.length]))}`).join('&');
        const payload =
          operation.bodyKeys && useKnownKeys && operation.bodyKeys.length > 0
            ? Object.fromEntries(operation.bodyKeys.map((key, i) => [key, fields[i % fields.length]]))
            : body;
        const token = adminPaths.test(operation.path) ? server.secretKey : memberToken;
        const r = await server.api(operation.method, `${path}${query ? `?${query}` : ''}`, {
          token,
          ...(operation.bodyKeys !== undefined ? { body: payload } : {}),
        });
        const where = `${operation.operationId} ${operation.method} ${path} ${JSON.stringify(payload).slice(0, 200)}`;
        assert.ok(r.status < 500, `${r.status} for ${where}: ${JSON.stringify(r.body).slice(0, 300)}`);
        if (r.status >= 400 && r.headers.get('content-type')?.includes('json')) {
          assert.equal(typeof r.body?.error?.code, 'string', `uncoded error for ${where}`);
        }
      }),
      {
        numRuns: 1500,
        // Values that once crashed the test itself (not the service): an object whose toString is not a
        // function cannot be turned into a string with String(). Always tried first.
        examples: [
          [
            {
              operation:
                operations.find((o) => o.queryKeys.length > 0 && o.bodyKeys !== undefined) ??
                operations.find((o) => o.queryKeys.length > 0)!,
              pathId: ids[0] ?? 'x',
              body: [{ toString: '' }],
              fields: Array.from({ length: 8 }, () => [{ toString: '' }]),
              useKnownKeys: true,
            },
          ],
        ],
      },
    );
  });
});
