// Runs axe-core on an element (its shadow DOM included) and fails on serious or critical violations.
import 'axe-core/axe.min.js';

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}
declare global {
  interface Window {
    axe: { run(context: Element, options?: object): Promise<{ violations: AxeViolation[] }> };
  }
}

/** Serious and critical axe violations of `element`, as readable lines (empty when accessible). */
export async function seriousA11yViolations(element: Element): Promise<string[]> {
  const { violations } = await window.axe.run(element, { resultTypes: ['violations'] });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}
