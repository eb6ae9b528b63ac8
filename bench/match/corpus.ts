// Seeded generators of customer-service-like Chinese text and phrase lists for the matcher benchmark.
// The vocabulary is invented here (no third-party text); the same seed always gives the same corpus.

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

const OPENERS = ['您好', '你好', '喂', '您好，很高兴为您服务', '请问有什么可以帮您', '嗯', '那个', '哎'];
const SUBJECTS = ['我', '您', '你', '我们', '这边', '系统', '师傅', '客户', '工作人员', '营业厅'];
const VERBS = [
  '查询',
  '办理',
  '取消',
  '开通',
  '退订',
  '投诉',
  '反映',
  '核实',
  '登记',
  '处理',
  '转接',
  '回复',
  '安装',
  '维修',
  '缴费',
  '补办',
  '升级',
  '咨询',
];
const OBJECTS = [
  '套餐',
  '流量包',
  '宽带',
  '话费',
  '账单',
  '订单',
  '快递',
  '退款',
  '发票',
  '积分',
  '会员',
  '合约',
  '优惠活动',
  '网络信号',
  '银行卡',
  '验证码',
  '版本号',
  '工单',
  '预约时间',
  '收货地址',
];
const ADVERBS = ['马上', '已经', '还没', '一直', '尽快', '稍后', '今天', '明天', '刚才', '再次'];
const TAILS = ['了吗', '好吗', '可以吗', '是吧', '对吧', '呢', '啊', '哦', '的', '了', '一下'];
const SET_PHRASES = [
  '请您稍等，我帮您查一下',
  '非常抱歉给您带来不便',
  '感谢您的耐心等待',
  '还有其他可以帮您的吗',
  '我不是跟你说过了吗',
  '这个不归我们管',
  '你自己去营业厅问吧',
  '不知道您安装的版本号是多少',
  '我们会在二十四小时内给您回复',
  '您的问题我已经记录下来了',
  '麻烦您提供一下手机号码',
  '我要投诉你们',
  '信号一直不好',
  '怎么还没到账',
  '祝您生活愉快，再见',
];
const PUNCT = ['，', '。', '？', '！', '、', ',', ' ', '…'];
const EMOJI = ['😊', '👍', '🙏', '😡'];
// Traditional and full-width forms real chat logs mix in.
const TRAD: Record<string, string> = {
  说: '說',
  过: '過',
  问: '問',
  题: '題',
  话: '話',
  费: '費',
  单: '單',
  号: '號',
  这: '這',
  么: '麼',
};

function sentence(rnd: () => number): string {
  const r = rnd();
  if (r < 0.25) return pick(rnd, SET_PHRASES);
  let s = '';
  if (rnd() < 0.3) s += pick(rnd, OPENERS) + pick(rnd, PUNCT);
  s += pick(rnd, SUBJECTS);
  if (rnd() < 0.5) s += pick(rnd, ADVERBS);
  s += pick(rnd, VERBS) + pick(rnd, OBJECTS);
  if (rnd() < 0.6) s += pick(rnd, TAILS);
  return s;
}

/** Documents (one turn each) totalling about `totalChars` UTF-16 units. */
export function generateCorpus(seed: number, totalChars: number, messy = true): string[] {
  const rnd = seededRandom(seed);
  const docs: string[] = [];
  let size = 0;
  while (size < totalChars) {
    let doc = '';
    const sentences = 1 + Math.floor(rnd() * 4);
    for (let k = 0; k < sentences; k++) {
      let s = sentence(rnd);
      if (messy && rnd() < 0.1) s = [...s].map((ch) => (rnd() < 0.5 ? (TRAD[ch] ?? ch) : ch)).join('');
      if (messy && rnd() < 0.05) s += pick(rnd, EMOJI);
      doc += s + pick(rnd, PUNCT);
    }
    if (messy && rnd() < 0.05) doc += ' ＡＰＰ ' + String(Math.floor(rnd() * 1000));
    docs.push(doc);
    size += doc.length;
  }
  return docs;
}

// Characters of everyday Chinese that the generated dialogue rarely uses: blocklists are mostly words that
// do not occur in a given call, and their characters widen the alphabet as in real lists.
const OTHER_CHARS =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研质';

/**
 * `count` distinct phrases: one in thirty is a piece of a generated sentence (they hit), the rest are
 * random two-to-six character words over the corpus's and other common characters (mostly misses, as in
 * large blocklists).
 */
export function generatePhrases(seed: number, count: number): string[] {
  const rnd = seededRandom(seed);
  const alphabet = [
    ...new Set(
      [...SUBJECTS, ...VERBS, ...OBJECTS, ...ADVERBS, ...TAILS, ...SET_PHRASES].join('') + OTHER_CHARS,
    ),
  ].filter((c) => !PUNCT.includes(c));
  const out = new Set<string>();
  while (out.size < count) {
    const len = 2 + Math.floor(rnd() * rnd() * 5) + (rnd() < 0.7 ? 1 : 0);
    if (rnd() < 0.03) {
      const s = sentence(rnd).replace(/[，。？！、, …]/g, '');
      const at = Math.floor(rnd() * Math.max(1, s.length - len));
      const p = s.slice(at, at + len);
      if (p.length >= 2) out.add(p);
    } else {
      let p = '';
      for (let k = 0; k < len; k++) p += pick(rnd, alphabet);
      out.add(p);
    }
  }
  return [...out];
}
