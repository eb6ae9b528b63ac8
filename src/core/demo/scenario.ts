// What a hotline scenario supplies to the dialogue composer, plus helpers shared by the scenario files.
import { addDays, type LocalDate } from '../time/days.ts';
import type { Exchange } from './faults-text.ts';
import type { Rng } from '../random/random.ts';

export interface Persona {
  fullName: string;
  /** How the agent addresses the customer: 王先生 / 李女士. */
  address: string;
}

export interface IdentityCheck {
  ask: string;
  reply: string;
  ok: string;
}

export interface Step {
  agent: string;
  customer?: string;
}

export interface ScenarioContent {
  /** The customer's first statement of the problem, calm. */
  problem: string;
  /** The same problem told by an upset customer (opener and threat are added by the composer). */
  complaint: string;
  identity: IdentityCheck | null;
  /** The answer needs a search in a back-office system: a hold or a "please wait". */
  lookup: boolean;
  /** Agent lines that answer the problem, in order, each optionally followed by the customer's reply. */
  answer: Step[];
  /** Calm follow-up questions with courteous answers. */
  exchanges: Exchange[];
  /** A follow-up the agent could deflect (推诿) to another party. */
  outOfScope: { customer: string; dept: string; answer: string };
}

export interface Scenario {
  id: string;
  /** Shown to users as the call reason (meta.topic). */
  topic: string;
  teamId: 'T01' | 'T02';
  skillGroup: string;
  /** Skill group of the online-chat variant; absent when the scenario is voice only. */
  chatSkillGroup?: string;
  /** Share of this scenario's contacts that are chats. */
  chatShare: number;
  /** Relative frequency among all contacts. */
  weight: number;
  /** Multiplier on the chance that the customer is upset (a stuck parcel angers more than a bill query). */
  anger: number;
  build(rng: Rng, persona: Persona, date: LocalDate): ScenarioContent;
}

export function digits(rng: Rng, n: number): string {
  let s = String(rng.int(1, 9));
  while (s.length < n) s += String(rng.int(0, 9));
  return s;
}

export function money(rng: Rng, min: number, max: number): string {
  return `${rng.int(min, max)}.${String(rng.int(0, 99)).padStart(2, '0')}`;
}

/** A date some days after `date`, said the Chinese way: 10月18日. */
export function spokenDate(date: LocalDate, plusDays: number): string {
  const d = addDays(date, plusDays);
  return `${d.month}月${d.day}日`;
}

const CITIES = [
  '杭州市西湖区',
  '南京市鼓楼区',
  '成都市武侯区',
  '武汉市洪山区',
  '苏州市工业园区',
  '合肥市蜀山区',
];
const ROADS = ['文一西路', '中山北路', '天府大道', '珞喻路', '星湖街', '长江西路'];
const ESTATES = ['阳光花园', '锦绣家园', '翠苑小区', '金色港湾', '书香名邸', '和平里'];

export function address(rng: Rng): string {
  return `${rng.pick(CITIES)}${rng.pick(ROADS)}${rng.int(8, 999)}号${rng.pick(ESTATES)}${rng.int(1, 30)}幢${rng.int(1, 28)}0${rng.int(1, 4)}室`;
}

export function cardIdentity(rng: Rng, p: Persona): IdentityCheck {
  return {
    ask: rng.pick([
      '为了保障您的账户安全，请您提供一下持卡人姓名和身份证号码的后四位。',
      '请问，我可以知道您的姓名和身份证后四位吗？',
    ]),
    reply: `我叫${p.fullName}，身份证后四位是${digits(rng, 3)}${rng.pick(['X', String(rng.int(0, 9))])}。`,
    ok: rng.pick(['好的，身份已核实，感谢您的配合。', `好的${p.address}，身份核实通过。`]),
  };
}
