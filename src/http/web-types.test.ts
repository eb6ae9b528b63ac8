// The web client's API types are generated from the OpenAPI document; a route whose schemas change without
// regenerating them fails here (regenerate: npx tsx scripts/openapi/web-types.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WEB_TYPES_PATH, webTypesSource } from './openapi-web-types.ts';

describe('generated web API types', () => {
  it('web/src/api/generated/openapi.ts matches the OpenAPI document', async () => {
    const committed = readFileSync(WEB_TYPES_PATH, 'utf8');
    const fresh = await webTypesSource();
    expect(committed === fresh, 'stale: run npx tsx scripts/openapi/web-types.ts').toBe(true);
    expect(fresh).toContain("'/api/complaints/{id}'");
  }, 120_000); // builds the app and runs the generator: slow on a shared machine, not a speed assertion
});
