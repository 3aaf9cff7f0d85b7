import { curlExample } from './curl-example.ts';
import {
  type ApiResponse,
  isPublicOperation,
  type OpenApiDocument,
  type OperationEntry,
  type Parameter,
} from './document.ts';
import { html, inlineMarkdown, inlineText, join, type SafeHtml, slug } from './html.ts';
import { describe, renderSchema, renderTypeLine } from './schema-renderer.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const operationAnchor = (entry: OperationEntry) => `op-${slug(entry.id)}`;

/** The path with its `{parameters}` picked out. */
export function renderPath(path: string): SafeHtml {
  const parts = path
    .split(/(\{[^}]*\})/)
    .map((part) => (part.startsWith('{') ? html`<span class="pp">${part}</span>` : part));
  return html`<code class="path">${parts}</code>`;
}

export const methodBadge = (method: string) =>
  html`<span class="method m-${slug(method)}">${method.toUpperCase()}</span>`;

const ACCESS_NOTES: Record<string, string> = {
  user: 'Any signed-in user, with or without an organisation.',
  member: 'An active member of the current organisation; further limits by role are in the summary.',
};

function authNote(doc: OpenApiDocument, entry: OperationEntry): SafeHtml {
  if (isPublicOperation(doc, entry.operation)) {
    return html`<p class="auth"><span class="tag public">Public</span> No authentication needed.</p>`;
  }
  const access = entry.operation['x-meridian-access'];
  const who = (typeof access === 'string' && ACCESS_NOTES[access]) || ACCESS_NOTES.member;
  const csrf = entry.method === 'get' ? '' : ' From a browser session, also send X-CSRF-Token.';
  return html`<p class="auth"><span class="tag private">Auth</span> ${who} Bearer token or session cookie.${csrf}</p>`;
}

function parameterTable(doc: OpenApiDocument, parameters: Parameter[]): SafeHtml {
  if (parameters.length === 0) return html``;
  const rows = parameters.map(
    (p) =>
      html`<tr><td><code>${p.name}</code></td><td>${p.in}</td><td>${p.required ? 'yes' : 'no'}</td><td>${renderTypeLine(
        doc,
        p.schema,
      )}</td><td>${describe({ description: p.description, format: p.schema?.format })}</td></tr>`,
  );
  return html`<h4>Parameters</h4><div class="scroll"><table><thead><tr><th>Name</th><th>In</th><th>Required</th><th>Type</th><th>Description</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function requestBody(doc: OpenApiDocument, entry: OperationEntry): SafeHtml {
  const body = entry.operation.requestBody;
  if (!isObject(body) || !isObject(body.content)) return html``;
  const media = Object.entries(body.content).map(
    ([type, content]) =>
      html`<p class="muted">${type}${body.required ? ' · required' : ''}</p>${isObject(content) ? renderSchema(doc, content.schema) : ''}`,
  );
  return html`<h4>Request body</h4>${inlineMarkdown(body.description)}${media}`;
}

function statusClass(status: string): string {
  const first = status.charAt(0);
  return /[1-5]/.test(first) ? `s${first}` : 'sd';
}

function response(doc: OpenApiDocument, status: string, value: ApiResponse): SafeHtml {
  const content = isObject(value.content) ? Object.entries(value.content) : [];
  const types = content.map(([type]) => type);
  const body =
    content.length === 0
      ? html`<p class="muted">No content.</p>`
      : content.map(([, media]) => (isObject(media) ? renderSchema(doc, media.schema) : ''));
  const open = status.startsWith('2');
  return html`<details class="response"${open ? html` open` : ''}><summary><span class="status ${statusClass(status)}">${status}</span> ${inlineText(
    value.description,
  )}${types.length ? html` <span class="muted">${join(types, ', ')}</span>` : ''}</summary>${body}</details>`;
}

/** One operation: badge, path, summary, description, access, parameters, body, responses and curl. */
export function renderOperation(doc: OpenApiDocument, entry: OperationEntry): SafeHtml {
  const { operation } = entry;
  const responses = isObject(operation.responses) ? Object.entries(operation.responses) : [];
  return html`<section class="op" id="${operationAnchor(entry)}">
<h3>${methodBadge(entry.method)} ${renderPath(entry.path)}${operation.deprecated ? html` <span class="tag">deprecated</span>` : ''}</h3>
<p class="summary">${inlineText(operation.summary)}</p>
${inlineMarkdown(operation.description)}
${authNote(doc, entry)}
<p class="muted">operationId <code>${entry.id}</code></p>
${parameterTable(doc, Array.isArray(operation.parameters) ? operation.parameters.filter(isObject) : [])}
${requestBody(doc, entry)}
<h4>Responses</h4>
${responses.map(([status, value]) => response(doc, status, isObject(value) ? value : {}))}
<details class="curl" open><summary>curl example</summary><pre><code>${curlExample(doc, entry)}</code></pre></details>
</section>`;
}
