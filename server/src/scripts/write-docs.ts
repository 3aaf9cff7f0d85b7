// Writes the documents generated from code: docs/permissions.md.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderPermissionsDoc } from '#platform/permissions/permissions-doc.ts';

writeFileSync(path.join(import.meta.dirname, '../../../docs/permissions.md'), renderPermissionsDoc());
console.log('Wrote docs/permissions.md');
