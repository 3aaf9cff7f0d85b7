import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPermissionsDoc } from './permissions-doc.ts';

describe('permissions documentation', () => {
  it('is current with the permission table', () => {
    const file = path.join(import.meta.dirname, '../../../../docs/permissions.md');
    expect(readFileSync(file, 'utf8'), 'run `npm run docs -w server`').toBe(renderPermissionsDoc());
  });
});
