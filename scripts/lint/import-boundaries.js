// The import boundaries of DESIGN.md as ESLint `no-restricted-imports` settings, one block per zone.
//
// Packages: widgets → sdk → core, server → core; core imports no I/O (only zod and date-fns).
// Inside the server: routes → services → repositories → storage; services, repositories, storage and the
// other domain folders never import the HTTP layer (routes, middleware).
//
// `no-restricted-imports` checks the import string, so each layer rule is a regular expression over the
// path an import names. That is enough here because every import inside a package is relative and every
// import across packages is by package name (a relative path into another package is refused too).
// Flat config replaces (not merges) a rule's options when two blocks match the same file, so each zone
// below lists every restriction that applies to it; `boundaryConfigs()` builds the blocks in order.
// Tests and test helpers are exempt: they drive the real service from any package (TESTING.md).
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import noLayerSkipping from './no-layer-skipping.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

const nodeBuiltins = `^(node:|(${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(/|$))`;

/** A relative import that names a folder (or file stem) `name` anywhere along its path. */
const relativeTo = (name) => `^\\.{1,2}/(.*/)?${name}(/|\\.js$)`;

const rules = {
  otherPackageByPath: {
    regex: '^\\.{1,2}/(.*/)?(core|sdk|server|widgets)/src(/|$)',
    message: 'Import another package by its name (@mentorkit/…), never by a path into its sources.',
  },
  coreOnlyPure: {
    regex: '^(?!\\.{1,2}/|zod(/|$)|date-fns(/|$)|@date-fns/tz(/|$))',
    message: 'core is pure: it may import only zod, date-fns and @date-fns/tz (no I/O, no other package) — DESIGN.md.',
  },
  noNodeInBrowserCode: {
    regex: nodeBuiltins,
    message: 'The SDK and the widgets run in browsers: no Node built-ins.',
  },
  noServer: { regex: '^@mentorkit/server(/|$)', message: 'Only the server may depend on the server (widgets → sdk → core).' },
  noWidgets: { regex: '^@mentorkit/widgets(/|$)', message: 'Nothing imports widget code; the server serves the built files only.' },
  noSdkFromServer: { regex: '^@mentorkit/sdk(/|$)', message: 'The server depends on core only (server → core).' },
  noRoutes: {
    regex: relativeTo('(routes|app)'),
    message: 'Only the HTTP layer imports routes: routes → services → repositories → storage.',
  },
  noMiddleware: {
    regex: relativeTo('middleware'),
    message: 'Middleware is the HTTP layer; below it, throw MentorKitError and take the caller as a parameter (routes → services).',
  },
  noRepositories: {
    regex: relativeTo('repositories'),
    message: 'Routes call services, never repositories: routes → services → repositories → storage.',
  },
  noStorage: {
    regex: relativeTo('storage'),
    message: 'Only repositories (and the composition root) touch storage: routes → services → repositories → storage.',
  },
  noServices: {
    regex: relativeTo('(services|service-container)'),
    message: 'Repositories and storage sit below services and must not import them: routes → services → repositories → storage.',
  },
};

const server = 'packages/server/src';
/** Domain folders of the server: below the HTTP layer. */
const domainFolders = ['services', 'notifications', 'webhooks', 'calendar', 'events', 'jobs', 'email', 'realtime', 'security', 'demo'];

/** Zones, most general first; a file takes the last zone that matches it. */
const zones = [
  { files: ['packages/*/src/**/*.ts'], restrict: ['otherPackageByPath'] },
  { files: ['packages/core/src/**/*.ts'], restrict: ['otherPackageByPath', 'coreOnlyPure'] },
  { files: ['packages/sdk/src/**/*.ts'], restrict: ['otherPackageByPath', 'noNodeInBrowserCode', 'noServer', 'noWidgets'] },
  { files: ['packages/widgets/src/**/*.ts'], restrict: ['otherPackageByPath', 'noNodeInBrowserCode', 'noServer'] },
  { files: [`${server}/**/*.ts`], restrict: ['otherPackageByPath', 'noWidgets', 'noSdkFromServer'] },
  {
    files: domainFolders.map((f) => `${server}/${f}/**/*.ts`),
    restrict: ['otherPackageByPath', 'noWidgets', 'noSdkFromServer', 'noRoutes', 'noMiddleware'],
  },
  {
    files: [`${server}/routes/**/*.ts`],
    restrict: ['otherPackageByPath', 'noWidgets', 'noSdkFromServer', 'noRepositories', 'noStorage'],
  },
  {
    files: [`${server}/repositories/**/*.ts`],
    restrict: ['otherPackageByPath', 'noWidgets', 'noSdkFromServer', 'noRoutes', 'noMiddleware', 'noServices'],
  },
  {
    files: [`${server}/storage/**/*.ts`],
    restrict: ['otherPackageByPath', 'noWidgets', 'noSdkFromServer', 'noRoutes', 'noMiddleware', 'noServices', 'noRepositories'],
  },
];

/** Test files and test helpers may cross every boundary (they start the real service from any package). */
export const testFiles = ['**/*.test.ts', '**/testing/**'];

/** The flat-config blocks: `no-restricted-imports` per zone, type-only imports included. */
export function boundaryConfigs() {
  return zones.map(({ files, restrict }) => ({
    name: `mentorkit/boundaries ${files[0]}`,
    files,
    ignores: testFiles,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: restrict.map((key) => rules[key]) }],
    },
  }));
}

/**
 * Routes reach repositories without importing them too: `c.get('services').favorites.list(…)`. This
 * type-aware rule (scripts/lint/no-layer-skipping.js) reports, in route files, every value whose type is a
 * repository class or a storage-port type. Only route files are parsed with type information (it costs a
 * TypeScript program), so the rest of the lint stays cheap.
 */
export function layerSkippingConfig() {
  return {
    name: 'mentorkit/boundaries routes reach no repository',
    files: [`${server}/routes/**/*.ts`],
    ignores: testFiles,
    plugins: { mentorkit: { rules: { 'no-layer-skipping': noLayerSkipping } } },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    rules: {
      'mentorkit/no-layer-skipping': [
        'error',
        {
          forbidden: [
            {
              declaredIn: '/packages/server/src/(.+/)?[^/]*-repository\\.ts$|/packages/server/src/repositories/',
              kinds: ['class'],
              message: 'routes call a service, which uses the repository (routes → services → repositories → storage).',
            },
            {
              declaredIn: '/packages/server/src/storage/',
              message: 'only repositories use the storage port (routes → services → repositories → storage).',
            },
          ],
        },
      ],
    },
  };
}
