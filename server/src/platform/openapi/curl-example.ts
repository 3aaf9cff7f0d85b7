import {
  isPublicOperation,
  type OpenApiDocument,
  type OperationEntry,
  parametersIn,
  requestBodySchema,
} from './document.ts';
import { exampleFromSchema } from './schema-example.ts';

/** Quotes a word for a POSIX shell. */
const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * A curl command that calls the operation with example values: a personal access token,
 * path parameters filled in, required query parameters, and an example JSON body.
 */
export function curlExample(doc: OpenApiDocument, { method, path, operation }: OperationEntry): string {
  let url = path;
  for (const param of parametersIn(operation, 'path')) {
    const value = exampleFromSchema(doc, param.schema, param.name);
    url = url.split(`{${param.name}}`).join(encodeURIComponent(String(value ?? param.name)));
  }
  const query = parametersIn(operation, 'query')
    .filter((param) => param.required)
    .map(
      (param) =>
        `${encodeURIComponent(param.name)}=${encodeURIComponent(String(exampleFromSchema(doc, param.schema, param.name) ?? ''))}`,
    );
  if (query.length > 0) url += `?${query.join('&')}`;

  // Percent-encoded paths are safe inside double quotes; anything else is single-quoted.
  const target = /^[A-Za-z0-9/_.~%?&=-]*$/.test(url) ? `"$MERIDIAN_URL${url}"` : `"$MERIDIAN_URL"${shellQuote(url)}`;
  const lines = [`curl${method === 'get' ? '' : ` -X ${method.toUpperCase()}`} ${target}`];
  if (!isPublicOperation(doc, operation)) lines.push(`-H 'Authorization: Bearer mrd_pat_…'`);
  const body = requestBodySchema(operation);
  if (body) {
    lines.push(`-H 'Content-Type: application/json'`);
    lines.push(`-d ${shellQuote(JSON.stringify(exampleFromSchema(doc, body)))}`);
  }
  return lines.join(' \\\n  ');
}
