import { listOperations, type OpenApiDocument, type OperationEntry } from './document.ts';
import { html, inlineMarkdown, SafeHtml, slug } from './html.ts';
import { methodBadge, operationAnchor, renderOperation } from './operation-renderer.ts';
import { REFERENCE_CSS } from './reference-style.ts';

export const OPENAPI_JSON_URL = '/api/v1/openapi.json';

/** What every integrator needs before the first call; the facts live in platform/auth, errors and http. */
const INTRO = html`<dl>
<dt>Personal access tokens</dt>
<dd>Create a token under Settings → API tokens (or <code>POST /api/v1/tokens</code> from a signed-in session) and send it on every request as <code>Authorization: Bearer mrd_pat_…</code>. A token acts as you, in the organisation it was created in; a <code>read</code> token may only read.</dd>
<dt>Browser sessions and CSRF</dt>
<dd>The web app signs in with the <code>meridian_session</code> cookie. Every write from a session (<code>POST</code>, <code>PUT</code>, <code>PATCH</code>, <code>DELETE</code>) must also send <code>X-CSRF-Token</code> with the <code>csrfToken</code> of <code>GET /api/v1/me</code>; cross-site writes are refused with 403 <code>csrf_failed</code>.</dd>
<dt>Errors</dt>
<dd>Every error is <code>application/problem+json</code> (RFC 9457): <code>type</code>, <code>title</code>, <code>status</code>, a stable <code>code</code> to switch on (<code>not_found</code>, <code>validation_failed</code>, <code>version_conflict</code>, …), <code>detail</code>, <code>requestId</code> and, for invalid input, <code>errors[]</code> with one entry per field and a JSON <code>pointer</code> such as <code>/body/email</code>. A record of another organisation answers 404.</dd>
<dt>Pagination</dt>
<dd>Lists answer <code>{ "items": […], "nextCursor": "…" }</code>. Ask for the next page with <code>?cursor=&lt;nextCursor&gt;</code> and the same filters; <code>limit</code> is 1–200 (50 by default). The last page has <code>nextCursor: null</code>.</dd>
<dt>Versions and If-Match</dt>
<dd>Records carry a <code>version</code>. Send it back as <code>If-Match: "3"</code> (or <code>version</code> in the body) when you change the record: if someone changed it in between you get 409 <code>version_conflict</code> with the <code>current</code> record, never a silent overwrite.</dd>
<dt>Idempotency-Key</dt>
<dd>A <code>POST</code> may carry <code>Idempotency-Key</code> (1–200 letters, digits, <code>. _ : -</code>). A retry with the same key and body within 24 hours replays the first answer (with <code>Idempotent-Replayed: true</code>); the same key with another body answers 422 <code>idempotency_key_reused</code>.</dd>
<dt>Rate limits</dt>
<dd>Too many requests answer 429 <code>rate_limited</code> with <code>Retry-After</code> in seconds.</dd>
</dl>`;

type TagGroup = { name: string; description: string | undefined; entries: OperationEntry[] };

/** Operations by their first tag, in the order of the document's `tags` and then of first use. */
function groupByTag(doc: OpenApiDocument, entries: OperationEntry[]): TagGroup[] {
  const groups = new Map<string, TagGroup>();
  for (const tag of Array.isArray(doc.tags) ? doc.tags : []) {
    if (typeof tag?.name === 'string')
      groups.set(tag.name, { name: tag.name, description: tag.description, entries: [] });
  }
  for (const entry of entries) {
    const first = Array.isArray(entry.operation.tags) ? entry.operation.tags[0] : undefined;
    const name = typeof first === 'string' && first ? first : 'other';
    if (!groups.has(name)) groups.set(name, { name, description: undefined, entries: [] });
    groups.get(name)!.entries.push(entry);
  }
  return [...groups.values()].filter((group) => group.entries.length > 0);
}

function navigation(groups: TagGroup[], title: string, version: string): SafeHtml {
  const sections = groups.map(
    (group) =>
      html`<details open><summary>${group.name}</summary><ul>${group.entries.map(
        (entry) =>
          html`<li><a href="#${operationAnchor(entry)}">${methodBadge(entry.method)} <span>${entry.operation.summary ?? entry.id}</span></a></li>`,
      )}</ul></details>`,
  );
  return html`<nav class="sidebar" aria-label="API operations">
<a class="brand" href="#top">${title}</a>
<p class="muted">Version ${version} · <a href="${OPENAPI_JSON_URL}">openapi.json</a></p>
${sections}
</nav>`;
}

/**
 * The OpenAPI document as one static, self-contained HTML page: no scripts (the CSP forbids
 * inline ones), no CDN, inline styles only. Every string from the document is escaped.
 */
export function renderReferencePage(input: Record<string, unknown>): string {
  const doc = input as OpenApiDocument;
  const info = typeof doc.info === 'object' && doc.info !== null ? doc.info : {};
  const title = typeof info.title === 'string' ? info.title : 'API reference';
  const version = typeof info.version === 'string' ? info.version : '';
  const entries = listOperations(doc);
  const groups = groupByTag(doc, entries);
  const body = groups.map(
    (group) => html`<section class="tag-group" id="tag-${slug(group.name)}">
<h2>${group.name}</h2>
${inlineMarkdown(group.description)}
${group.entries.map((entry) => renderOperation(doc, entry))}
</section>`,
  );
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title} reference</title>
<style>${new SafeHtml(REFERENCE_CSS)}</style>
</head>
<body>
<div class="layout">
${navigation(groups, title, version)}
<main id="top">
<h1>${title}</h1>
<p class="muted">Version ${version} · ${entries.length} operations · machine-readable: <a href="${OPENAPI_JSON_URL}">${OPENAPI_JSON_URL}</a> (OpenAPI ${doc.openapi ?? '3.1'})</p>
${inlineMarkdown(info.description)}
<div class="intro">${INTRO}</div>
${body}
</main>
</div>
</body>
</html>
`;
  return page.value;
}
