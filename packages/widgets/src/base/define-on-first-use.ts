/**
 * Loads an element's module the first time its tag appears in the page, so a one-file bundle can offer
 * elements that few pages use (the admin console, the employer hub, …) without every page downloading
 * them. MentorKit elements that render such tags inside their shadow roots import them themselves.
 * @example defineOnFirstUse({ 'mentor-admin': () => import('./components/mentor-admin/mentor-admin.js') })
 */
export function defineOnFirstUse(loaders: Record<string, () => Promise<unknown>>): void {
  if (typeof document === 'undefined') return;
  const pending = new Map(Object.entries(loaders));
  const check = (): void => {
    for (const [tag, load] of pending) {
      if (customElements.get(tag)) pending.delete(tag);
      else if (document.getElementsByTagName(tag).length > 0) {
        pending.delete(tag);
        void load();
      }
    }
    if (pending.size === 0) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  check();
}

/** Imports an element's module for a container that is about to render it (a lazy chunk in bundles). */
export function loadElement(tag: string, load: () => Promise<unknown>): void {
  if (!customElements.get(tag)) void load();
}
