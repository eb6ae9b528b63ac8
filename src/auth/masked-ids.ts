// A conversation id can carry a personal number (a switch that names calls by the caller's phone number:
// `13812345678-0930`). Roles that see masks get that id masked like every other string (src/http/mask-response.ts),
// so the links of their lists and pages hold the masked form. This resolves such a masked id back to the one
// conversation it stands for, only among the caller's own conversations and only for the exact masked form the
// caller was shown: it opens what the list showed and reveals no digit (a guessed pattern finds nothing).
import { inScope, seesPersonalNumbers, type Principal } from '../core/auth/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import { maskPersonalNumbers } from '../core/privacy/mask.ts';
import { conversationsLikeMaskedId, type Store } from '../store/index.ts';

/** Candidates read per lookup: ids differing only in masked digits within one caller's scope are rare. */
const CANDIDATES = 50;

/** The stored id a caller means by `id`: `id` itself unless it is the masked form of one of their conversations. */
export async function resolveConversationId(store: Store, p: Principal, id: string): Promise<string> {
  if (seesPersonalNumbers(p.role) || !id.includes('*')) return id;
  const candidates = await conversationsLikeMaskedId(store, id, CANDIDATES);
  const matches = candidates.filter((c) => inScope(p, c) && maskPersonalNumbers(c.id) === id);
  if (matches.length > 1) {
    throw new AppError(
      'CONFLICT',
      `Conversation id ${id} stands for several of your conversations once its numbers are masked; ask someone who sees numbers for the full id`,
    );
  }
  return matches[0]?.id ?? id;
}
