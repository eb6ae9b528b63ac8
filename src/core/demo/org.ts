// The demo organisation: one client (甲方), one outsourcing vendor (乙方) with two teams, ~20 agents
// with a spread of tenure, and a few users per role. All names are invented.
import { addDays, formatLocalDate, type LocalDate } from '../time/days.ts';
import type { Rng } from '../random/random.ts';

export type UserRole =
  'qa_lead' | 'qa_inspector' | 'team_leader' | 'agent' | 'vendor_manager' | 'complaint_desk';

export interface DemoClient {
  id: string;
  name: string;
}
export interface DemoVendor {
  id: string;
  clientId: string;
  name: string;
}
export interface DemoTeam {
  id: string;
  vendorId: string;
  name: string;
}
export interface DemoAgent {
  id: string;
  name: string;
  teamId: string;
  hiredOn: string;
  /** On-line day (上线日, seed 004): hire + pre-line training; the newest agent is still before it (stage new). */
  onlineOn: string;
}
export interface DemoUser {
  username: string;
  displayName: string;
  role: UserRole;
  agentId?: string;
  teamId?: string;
  vendorId?: string;
}

export interface DemoOrgChart {
  client: DemoClient;
  vendors: DemoVendor[];
  teams: DemoTeam[];
  agents: DemoAgent[];
  users: DemoUser[];
}

export const CLIENT: DemoClient = { id: 'C01', name: '云锦集团客户服务中心' };
export const VENDOR: DemoVendor = { id: 'V01', clientId: CLIENT.id, name: '汇声客服外包服务有限公司' };
/** T01 answers the credit-card lines, T02 broadband and mall after-sales (voice and online chat). */
export const TEAMS: readonly DemoTeam[] = [
  { id: 'T01', vendorId: VENDOR.id, name: '信用卡服务组' },
  { id: 'T02', vendorId: VENDOR.id, name: '综合服务组' },
];

/** Tenure bands (days before the end date) and how many agents fall in each: new / early / mid / late. */
const TENURE_BANDS: readonly { count: number; minDays: number; maxDays: number }[] = [
  { count: 1, minDays: 18, maxDays: 24 }, // joined during the demo window, still in 跟岗 (nesting)
  { count: 4, minDays: 40, maxDays: 85 }, // new: < 3 months
  { count: 6, minDays: 100, maxDays: 360 }, // early: 3–12 months
  { count: 6, minDays: 380, maxDays: 1090 }, // mid: 1–3 years
  { count: 3, minDays: 1120, maxDays: 2200 }, // late: > 3 years
];

/**
 * Pre-line training days of the demo agents. With the default stage thresholds (src/core/coaching/stage.ts) the
 * bands above then land in every stage: the 跟岗 agent is new (not on line yet), under 3 months early, up to a
 * year middle, the rest late. Computed, not drawn, so the random stream (and every other generated value) stays.
 */
const DEMO_TRAINING_DAYS = 30;

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严武戴孔汤',
];
const GIVEN_F = [...'婷静敏丽娜芳燕雪琳颖欣悦佳怡思雨梦瑶倩璐蕾洁琪慧晓'];
const GIVEN_M = [...'明伟杰涛磊强军浩宇鹏飞超凯阳斌亮辉峰志建'];

export interface InventedPerson {
  name: string;
  female: boolean;
}

/** A unique Chinese name not yet in `taken` (most front-line agents are women: 70 %). */
export function inventPerson(rng: Rng, taken: Set<string>, femaleShare = 0.7): InventedPerson {
  const female = rng.chance(femaleShare);
  const chars = female ? GIVEN_F : GIVEN_M;
  for (;;) {
    const first = rng.pick(chars);
    const given = rng.chance(0.7) ? first + rng.pick(chars.filter((c) => c !== first)) : first;
    const name = rng.pick(SURNAMES) + given;
    if (!taken.has(name)) {
      taken.add(name);
      return { name, female };
    }
  }
}

export function inventName(rng: Rng, taken: Set<string>): string {
  return inventPerson(rng, taken).name;
}

export function buildOrg(rng: Rng, end: LocalDate): DemoOrgChart {
  const taken = new Set<string>();
  const tenures = TENURE_BANDS.flatMap((b) =>
    Array.from({ length: b.count }, () => rng.int(b.minDays, b.maxDays)),
  );
  // Shuffle tenure across ids and teams so neither the id order nor a team is all veterans.
  const shuffled = rng.shuffle(tenures);
  const agents: DemoAgent[] = shuffled.map((days, i) => ({
    id: `A${String(i + 1).padStart(3, '0')}`,
    name: inventName(rng, taken),
    teamId: (TEAMS[i % TEAMS.length] as DemoTeam).id,
    hiredOn: formatLocalDate(addDays(end, -days)),
    onlineOn: formatLocalDate(addDays(end, DEMO_TRAINING_DAYS - days)),
  }));

  const person = (username: string, role: UserRole, extra: Partial<DemoUser> = {}): DemoUser => ({
    username,
    displayName: inventName(rng, taken),
    role,
    ...extra,
  });
  const users: DemoUser[] = [
    person('qalead', 'qa_lead', { vendorId: VENDOR.id }),
    person('qa01', 'qa_inspector', { vendorId: VENDOR.id }),
    person('qa02', 'qa_inspector', { vendorId: VENDOR.id }),
    person('qa03', 'qa_inspector', { vendorId: VENDOR.id }),
    ...TEAMS.map((t, i) => person(`tl0${i + 1}`, 'team_leader', { teamId: t.id, vendorId: VENDOR.id })),
    person('pm01', 'vendor_manager', { vendorId: VENDOR.id }),
    person('pm02', 'vendor_manager', { vendorId: VENDOR.id }),
    // The complaint desk (甲方投诉岗) belongs to the client, not to the vendor (seed 002 扣罚事项).
    person('cd01', 'complaint_desk'),
    person('cd02', 'complaint_desk'),
    ...agents.map((a): DemoUser => ({
      username: a.id.toLowerCase(),
      displayName: a.name,
      role: 'agent',
      agentId: a.id,
      teamId: a.teamId,
      vendorId: VENDOR.id,
    })),
  ];
  return { client: CLIENT, vendors: [VENDOR], teams: [...TEAMS], agents, users };
}
