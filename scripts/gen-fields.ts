// CLI: writes docs/fields.md, the field reference generated from the schemas (the site's /fields/ page uses the same generator).
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderFieldsMarkdown } from '../src/lib/content/field-reference.ts';

const out = resolve('docs/fields.md');
mkdirSync(resolve('docs'), { recursive: true });
writeFileSync(out, renderFieldsMarkdown());
console.log(`docs:fields: wrote ${out}`);
