/** Renders the OpenAPI document as one static HTML page (replaced by the full renderer). */
export function renderReferencePage(doc: Record<string, unknown>): string {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>Meridian API</title></head><body><pre>${escape(JSON.stringify(doc, null, 2))}</pre></body></html>`;
}
