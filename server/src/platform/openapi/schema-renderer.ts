import type { JsonSchema, OpenApiDocument } from './document.ts';
import { html, inlineMarkdown, join, type SafeHtml } from './html.ts';
import { constraintsOf, type Shape, shapeOf } from './schema-shape.ts';

/** Deeper than this, a schema is cut off with an ellipsis (real schemas are 3–4 levels deep). */
const MAX_DEPTH = 10;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function enumLine(values: unknown[] | null): SafeHtml | null {
  if (!values || values.length === 0) return null;
  const chips = values.map((v) => html`<code>${typeof v === 'string' ? v : JSON.stringify(v)}</code>`);
  return html`<div class="enum">one of ${join(chips, ' ')}</div>`;
}

function facts(shape: Shape, required: boolean): SafeHtml {
  const { text, pattern, defaultValue } = constraintsOf(shape.schema);
  return html`<span class="ftype">${shape.label}</span>${required ? html` <span class="tag req">required</span>` : ''}${
    shape.nullable ? html` <span class="tag">nullable</span>` : ''
  }${text.map((t) => html` <span class="tag">${t}</span>`)}${pattern !== null ? html` <span class="tag">pattern <code>${pattern}</code></span>` : ''}${
    defaultValue !== null ? html` <span class="tag">default <code>${defaultValue}</code></span>` : ''
  }`;
}

/** What sits under a field: its enum values, nested fields or union variants. */
function children(doc: OpenApiDocument, shape: Shape, depth: number): SafeHtml {
  if (depth >= MAX_DEPTH) return html`<p class="muted">…</p>`;
  const nested = shape.fields ? fieldList(doc, shape.fields, shape.refs, depth + 1) : null;
  const variants = shape.variants
    ? html`<ol class="variants">${shape.variants.map((variant) => {
        const inner = shapeOf(doc, variant, shape.refs);
        return html`<li>${facts(inner, false)}${describe(inner.schema)}${children(doc, inner, depth + 1)}</li>`;
      })}</ol>`
    : null;
  return html`${enumLine(shape.enumValues)}${nested}${variants}`;
}

/** A description worth showing: not one that only repeats the format (`UUID` on a uuid). */
export function describe(schema: JsonSchema): SafeHtml {
  const text = schema.description;
  if (
    typeof text === 'string' &&
    typeof schema.format === 'string' &&
    text.trim().toLowerCase() === schema.format.toLowerCase()
  ) {
    return html``;
  }
  return inlineMarkdown(text);
}

function fieldList(doc: OpenApiDocument, schema: JsonSchema, refs: readonly string[], depth: number): SafeHtml {
  const properties = isObject(schema.properties) ? Object.entries(schema.properties) : [];
  if (properties.length === 0) return html``;
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const items = properties.map(([name, property]) => {
    const shape = shapeOf(doc, property, refs);
    return html`<li><div class="fhead"><code class="fname">${name}</code> ${facts(shape, required.has(name))}</div>${describe(shape.schema)}${children(doc, shape, depth)}</li>`;
  });
  return html`<ul class="fields">${items}</ul>`;
}

/**
 * A schema as a nested field list. A plain object shows its fields directly; anything else
 * (an array, a union, a scalar) shows its type line first, then what it contains.
 */
export function renderSchema(doc: OpenApiDocument, schema: unknown): SafeHtml {
  const shape = shapeOf(doc, schema);
  const plainObject =
    shape.fields === shape.schema && !shape.nullable && Object.keys(shape.schema.properties ?? {}).length > 0;
  if (plainObject) return html`<div class="schema">${fieldList(doc, shape.schema, shape.refs, 0)}</div>`;
  return html`<div class="schema"><div class="fhead">${facts(shape, false)}</div>${describe(shape.schema)}${children(
    doc,
    shape,
    0,
  )}</div>`;
}

/** The one-line type of a parameter, e.g. `integer 1–200, default 50`. */
export function renderTypeLine(doc: OpenApiDocument, schema: unknown): SafeHtml {
  const shape = shapeOf(doc, schema);
  return html`${facts(shape, false)}${enumLine(shape.enumValues)}`;
}
