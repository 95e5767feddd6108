import { escapeHtml } from '../email/templates/escape-html.js';

type OpenApiDocument = {
  info: { title: string; version: string; description?: string };
  paths?: Record<
    string,
    Record<string, { operationId?: string; summary?: string; description?: string; tags?: string[]; security?: unknown[] }>
  >;
};

/**
 * A self-contained API reference (SPEC O2): every operation grouped by tag, rendered on the server so
 * it needs no CDN. The machine-readable truth is `/v1/openapi.json`.
 */
export function referencePage(doc: OpenApiDocument): string {
  const groups = new Map<string, string[]>();
  for (const [path, operations] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(operations)) {
      const tag = op.tags?.[0] ?? 'Other';
      const row = `<tr><td><code class="m ${method}">${method.toUpperCase()}</code></td><td><code>${escapeHtml(path)}</code></td>
<td><code>${escapeHtml(op.operationId ?? '')}</code></td><td>${escapeHtml(op.summary ?? '')}${op.security ? ' 🔒' : ''}${
        op.description ? `<br><small>${escapeHtml(op.description)}</small>` : ''
      }</td></tr>`;
      groups.set(tag, [...(groups.get(tag) ?? []), row]);
    }
  }
  const sections = [...groups]
    .map(
      ([tag, rows]) =>
        `<h2>${escapeHtml(tag)}</h2><table><thead><tr><th>Method</th><th>Path</th><th>operationId</th><th>What it does</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(doc.info.title)} reference</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;color:#1f2937}
table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}td,th{border-bottom:1px solid #e5e7eb;padding:.4rem;text-align:left;vertical-align:top}
.m{font-weight:bold}.get{color:#047857}.post{color:#1d4ed8}.patch,.put{color:#b45309}.delete{color:#b91c1c}</style></head>
<body><h1>${escapeHtml(doc.info.title)} <small>${escapeHtml(doc.info.version)}</small></h1>
<p>${escapeHtml(doc.info.description ?? '')} The OpenAPI 3.1 document is at <a href="/v1/openapi.json">/v1/openapi.json</a>. 🔒 = needs <code>Authorization: Bearer …</code>.</p>
${sections}</body></html>`;
}
