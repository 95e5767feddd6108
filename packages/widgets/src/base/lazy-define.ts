/**
 * Loads an element's code only once the page uses its tag: now, if the tag is already in the document,
 * or as soon as one is added. Keeps admin-only elements out of every visitor's first load of the
 * one-file bundle while `<tag>` in a page still just works.
 * @example lazyDefine('mentor-webhooks', () => import('../components/mentor-webhooks/mentor-webhooks.js'))
 */
export function lazyDefine(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || customElements.get(tag)) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    void load();
  };
  if (document.querySelector(tag)) return start();
  const observer = new MutationObserver(() => {
    if (document.querySelector(tag)) start();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
