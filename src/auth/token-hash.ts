// Secrets (session cookies, API tokens) are stored only as their SHA-256: a copy of the database opens no account.
// SHA-256 without salt suffices because the secrets are 256 random bits, not human passwords.
import { createHash, randomBytes } from 'node:crypto';

export const newToken = (): string => randomBytes(32).toString('base64url');
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
