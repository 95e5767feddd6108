// The boundary rules of eslint.config.js, proven on planted violations: each fixture is linted as if it were
// a file at the given path, and must be refused (or accepted) by the rule named. Files are never written.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { before, describe, it } from 'node:test';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

/** The ids of the boundary rules that report on `code` at `filePath`. */
async function boundaryFindings(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const fatal = result.messages.find((m) => m.fatal);
  assert.equal(fatal, undefined, `the fixture must parse: ${fatal?.message}`);
  return result.messages
    .map((m) => m.ruleId ?? '')
    .filter((id) => id === '@typescript-eslint/no-restricted-imports' || id === 'mentorkit/no-layer-skipping');
}

const imports = '@typescript-eslint/no-restricted-imports';

describe('import boundaries (DESIGN.md)', () => {
  before(() => {
    eslint = new ESLint({ cwd: root });
  });

  it('core imports no I/O and no other package, only zod and date-fns', async () => {
    const file = 'packages/core/src/planted.ts';
    assert.deepEqual(await boundaryFindings(file, "import { readFile } from 'node:fs/promises';\nexport { readFile };\n"), [imports]);
    assert.deepEqual(await boundaryFindings(file, "import mongoose from 'mongoose';\nexport { mongoose };\n"), [imports]);
    assert.deepEqual(await boundaryFindings(file, "import type { Client } from '@mentorkit/sdk';\nexport type { Client };\n"), [imports]);
    assert.deepEqual(
      await boundaryFindings(
        file,
        "import { z } from 'zod';\nimport { addDays } from 'date-fns';\nimport { a } from './a.js';\nexport { z, addDays, a };\n",
      ),
      [],
    );
  });

  it('widgets → sdk → core: browser code imports no server and no Node built-in', async () => {
    const widget = 'packages/widgets/src/components/planted/planted.ts';
    assert.deepEqual(await boundaryFindings(widget, "import { createApp } from '@mentorkit/server';\nexport { createApp };\n"), [imports]);
    assert.deepEqual(await boundaryFindings(widget, "import { x } from '../../../../server/src/app.js';\nexport { x };\n"), [imports]);
    assert.deepEqual(await boundaryFindings(widget, "import { createClient } from '@mentorkit/sdk';\nexport { createClient };\n"), []);
    const sdk = 'packages/sdk/src/planted.ts';
    assert.deepEqual(await boundaryFindings(sdk, "import '@mentorkit/widgets';\n"), [imports]);
    assert.deepEqual(await boundaryFindings(sdk, "import { readFileSync } from 'fs';\nexport { readFileSync };\n"), [imports]);
  });

  it('server → core: the server imports neither the SDK nor widget code', async () => {
    const file = 'packages/server/src/planted.ts';
    assert.deepEqual(await boundaryFindings(file, "import '@mentorkit/widgets/mentor-directory.js';\n"), [imports]);
    assert.deepEqual(await boundaryFindings(file, "import { createClient } from '@mentorkit/sdk';\nexport { createClient };\n"), [imports]);
  });

  it('services and the other domain folders do not import middleware or routes', async () => {
    const service = 'packages/server/src/services/planted-service.ts';
    assert.deepEqual(
      await boundaryFindings(service, "import { requireRole } from '../middleware/authenticate/index.js';\nexport { requireRole };\n"),
      [imports],
    );
    assert.deepEqual(
      await boundaryFindings(service, "import { sessionRoutes } from '../routes/sessions.js';\nexport { sessionRoutes };\n"),
      [imports],
    );
    assert.deepEqual(
      await boundaryFindings(
        'packages/server/src/notifications/planted.ts',
        "import { validationError } from '../middleware/error-handler/index.js';\nexport { validationError };\n",
      ),
      [imports],
    );
    assert.deepEqual(
      await boundaryFindings(
        service,
        "import type { Services } from '../service-container.js';\nimport { MemberRepository } from '../repositories/member-repository.js';\nexport type { Services };\nexport { MemberRepository };\n",
      ),
      [],
    );
  });

  it('repositories do not import services; storage imports no repository', async () => {
    assert.deepEqual(
      await boundaryFindings(
        'packages/server/src/repositories/planted-repository.ts',
        "import { bookSession } from '../services/booking-service.js';\nexport { bookSession };\n",
      ),
      [imports],
    );
    assert.deepEqual(
      await boundaryFindings(
        'packages/server/src/repositories/planted-repository.ts',
        "import type { Services } from '../service-container.js';\nexport type { Services };\n",
      ),
      [imports],
    );
    assert.deepEqual(
      await boundaryFindings(
        'packages/server/src/storage/embedded/planted.ts',
        "import { toMember } from '../../repositories/member-repository.js';\nexport { toMember };\n",
      ),
      [imports],
    );
  });

  it('routes neither import a repository nor take one out of the services container', async () => {
    // An existing route path, so the type-aware rule finds the file in the TypeScript project; the text is ours.
    const route = 'packages/server/src/routes/health.ts';
    assert.deepEqual(
      await boundaryFindings(route, "import { MAX_FAVORITES } from '../repositories/favorite-repository.js';\nexport { MAX_FAVORITES };\n"),
      [imports],
    );
    const reachesRepository = `import type { Services } from '../service-container.js';
export async function planted(services: Services, communityId: string, memberId: string) {
  return services.favorites.list(communityId, memberId);
}
`;
    assert.deepEqual(await boundaryFindings(route, reachesRepository), ['mentorkit/no-layer-skipping']);
    const destructures = `import type { Services } from '../service-container.js';
export function planted(services: Services) {
  const { storage } = services;
  return storage;
}
`;
    assert.deepEqual(await boundaryFindings(route, destructures), ['mentorkit/no-layer-skipping']);
    const callsService = `import type { Services } from '../service-container.js';
import { isListed } from '../services/mentor-service.js';
export function planted(services: Services) {
  return [services.now(), isListed];
}
`;
    assert.deepEqual(await boundaryFindings(route, callsService), []);
  });

  it('tests may cross the boundaries (they start the real service from any package)', async () => {
    const code = "import { startTestServer } from '../../server/src/testing/test-server.js';\nexport { startTestServer };\n";
    assert.deepEqual(await boundaryFindings('packages/sdk/src/planted.test.ts', code), []);
  });
});
