// Prints the server's OpenAPI document as JSON (npm run openapi:print > openapi.json), e.g. for a linter.
import { openApiDocument } from '../../src/http/openapi-document.ts';

process.stdout.write(JSON.stringify(await openApiDocument(), null, 2) + '\n');
