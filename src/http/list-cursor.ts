// The list's keyset cursor as the API hands it out: opaque base64url text of the page's end (a start time and how
// many rows of exactly that time were shown; src/store/repo/conversations.ts ListCursor). It names no
// conversation, so it is the same for every role and reveals nothing a page did not show.
import { AppError } from '../core/errors/app-error.ts';
import type { ListCursor } from '../store/index.ts';

export function encodeListCursor(c: ListCursor): string {
  return Buffer.from(JSON.stringify([c.startedAt?.toISOString() ?? null, c.skip]), 'utf8').toString(
    'base64url',
  );
}

export function decodeListCursor(text: string): ListCursor {
  const bad = () =>
    new AppError(
      'BAD_INPUT',
      'after: not a cursor this server gave out (use the nextCursor of a list answer)',
    );
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(v) || v.length !== 2) throw bad();
  const [t, skip] = v as unknown[];
  if (typeof skip !== 'number' || !Number.isSafeInteger(skip) || skip < 0) throw bad();
  if (t === null) return { startedAt: null, skip };
  if (typeof t !== 'string') throw bad();
  const d = new Date(t);
  if (Number.isNaN(d.getTime()) || d.toISOString() !== t) throw bad();
  return { startedAt: d, skip };
}
