// Seeded synthetic conversations for the check benchmark: realistic lengths (8–24 turns, times, events) with
// forbidden phrases, fillers and polite forms mixed in at call-center-like rates. Invented text only.
const AGENT = [
  '您好，很高兴为您服务，请问有什么可以帮您？',
  '好的，请稍等，我帮您查一下。',
  '感谢您的耐心等待，您本月的话费是三十五元，其中包含流量包二十元。',
  '这个问题需要后台核实，我这边给您登记一个工单，二十四小时内会有专人联系您。',
  '不知道您还有其他问题吗？',
  '我不是跟你说过了吗，要等七个工作日。',
  '嗯，这个我也不清楚。',
  '啊，您说的是上个月的账单是吧？',
  '非常抱歉给您带来不便，我们会尽快为您处理。',
  '请问还有其他可以帮您的吗？感谢您的来电，再见。',
];
const CUSTOMER = [
  '我想查一下这个月的话费。',
  '为什么扣了我这么多钱，你们太差了！',
  '好的，谢谢。',
  '我的宽带又断了，已经第三次了，再不解决我就打12315投诉。',
  '没有其他问题了。',
  '那什么时候能到账？',
];

/** mulberry32: a small seeded PRNG so every run benchmarks the same data. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateJsonl(n: number, seed: number): string {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const turns = [];
    let t = 0;
    const count = 8 + Math.floor(rnd() * 17);
    for (let k = 0; k < count; k++) {
      const agent = k % 2 === 0;
      const text = agent ? pick(AGENT) : pick(CUSTOMER);
      const dur = 800 + text.length * 180;
      turns.push({ role: agent ? 'agent' : 'customer', text, startMs: t, endMs: t + dur });
      t += dur + Math.floor(rnd() * 3000);
    }
    const events: object[] = [{ type: 'hangup', by: rnd() < 0.3 ? 'agent' : 'customer', atMs: t + 1000 }];
    if (rnd() < 0.2) events.unshift({ type: 'hold', startMs: 2000, endMs: 2500 });
    lines.push(JSON.stringify({ id: `bench-${i}`, channel: 'voice', agentId: `A${i % 50}`, turns, events }));
  }
  return `${lines.join('\n')}\n`;
}
