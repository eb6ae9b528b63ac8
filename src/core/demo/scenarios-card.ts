// Credit-card hotline scenarios (team T01). Invented content; amounts and dates are drawn per call.
import { address, cardIdentity, digits, money, spokenDate, type Scenario } from './scenario.ts';

const bill: Scenario = {
  id: 'card-bill',
  topic: '查询账单',
  teamId: 'T01',
  skillGroup: '信用卡-账务',
  chatSkillGroup: '信用卡-在线客服',
  chatShare: 0.15,
  weight: 14,
  anger: 0.4,
  build(rng, p, date) {
    const total = money(rng, 800, 18000);
    const due = spokenDate(date, rng.int(5, 20));
    const periods = rng.pick([3, 6, 12]);
    return {
      problem: '我想查一下这个月的账单是多少，还款日是哪天。',
      complaint: '我这个月账单怎么多出来好几百，根本没刷过这么多！',
      identity: cardIdentity(rng, p),
      lookup: true,
      answer: [{ agent: `您本期账单金额是${total}元，到期还款日是${due}，请您在到期日前按时还款。` }],
      exchanges: [
        {
          customer: '那我能分期还吗？',
          agent: `可以的，本期账单可以申请${periods}期分期，每期手续费会在短信里列明，需要现在帮您办理吗？`,
        },
        {
          customer: '先不用了，我考虑一下。',
          agent: '好的，您考虑好了可以随时来电，或者在手机银行上自助办理。',
        },
      ],
      outOfScope: {
        customer: '那商户多扣的钱什么时候退给我？',
        dept: '商户',
        answer: '商户退款需要商户发起，我这边帮您登记跟进，到账后会短信通知您。',
      },
    };
  },
};

const limit: Scenario = {
  id: 'card-limit',
  topic: '额度调整',
  teamId: 'T01',
  skillGroup: '信用卡-账务',
  chatShare: 0,
  weight: 8,
  anger: 0.3,
  build(rng, p) {
    const amount = rng.pick([20000, 30000, 50000, 80000]);
    return {
      problem: '我下个月要出差，想把信用卡额度临时提高一点。',
      complaint: '我申请提额好几次了都不给批，你们到底什么标准？',
      identity: cardIdentity(rng, p),
      lookup: true,
      answer: [{ agent: `经查询，您的卡片可以申请临时额度${amount}元，有效期30天，需要现在为您办理吗？` }],
      exchanges: [
        { customer: '好的，帮我办一下。', agent: '已为您调整成功，稍后会有短信通知，请您留意查收。' },
        { customer: '到期以后额度会自动恢复吗？', agent: '是的，临时额度到期后会自动恢复为原来的固定额度。' },
      ],
      outOfScope: {
        customer: '那固定额度什么时候能提？',
        dept: '审批中心',
        answer: '固定额度由系统根据用卡情况定期评估，我这边帮您提交一次提额申请，审批结果会短信通知您。',
      },
    };
  },
};

const addressChange: Scenario = {
  id: 'card-address',
  topic: '修改地址',
  teamId: 'T01',
  skillGroup: '信用卡-账户服务',
  chatShare: 0.1,
  chatSkillGroup: '信用卡-在线客服',
  weight: 8,
  anger: 0.2,
  build(rng, p) {
    const where = address(rng);
    return {
      problem: '我搬家了，想把信用卡的账单邮寄地址改一下。',
      complaint: '我都说了好几次地址改了，你们的信函还往老地址寄！',
      identity: cardIdentity(rng, p),
      lookup: false,
      answer: [
        { agent: '好的，请您提供一下新的邮寄地址。', customer: `新地址是${where}。` },
        { agent: `跟您核对一下，新的邮寄地址是${where}，对吗？`, customer: '对的。' },
        { agent: '已为您修改成功，下期账单开始按新地址寄送。' },
      ],
      exchanges: [
        { customer: '电子账单也能开通吗？', agent: '可以的，已为您同时开通电子账单，会发送到您预留的邮箱。' },
      ],
      outOfScope: {
        customer: '那已经寄到老地址的信怎么办？',
        dept: '邮政',
        answer: '已寄出的信函我帮您登记重新补寄一份到新地址，大约五个工作日送达。',
      },
    };
  },
};

const dispute: Scenario = {
  id: 'card-dispute',
  topic: '交易争议',
  teamId: 'T01',
  skillGroup: '信用卡-用卡安全',
  chatShare: 0,
  weight: 6,
  anger: 2.2,
  build(rng, p) {
    const amount = money(rng, 300, 9000);
    return {
      problem: `我卡上有一笔${amount}元的消费，不是我本人刷的。`,
      complaint: `我卡上莫名其妙被刷了${amount}元，你们的卡怎么这么不安全！`,
      identity: cardIdentity(rng, p),
      lookup: true,
      answer: [
        { agent: `这笔${amount}元的交易已经查到，为了保障资金安全，已为您的卡片做了临时冻结。` },
        { agent: '同时已为您提交争议交易调查，三到五个工作日内会有专人联系您。' },
      ],
      exchanges: [
        {
          customer: '那我还要做什么吗？',
          agent: '建议您保留好卡片和消费记录，必要时可以到派出所报案，报案回执可以加快处理。',
        },
        {
          customer: '冻结了我还能用卡吗？',
          agent: '冻结期间暂时不能刷卡，我这边可以为您申请换发新卡，新卡七个工作日内寄出。',
        },
      ],
      outOfScope: {
        customer: '那这钱是不是要找警察追？',
        dept: '派出所',
        answer: '调查期间这笔款项暂不需要您还款，报案的话我们可以提供交易明细配合。',
      },
    };
  },
};

const payment: Scenario = {
  id: 'card-payment',
  topic: '还款未入账',
  teamId: 'T01',
  skillGroup: '信用卡-账务',
  chatSkillGroup: '信用卡-在线客服',
  chatShare: 0.15,
  weight: 6,
  anger: 1.2,
  build(rng, p) {
    const amount = money(rng, 500, 12000);
    const tail = digits(rng, 4);
    return {
      problem: `我昨天从尾号${tail}的储蓄卡还了${amount}元，怎么显示还没入账？`,
      complaint: `我明明昨天就还了${amount}元，你们还发短信说我逾期！`,
      identity: cardIdentity(rng, p),
      lookup: true,
      answer: [
        {
          agent: '您这笔跨行还款已经在途，跨行还款一般需要一到两个工作日入账。',
          customer: '那会不会算我逾期？',
        },
        { agent: '只要是在到期还款日之前转出的，都按时还款处理，不会影响您的信用记录。' },
      ],
      exchanges: [
        { customer: '那以后怎么还款能快一点？', agent: '建议您绑定本行储蓄卡设置自动还款，当天就能入账。' },
      ],
      outOfScope: {
        customer: '那是不是转出的那家银行的问题？',
        dept: '转出银行',
        answer: '我这边帮您登记查询，如果明天还未入账，我们会主动联系您处理。',
      },
    };
  },
};

export const CARD_SCENARIOS: readonly Scenario[] = [bill, limit, addressChange, dispute, payment];
