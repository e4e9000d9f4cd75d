import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { openApiDocument } from '../../src/contract/openapi.js';
import { systems } from '../../mocks/index.js';
it('dump', async () => {
  const doc = openApiDocument(systems[0]!);
  writeFileSync('/tmp/npd.json', JSON.stringify(doc, null, 1));
  const v = new Validator();
  writeFileSync('/tmp/npd.val.json', JSON.stringify(await v.validate(doc), null, 1) + v.version);
});
