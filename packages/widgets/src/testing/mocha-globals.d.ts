// The few mocha globals the widget tests use (@web/test-runner runs them with mocha), typed here so
// the tests type-check without pulling mocha's own types into every package.
type MochaDone = (error?: unknown) => void;
type MochaFn = (this: unknown, done: MochaDone) => void | Promise<unknown>;
/** What `this` is inside an `it(…, function () {})`: a slow test raises its own timeout. */
interface MochaTestContext {
  timeout(ms: number): void;
}

declare function describe(title: string, fn: () => void): void;
declare function it(title: string, fn: MochaFn | ((this: MochaTestContext) => void | Promise<unknown>)): void;
/** `it.skip(…)`: a test kept in the file but not run (say why beside it). */
declare namespace it {
  function skip(title: string, fn: MochaFn | ((this: MochaTestContext) => void | Promise<unknown>)): void;
}
declare function before(fn: () => void | Promise<unknown>): void;
declare function after(fn: () => void | Promise<unknown>): void;
declare function beforeEach(fn: () => void | Promise<unknown>): void;
declare function afterEach(fn: () => void | Promise<unknown>): void;
