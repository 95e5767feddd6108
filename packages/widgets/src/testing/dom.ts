// Small waiting and querying helpers for widget tests. Waits poll the DOM until a condition holds (or
// the test's own timeout ends it); nothing asserts on elapsed time.
import { waitUntil } from '@open-wc/testing';

/** The element's shadow root (throws when it has none). */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.tagName} has no shadow root`);
  return element.shadowRoot;
}

/** Waits for a selector inside the element's shadow root and returns the match. */
export async function find<T extends Element = HTMLElement>(element: Element, selector: string, message?: string): Promise<T> {
  await waitUntil(() => shadow(element).querySelector(selector), message ?? `waiting for ${selector}`, { timeout: 15_000 });
  return shadow(element).querySelector(selector) as T;
}

/** Waits until the element's shadow text contains `text`. */
export async function findText(element: Element, text: string): Promise<void> {
  await waitUntil(() => shadow(element).textContent?.includes(text), `waiting for text "${text}"`, { timeout: 15_000 });
}

/** Sets an input's value the way typing does (fires `input`). */
export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}
