import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ModelPeerConnection } from '../testing/negotiation-model.js';
import { isPolitePeer, PerfectNegotiator, type NegotiationSignal } from './perfect-negotiation.js';

/** Two model peers joined by an in-order signaling channel per direction; every step waits on `tick`. */
function call(tick: (label: string) => Promise<void>) {
  const errors: unknown[] = [];
  const make = (name: string, polite: boolean) => {
    const pc = new ModelPeerConnection(name, tick);
    return { pc, polite, negotiator: undefined as unknown as PerfectNegotiator };
  };
  const a = make('ana', isPolitePeer('mem_ana', 'mem_ben'));
  const b = make('ben', isPolitePeer('mem_ben', 'mem_ana'));
  const wire = (from: typeof a, to: typeof a) => {
    let line: Promise<void> = Promise.resolve();
    from.negotiator = new PerfectNegotiator(
      from.pc,
      from.polite,
      (signal: NegotiationSignal) => {
        // Pusher delivers one connection's events in order.
        line = line
          .then(() => tick(`${from.pc.name}->${to.pc.name}`))
          .then(() => to.negotiator.receive(signal))
          .catch((e) => void errors.push(e));
        // Each description is followed by a candidate, as trickle ICE does.
        if (signal.kind === 'description')
          line = line.then(() => tick('cand')).then(() => to.negotiator.receive({ kind: 'candidate', candidate: { from: from.pc.name } }));
      },
      (error) => errors.push(error),
    );
    from.pc.onnegotiationneeded = () => void from.negotiator.negotiationNeeded();
  };
  wire(a, b);
  wire(b, a);
  return { a, b, errors };
}

function assertConverged(a: { pc: ModelPeerConnection }, b: { pc: ModelPeerConnection }, errors: unknown[]) {
  assert.deepEqual(errors, []);
  assert.equal(a.pc.signalingState, 'stable');
  assert.equal(b.pc.signalingState, 'stable');
  assert.equal(a.pc.negotiated, a.pc.changes, 'every change of ana negotiated');
  assert.equal(b.pc.negotiated, b.pc.changes, 'every change of ben negotiated');
  assert.deepEqual(a.pc.localDescription, b.pc.remoteDescription);
  assert.deepEqual(b.pc.localDescription, a.pc.remoteDescription);
}

describe('perfect negotiation (SPEC V1)', () => {
  it('decides politeness by member id, so exactly one side yields', () => {
    assert.equal(isPolitePeer('a1', 'b2'), true);
    assert.equal(isPolitePeer('b2', 'a1'), false);
  });

  it('converges on glare: both sides offer at the same moment', async () => {
    const ticks: (() => void)[] = [];
    const tick = () => new Promise<void>((resolve) => ticks.push(resolve));
    const { a, b, errors } = call(tick);
    a.pc.change();
    b.pc.change();
    // Run every waiting step in first-come order until nothing is left.
    for (let guard = 0; guard < 10_000 && ticks.length; guard++) {
      ticks.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.equal(ticks.length, 0, 'no step left waiting');
    assertConverged(a, b, errors);
  });

  it('converges in 100 random interleavings of glare, later changes and ICE restarts on both sides', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.array(fc.record({ side: fc.constantFrom('a', 'b'), afterSteps: fc.nat(12) }), { minLength: 0, maxLength: 4 }),
        async (s, laterChanges) => {
          const { a, b, errors } = call((label) => s.schedule(Promise.resolve(), label));
          a.pc.change();
          b.pc.change();
          let steps = 0;
          const pendingChanges = [...laterChanges].sort((x, y) => x.afterSteps - y.afterSteps);
          await new Promise((resolve) => setImmediate(resolve));
          while (s.count() > 0 || pendingChanges.length) {
            while (pendingChanges.length && (pendingChanges[0]!.afterSteps <= steps || s.count() === 0)) {
              (pendingChanges.shift()!.side === 'a' ? a : b).pc.change();
            }
            if (s.count() > 0) await s.waitOne();
            await new Promise((resolve) => setImmediate(resolve)); // let what that step started schedule its next step
            steps++;
            if (steps > 5_000) throw new Error('negotiation did not settle');
          }
          assertConverged(a, b, errors);
        },
      ),
      { numRuns: 100 },
    );
  });
});
