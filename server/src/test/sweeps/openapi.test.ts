import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { documentOf, sweepOperations } from './operations.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const isProblemResponse = (response: { content?: Record<string, { schema?: { properties?: object } }> } | undefined) =>
  !!response?.content?.['application/problem+json']?.schema?.properties &&
  'code' in response.content['application/problem+json'].schema.properties;

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const doc = documentOf(t.app);
    expect(doc.openapi).toMatch(/^3\.1\./);
    const validator = new Validator();
    const result = await validator.validate(doc as Record<string, unknown>);
    if (!result.valid) console.log(JSON.stringify(result.errors, null, 2));
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    // What the API serves is the same document.
    const served = await t.app.inject({ url: '/api/v1/openapi.json' });
    expect(served.statusCode).toBe(200);
    expect(served.json()).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('describes every operation: unique operationId, tag, summary, a 2xx response and its problems', () => {
    const operations = sweepOperations(t.app);
    expect(operations.length).toBeGreaterThan(30);
    const problems: string[] = [];
    const ids = new Map<string, string>();
    for (const op of operations) {
      const where = `${op.method} ${op.path}`;
      const { operationId, tags, summary, responses = {} } = op.operation;
      if (!operationId) problems.push(`${where}: no operationId`);
      else if (ids.has(operationId))
        problems.push(`${where}: operationId ${operationId} also used by ${ids.get(operationId)}`);
      else ids.set(operationId, where);
      if (!operationId || !/^[a-z][A-Za-z0-9]*$/.test(operationId))
        problems.push(`${where}: operationId "${operationId}" is not camelCase`);
      if (!Array.isArray(tags) || tags.length === 0) problems.push(`${where}: no tag`);
      if (!summary?.trim()) problems.push(`${where}: no summary`);
      const success = Object.entries(responses).filter(([status]) => /^2/.test(status));
      if (success.length === 0) problems.push(`${where}: no 2xx response`);
      for (const [status, response] of success) {
        // 204 has no body by definition; every other success documents its schema.
        // A download documents its binary media type instead of JSON.
        const schema =
          response.content?.['application/json']?.schema ?? response.content?.['application/octet-stream']?.schema;
        if (status !== '204' && !schema) problems.push(`${where}: ${status} without a JSON schema`);
        if (status === '204' && response.content) problems.push(`${where}: 204 with content`);
      }
      if (!op.isPublic && !isProblemResponse(responses['4XX'] ?? responses['4xx'])) {
        problems.push(`${where}: no 4XX application/problem+json response with a code`);
      }
      for (const param of op.pathParams) {
        if (!op.path.includes(`{${param.name}}`))
          problems.push(`${where}: path parameter ${param.name} not in the path`);
        if (!param.required) problems.push(`${where}: path parameter ${param.name} not required`);
      }
      if (op.pathParams.length !== (op.path.match(/\{/g) ?? []).length)
        problems.push(`${where}: undocumented path parameter`);
    }
    expect(problems).toEqual([]);
  });

  it('marks exactly the public routes with security: [] and says who may call each route', () => {
    const operations = sweepOperations(t.app);
    for (const op of operations) {
      expect(['public', 'user', 'member'], op.id).toContain(op.access);
      expect(op.isPublic, op.id).toBe(op.access === 'public');
    }
  });
});
