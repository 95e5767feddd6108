/**
 * The absolute URL when `value` is an http(s) link (relative ones resolve against `base`), else
 * undefined — so `javascript:`, `data:` and friends are never put in an `href` or `src`.
 */
export function safeHttpUrl(value: string | undefined | null, base?: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Fills `{id}` in a host-given URL template such as `/mentors.html?id={id}`. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? encodeURIComponent(values[key]!) : match));
}
