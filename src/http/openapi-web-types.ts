// The web client's API types, generated from the server's OpenAPI document by openapi-typescript and formatted with
// the repository's Prettier settings, so the UI reads exactly what the routes' zod schemas declare.
// Written by scripts/openapi/web-types.ts to web/src/api/generated/openapi.ts; src/http/web-types.test.ts fails when
// that file is stale. Not part of the server bundle (openapi-typescript is a development dependency).
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { packagePath } from '../paths.ts';
import { openApiDocument } from './openapi-document.ts';

export const WEB_TYPES_PATH = packagePath('web/src/api/generated/openapi.ts');

const HEADER = `// GENERATED from the server's OpenAPI document by scripts/openapi/web-types.ts (openapi-typescript); do not edit.
// Regenerate after changing a route's schemas: npx tsx scripts/openapi/web-types.ts
`;

export async function webTypesSource(): Promise<string> {
  const doc = await openApiDocument();
  const ast = await openapiTS(doc as unknown as Parameters<typeof openapiTS>[0], {
    alphabetize: true,
    exportType: false,
  });
  const source = HEADER + astToString(ast);
  const config = (await resolveConfig(WEB_TYPES_PATH)) ?? {};
  return format(source, { ...config, filepath: WEB_TYPES_PATH });
}
