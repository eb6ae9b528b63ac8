// drizzle-kit generates the committed SQL migrations in drizzle/ from src/store/schema (`npm run db:generate`);
// the application applies them at start with drizzle's migrator (src/store/migrate.ts), on PGlite and PostgreSQL.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/store/schema/index.ts',
  out: './drizzle',
});
