/**
 * Registers an element only when the page uses it: loads `load()` (which defines `tag`) as soon as a
 * `<tag>` is in the document, now or later. Keeps elements that most pages never show (messages, the
 * bell) out of the CDN bundle's first load; inside containers (`<mentor-hub>`) they import themselves.
 */
export function lazyDefine(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || customElements.get(tag)) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    void load();
  };
  const observer = new MutationObserver(() => {
    if (document.querySelector(tag)) start();
  });
  if (document.querySelector(tag)) start();
  else observer.observe(document.documentElement, { childList: true, subtree: true });
}
