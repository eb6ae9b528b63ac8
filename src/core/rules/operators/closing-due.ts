// Whether the conversation reached its end, so the agent owes a closing (seed 002 结束通话时): always on a call
// (the call ended), on a chat only when the agent wrote last. A chat that stops on the customer's message (a Weibo
// or app thread the customer left, or a transcript cut short) has no end the agent could close: judging a closing
// there punished the threads the STC-3 annotators rated most satisfying (docs/rules.md, evaluation).
import { z } from 'zod';
import { NO_HITS } from '../types.ts';
import { defineOperator } from './define.ts';

export const closingDue = defineOperator({
  id: 'closing-due',
  names: { zh: '应有结束语', en: 'Closing due' },
  summary:
    'Holds (one hit on the last agent turn) on a voice conversation, or on a chat whose last turn is the agent’s.',
  timing: false,
  midCall: false,
  textHits: false,
  defaultRole: 'agent',
  options: z.object({}),
  compile() {
    return (view) => {
      const { turns, channel } = view.conversation;
      let last = turns.length - 1;
      while (last >= 0 && turns[last]?.role !== 'agent' && turns[last]?.role !== 'customer') last--;
      if (last < 0) return NO_HITS;
      if (channel === 'chat' && turns[last]?.role !== 'agent') return NO_HITS;
      const agent = view.turns[view.turns.length - 1];
      return agent === undefined ? NO_HITS : { kind: 'hits', hits: [{ turn: agent, start: 0, end: 0 }] };
    };
  },
});
