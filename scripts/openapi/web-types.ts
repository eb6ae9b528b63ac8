// Writes web/src/api/generated/openapi.ts from the server's OpenAPI document (see src/http/openapi-web-types.ts).
import { writeFileSync } from 'node:fs';
import { WEB_TYPES_PATH, webTypesSource } from '../../src/http/openapi-web-types.ts';

writeFileSync(WEB_TYPES_PATH, await webTypesSource());
process.stdout.write(`wrote ${WEB_TYPES_PATH}\n`);
