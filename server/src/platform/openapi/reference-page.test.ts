import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { listOperations, type OpenApiDocument } from './document.ts';
import { escapeHtml, slug } from './html.ts';
import { renderReferencePage } from './reference-page.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const XSS = '<script>alert(1)</script>';
const ATTR_XSS = '"><img src=x onerror=alert(1)>';

/** A small document that puts hostile text in every place the page shows text from. */
function hostileDocument(): OpenApiDocument {
  const schema = {
    type: 'object',
    required: [XSS],
    description: ATTR_XSS,
    properties: {
      [XSS]: { type: 'string', pattern: XSS, default: XSS, description: `\`${XSS}\`` },
      [ATTR_XSS]: { enum: [XSS, ATTR_XSS] },
      nested: { $ref: '#/components/schemas/Evil' },
    },
  };
  return {
    openapi: '3.1.0',
    info: { title: XSS, version: ATTR_XSS, description: `${XSS}\n\n\`${ATTR_XSS}\`` },
    tags: [{ name: XSS, description: ATTR_XSS }],
    components: { schemas: { Evil: { type: 'object', properties: { [XSS]: { $ref: '#/components/schemas/Evil' } } } } },
    paths: {
      [`/api/v1/${XSS}/{id}`]: {
        post: {
          operationId: ATTR_XSS,
          tags: [XSS],
          summary: XSS,
          description: `${XSS} \`${XSS}\``,
          parameters: [
            { name: XSS, in: 'path', required: true, description: ATTR_XSS, schema: { type: 'string', format: XSS } },
          ],
          requestBody: { required: true, content: { [XSS]: { schema } } },
          responses: { [XSS]: { description: XSS, content: { 'application/json': { schema } } } },
        },
      },
    },
  };
}

describe('API reference page', () => {
  it('renders every operation of the real document, with its method, path and access', async () => {
    const doc = t.app.swagger() as OpenApiDocument;
    const operations = listOperations(doc);
    const page = renderReferencePage(doc as Record<string, unknown>);
    expect(operations.length).toBeGreaterThan(30);
    expect(page.match(/<section class="op"/g)).toHaveLength(operations.length);
    for (const { id, method, path } of operations) {
      const start = page.indexOf(`id="op-${slug(id)}"`);
      expect(start, id).toBeGreaterThan(0);
      const section = page.slice(start, page.indexOf('</section>', start));
      expect(section, id).toContain(`>${method.toUpperCase()}</span>`);
      expect(section.replace(/<[^>]+>/g, ''), id).toContain(escapeHtml(path));
      expect(section, id).toContain('curl ');
      expect(page, id).toContain(`href="#op-${slug(id)}"`);
    }
    const section = (id: string) =>
      page.slice(page.indexOf(`id="op-${id}"`), page.indexOf('</section>', page.indexOf(`id="op-${id}"`)));
    expect(section('login')).toContain('class="tag public"');
    expect(section('login')).not.toContain('Bearer mrd_pat_');
    expect(section('getMe')).toContain('class="tag private"');
    expect(section('getMe')).toContain('Authorization: Bearer mrd_pat_…');
    expect(section('listMembers')).toContain('<code>limit</code>');
    expect(section('updateTeam')).toContain('Request body');
    expect(page).toContain('href="/api/v1/openapi.json"');
    expect(page).toContain('prefers-color-scheme:dark');
    expect(page).not.toMatch(/<script/i);
  });

  it('is served at /api/docs as one HTML page with no script under the CSP', async () => {
    const response = await t.app.inject({ url: '/api/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(String(response.headers['content-security-policy'])).toContain("script-src 'self'");
    // Self-contained: no scripts, no external styles, fonts or images, no inline handlers.
    expect(response.body).not.toMatch(/<script|<link|\ssrc=|@import|url\(|\son[a-z]+=|javascript:/i);
    expect(response.body).toContain('Idempotency-Key');
  });

  it('escapes every string that comes from the document', () => {
    const page = renderReferencePage(hostileDocument() as Record<string, unknown>);
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<img/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>');
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    // Ids and fragments are reduced to safe characters.
    expect(page).toMatch(/id="op-img-src-x-onerror-alert-1"/);
  });

  it('follows $refs, stops at recursive ones, and lists nested fields with their constraints', () => {
    const doc: OpenApiDocument = {
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      components: {
        schemas: {
          Person: {
            type: 'object',
            required: ['name'],
            properties: { name: { type: 'string', minLength: 1, maxLength: 80 } },
          },
          Team: {
            type: 'object',
            properties: {
              lead: { $ref: '#/components/schemas/Person' },
              parent: { $ref: '#/components/schemas/Team' },
              sort: {
                anyOf: [
                  { type: 'string', enum: ['name'] },
                  { type: 'string', enum: ['-name'] },
                ],
              },
              parentId: { anyOf: [{ type: 'string', format: 'uuid' }, { type: 'null' }] },
              tags: { type: 'array', items: { type: 'string', maxLength: 20 }, maxItems: 5 },
            },
          },
        },
      },
      paths: {
        '/teams': {
          get: {
            operationId: 'listTeams',
            responses: {
              '200': {
                description: 'OK',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Team' } } },
              },
            },
          },
        },
      },
    };
    const page = renderReferencePage(doc as Record<string, unknown>);
    expect(page).toContain('<code class="fname">lead</code> <span class="ftype">Person</span>');
    expect(page).toContain(
      '<code class="fname">name</code> <span class="ftype">string</span> <span class="tag req">required</span> <span class="tag">1–80 chars</span>',
    );
    expect(page).toContain('Team (recursive, see above)');
    expect(page).toContain('one of <code>name</code> <code>-name</code>');
    expect(page).toMatch(
      /parentId<\/code> <span class="ftype">string \(uuid\)<\/span> <span class="tag">nullable<\/span>/,
    );
    expect(page).toContain('array of string');
    expect(page).toContain('≤ 5 items');
  });
});
