// Composes one dialogue: the call flow of seed 002 (greeting → identity → problem → hold/search →
// answer → "还有其他可以帮您的吗" → closing → customer hangs up) with the planned faults woven in.
// Returns the script and the faults actually injected, which become the conversation's labels.
import type { CallerClass, FaultKind, FaultPlan } from './faults.ts';
import * as bad from './faults-text.ts';
import * as ok from './phrases.ts';
import type { Rng } from '../random/random.ts';
import type { ScenarioContent } from './scenario.ts';
import type { Ending, Gap, Script, ScriptLine } from './timeline.ts';

export interface ComposeInput {
  channel: 'voice' | 'chat';
  callerClass: CallerClass;
  /** "007" for agent A007: said in the voice greeting. */
  agentNo: string;
  /** 小王: the agent's chat nickname. */
  chatNick: string;
  content: ScenarioContent;
  plan: FaultPlan;
}

export interface Composed {
  script: Script;
  faults: FaultKind[];
}

/** Which lines a later pass may touch: fillers go on `body` agent lines only. */
type Tag = 'body' | 'fixed';
interface Line extends ScriptLine {
  tag: Tag;
}

const NORMAL: Gap = { kind: 'normal' };

/** Join a carried-over lead ("好的，身份已核实。") to the next line without a doubled "好的，". */
function joinLead(lead: string, text: string): string {
  return lead && text.startsWith('好的，') ? lead + text.slice(3) : lead + text;
}

export function compose(rng: Rng, input: ComposeInput): Composed {
  switch (input.callerClass) {
    case 'harassment':
      return { script: harassmentCall(rng, input.agentNo), faults: [] };
    case 'silent':
      return { script: silentCall(rng, input.agentNo), faults: [] };
    case 'regular':
      return regularContact(rng, input);
  }
}

function regularContact(rng: Rng, input: ComposeInput): Composed {
  const { channel, content, plan } = input;
  const voice = channel === 'voice';
  const lines: Line[] = [];
  const faults = new Set<FaultKind>();
  const say = (role: Line['role'], text: string, tag: Tag = 'body', gap: Gap = NORMAL): void => {
    lines.push({ role, text, gap, tag });
  };
  let fillers = plan.filler;

  // Opening (seed 002: 使用标准问候语).
  if (voice && rng.chance(0.3)) say('ivr', rng.pick(ok.IVR_PROMPTS), 'fixed');
  if (!voice) say('customer', rng.pick(ok.CHAT_OPENERS));
  if (plan.missingGreeting) {
    say('agent', rng.pick(bad.NO_GREETING)(input.agentNo), 'fixed');
    faults.add('missing-greeting');
  } else if (voice) {
    let greeting = rng.pick(ok.GREETINGS)(input.agentNo);
    if (fillers > 0 && rng.chance(0.35)) {
      greeting = bad.FILLER_GREETING_PREFIX + greeting;
      fillers--;
      faults.add('filler-word');
    }
    say('agent', greeting, 'fixed');
  } else {
    say('agent', rng.pick(ok.CHAT_GREETINGS)(input.chatNick), 'fixed');
  }

  // The problem, calm or upset.
  const mood = plan.mood;
  if (mood.kind === 'upset') {
    const tail = mood.threat ? rng.pick(ok.THREATS) : rng.pick(ok.ANGRY_DEMANDS);
    say('customer', rng.pick(ok.ANGRY_OPENERS) + content.complaint + tail);
    if (mood.threat) faults.add('complaint-risk');
    if (!mood.empathy) faults.add('no-empathy');
  } else {
    say('customer', (voice && rng.chance(0.3) ? '你好，' : '') + content.problem);
  }
  const empathy = mood.kind === 'upset' && mood.empathy ? rng.pick(ok.EMPATHY) : '';

  // Identity check, then the search: a hold on the phone, or "please wait" and a silent search.
  let lead = empathy; // text the next agent line starts with
  if (content.identity) {
    say('agent', joinLead(lead, content.identity.ask));
    say('customer', content.identity.reply);
    lead = content.identity.ok;
  }
  let answeredFirst = false;
  if (content.lookup) {
    const mode = voice
      ? rng.weighted([
          ['hold', 0.55],
          ['pause', 0.2],
          ['none', 0.25],
        ] as const)
      : rng.weighted([
          ['pause', 0.7],
          ['none', 0.3],
        ] as const);
    if (mode !== 'none') {
      say('agent', joinLead(lead, rng.pick(ok.PLEASE_WAIT)));
      lead = '';
      const thanks = rng.pick(ok.THANKS_FOR_WAITING);
      let returnPrefix: string;
      if (mode === 'hold' && plan.holdWithoutThanks) {
        returnPrefix = rng.pick(bad.NO_THANKS_RETURN);
        faults.add('hold-without-thanks');
      } else if (fillers > 0 && voice && rng.chance(0.4)) {
        returnPrefix = bad.FILLER_AFTER_WAIT + thanks;
        fillers--;
        faults.add('filler-word');
      } else {
        returnPrefix = thanks;
      }
      // A search after "请稍等" is excused silence; on the phone it may exceed 20 s, in a chat a minute.
      const gap: Gap =
        mode === 'hold'
          ? { kind: 'hold' }
          : { kind: 'pause', ms: voice ? rng.int(8000, 35_000) : rng.int(30_000, 90_000) };
      const first = content.answer[0];
      if (first) {
        lines.push({ role: 'agent', text: returnPrefix + first.agent, gap, tag: 'body' });
        if (first.customer) say('customer', first.customer);
        answeredFirst = true;
      }
    }
  }
  const steps = answeredFirst ? content.answer.slice(1) : content.answer;
  steps.forEach((step, i) => {
    say('agent', joinLead(i === 0 ? lead : '', step.agent));
    if (step.customer) say('customer', step.customer);
    else if (rng.chance(0.35)) say('customer', rng.pick(ok.CUSTOMER_ACKS));
  });

  // Follow-ups: the scenario's courteous ones in their order (some answer the agent's last question),
  // then the planned faulty exchanges in random order.
  const taken = content.exchanges.slice(
    0,
    rng.int(Math.min(1, content.exchanges.length), content.exchanges.length),
  );
  // An agent question ("需要现在为您办理吗？") is never left hanging: take the customer's answer too.
  while (taken.length < content.exchanges.length && taken.at(-1)?.agent.endsWith('？')) {
    const nextExchange = content.exchanges[taken.length];
    if (!nextExchange) break;
    taken.push(nextExchange);
  }
  const followUps: [string, string][] = taken.map((e) => [e.customer, e.agent]);
  const injected: [string, string][] = [];
  for (const e of rng.sample(bad.FORBIDDEN, plan.forbidden)) injected.push([e.customer, e.agent]);
  if (plan.forbidden > 0) faults.add('forbidden-phrase');
  for (const e of rng.sample(bad.HARSH, plan.harsh)) injected.push([e.customer, e.agent]);
  if (plan.harsh > 0) faults.add('harsh-tone');
  if (plan.shirking) {
    injected.push([content.outOfScope.customer, rng.pick(bad.SHIRKING)(content.outOfScope.dept)]);
    faults.add('shirking');
  } else if (rng.chance(0.3)) {
    followUps.push([content.outOfScope.customer, content.outOfScope.answer]);
  }
  for (const [customer, agent] of followUps) {
    say('customer', customer);
    say('agent', agent);
  }
  // An upset customer gets a commitment before the call winds down (seed 002: 反馈上级领导，之后再回电).
  if (mood.kind === 'upset') say('agent', rng.pick(ok.ESCALATION));
  for (const [customer, agent] of rng.shuffle(injected)) {
    say('customer', customer);
    say('agent', agent, 'fixed');
  }

  const ending = closeContact(rng, input, say, faults);
  applyFillers(rng, lines, fillers, faults);
  if (voice) applyTimingFaults(rng, lines, plan, faults);
  return {
    script: { lines: lines.map(({ role, text, gap }) => ({ role, text, gap })), ending },
    faults: [...faults].sort(),
  };
}

function closeContact(
  rng: Rng,
  { channel, plan }: ComposeInput,
  say: (role: Line['role'], text: string, tag?: Tag) => void,
  faults: Set<FaultKind>,
): Ending {
  if (plan.agentHangup) {
    // seed 003: the agent may hang up only after the customer says there is nothing else.
    faults.add('agent-hangup');
    if (plan.missingClosing || rng.chance(0.4)) {
      say('customer', rng.pick(bad.CUT_OFF_QUESTIONS));
      faults.add('missing-closing');
    } else {
      say('agent', rng.pick(bad.RUSHED_CLOSINGS), 'fixed');
    }
    return { by: 'agent', manner: 'abrupt' };
  }
  say('agent', rng.pick(ok.CONFIRM_MORE));
  say('customer', rng.pick(ok.CUSTOMER_DONE));
  if (plan.missingClosing) {
    say('agent', rng.pick(bad.NO_CLOSING), 'fixed');
    faults.add('missing-closing');
  } else {
    say('agent', rng.pick(channel === 'voice' ? ok.CLOSINGS : ok.CHAT_CLOSINGS), 'fixed');
  }
  if (rng.chance(0.3)) say('customer', '好的，再见。');
  return rng.chance(0.12) ? { by: 'agent', manner: 'courteous' } : { by: 'customer' };
}

/** seed 002: 出现"啊、喂、哎"等系列语气词 — put interjections in front of ordinary agent lines. */
function applyFillers(rng: Rng, lines: Line[], count: number, faults: Set<FaultKind>): void {
  if (count <= 0) return;
  const candidates = lines.flatMap((l, i) => (l.role === 'agent' && l.tag === 'body' ? [i] : []));
  for (const i of rng.sample(candidates, count)) {
    const line = lines[i];
    if (!line) continue;
    line.text = rng.pick(bad.FILLER_PREFIXES) + line.text;
    faults.add('filler-word');
  }
}

/** Interruption (seed 000: 客户讲话时轻易打断客户) and unexcused silence after a customer turn. */
function applyTimingFaults(rng: Rng, lines: Line[], plan: FaultPlan, faults: Set<FaultKind>): void {
  const replies = (minCustomerChars: number): number[] =>
    lines.flatMap((l, i) => {
      const before = lines[i - 1];
      return l.role === 'agent' &&
        l.gap.kind === 'normal' &&
        before?.role === 'customer' &&
        before.text.length >= minCustomerChars
        ? [i]
        : [];
    });
  if (plan.interruption) {
    const at = replies(10);
    if (at.length > 0) {
      const line = lines[rng.pick(at)];
      if (line) {
        line.gap = { kind: 'overlap' };
        faults.add('interruption');
      }
    }
  }
  if (plan.longSilence) {
    const at = replies(1);
    if (at.length > 0) {
      const line = lines[rng.pick(at)];
      if (line) {
        line.gap = { kind: 'pause', ms: rng.int(21_000, 45_000) };
        faults.add('long-silence');
      }
    }
  }
  // Customers also talk over agents; that is no agent fault, and the interruption rule must not flag it.
  if (rng.chance(0.06)) {
    const at = lines.flatMap((l, i) =>
      l.role === 'customer' &&
      l.gap.kind === 'normal' &&
      lines[i - 1]?.role === 'agent' &&
      (lines[i - 1]?.text.length ?? 0) >= 15
        ? [i]
        : [],
    );
    const line = at.length > 0 ? lines[rng.pick(at)] : undefined;
    if (line) line.gap = { kind: 'overlap' };
  }
}

function harassmentCall(rng: Rng, agentNo: string): Script {
  const [first, second] = rng.sample(ok.HARASSMENT_LINES, 2);
  return {
    lines: [
      { role: 'agent', text: rng.pick(ok.GREETINGS)(agentNo), gap: NORMAL },
      { role: 'customer', text: first ?? '', gap: NORMAL },
      { role: 'agent', text: rng.pick(ok.HARASSMENT_WARNINGS), gap: NORMAL },
      { role: 'customer', text: second ?? '', gap: NORMAL },
      { role: 'agent', text: ok.HARASSMENT_FINAL, gap: NORMAL },
    ],
    // seed 003: 无价值来电，员工提醒之后拒不改正的，直接挂机处理.
    ending: { by: 'agent', manner: 'courteous' },
  };
}

function silentCall(rng: Rng, agentNo: string): Script {
  return {
    lines: [
      { role: 'agent', text: rng.pick(ok.GREETINGS)(agentNo), gap: NORMAL },
      ...ok.SILENT_CHECKS.map((text): ScriptLine => ({
        role: 'agent',
        text,
        gap: { kind: 'pause', ms: rng.int(4000, 7000) },
      })),
      { role: 'agent', text: ok.SILENT_FINAL, gap: { kind: 'pause', ms: rng.int(3000, 5000) } },
    ],
    ending: { by: 'agent', manner: 'courteous' },
  };
}
