// Broadband and mall after-sales scenarios (team T02). Invented content; numbers are drawn per call.
import { address, digits, money, spokenDate, type IdentityCheck, type Scenario } from './scenario.ts';
import type { Rng } from '../random/random.ts';

function broadbandIdentity(rng: Rng): IdentityCheck {
  const byAccount = rng.chance(0.5);
  return {
    ask: '请您提供一下宽带账号或者装机地址，我帮您查询。',
    reply: byAccount ? `宽带账号是${digits(rng, 11)}。` : `装机地址是${address(rng)}。`,
    ok: '好的，已经查到您的宽带信息。',
  };
}

function orderIdentity(rng: Rng): IdentityCheck {
  return {
    ask: '麻烦您提供一下订单号，我帮您查询。',
    reply: `订单号是${digits(rng, 16)}。`,
    ok: '好的，已经查到您的订单了。',
  };
}

const repair: Scenario = {
  id: 'bb-repair',
  topic: '宽带报修',
  teamId: 'T02',
  skillGroup: '宽带-故障报修',
  chatShare: 0,
  weight: 11,
  anger: 1.6,
  build(rng) {
    return {
      problem: '我家宽带从昨天晚上开始就上不了网了，光猫上有个灯一直在闪红灯。',
      complaint: '宽带断了两天了都没人来修，我在家办公全耽误了！',
      identity: broadbandIdentity(rng),
      lookup: true,
      answer: [
        { agent: '经检测，您所在小区的线路有故障，已经为您提交了报修工单。' },
        { agent: '维修人员会在24小时内上门处理，上门前会提前电话联系您。' },
      ],
      exchanges: [
        {
          customer: '上门维修要收费吗？',
          agent: '线路故障维修不收取费用，如果需要更换光猫，会按规定先跟您确认。',
        },
        {
          customer: '那这两天没网的钱怎么算？',
          agent: '故障期间的费用会在修复后按天数为您减免，下月账单里体现。',
        },
      ],
      outOfScope: {
        customer: '那维修师傅到底几点能到？',
        dept: '装维师傅',
        answer: '我这边帮您在工单上备注了加急，师傅出发前会跟您约具体时间。',
      },
    };
  },
};

const renew: Scenario = {
  id: 'bb-renew',
  topic: '宽带续费',
  teamId: 'T02',
  skillGroup: '宽带-业务办理',
  chatShare: 0,
  weight: 6,
  anger: 0.4,
  build(rng, _p, date) {
    const speed = rng.pick([300, 500, 1000]);
    const price = rng.pick([960, 1200, 1560]);
    return {
      problem: '我的宽带快到期了，想问一下续费怎么收费。',
      complaint: '我的宽带快到期了，续费怎么比去年还贵这么多！',
      identity: broadbandIdentity(rng),
      lookup: true,
      answer: [
        {
          agent: `您现在是${speed}兆的套餐，${spokenDate(date, rng.int(3, 25))}到期，续费一年是${price}元。`,
        },
      ],
      exchanges: [
        { customer: '有没有优惠？', agent: '目前续费两年可以赠送三个月使用期，需要为您办理吗？' },
        { customer: '那帮我续两年吧。', agent: '好的，已为您办理续费，稍后会有短信发送缴费链接。' },
      ],
      outOfScope: {
        customer: '我想顺便把手机号也转过来可以吗？',
        dept: '营业厅',
        answer: '携号转网需要本人到营业厅办理，我把附近营业厅的地址短信发给您。',
      },
    };
  },
};

const relocate: Scenario = {
  id: 'bb-relocate',
  topic: '宽带移机',
  teamId: 'T02',
  skillGroup: '宽带-业务办理',
  chatShare: 0,
  weight: 5,
  anger: 0.6,
  build(rng) {
    const where = address(rng);
    return {
      problem: '我下个月要搬家，宽带能不能移到新家去？',
      complaint: '我申请移机一个星期了，到现在都没人联系我！',
      identity: broadbandIdentity(rng),
      lookup: false,
      answer: [
        { agent: '可以的，请问新的安装地址是哪里？', customer: `新地址是${where}。` },
        { agent: `经查询，${where}已经有网络覆盖，可以为您办理移机，移机费是100元。` },
      ],
      exchanges: [
        {
          customer: '好的，那帮我办吧。',
          agent: '已为您提交移机申请，装维人员会在三个工作日内联系您预约上门时间。',
        },
      ],
      outOfScope: {
        customer: '新房子里面的网线谁来布？',
        dept: '装修公司',
        answer: '入户光纤由我们负责，屋内布线如需帮忙，装维人员上门时可以一并评估。',
      },
    };
  },
};

const courier: Scenario = {
  id: 'mall-courier',
  topic: '投诉快递',
  teamId: 'T02',
  skillGroup: '商城-售后',
  chatSkillGroup: '商城-在线客服',
  chatShare: 0.45,
  weight: 10,
  anger: 2.5,
  build(rng) {
    return {
      problem: '我买的东西一个星期了还没到，物流信息三天没更新了。',
      complaint: '我的快递一个星期了还没到，物流三天都不动！',
      identity: orderIdentity(rng),
      lookup: true,
      answer: [
        { agent: '您的包裹目前在中转站滞留，已经为您联系快递方催件，并登记了加急处理。' },
        { agent: '预计两天内为您送达，如果届时还未送达，可以为您办理补发或者退款。' },
      ],
      exchanges: [
        {
          customer: '那到时候能直接送到家吗？',
          agent: '可以的，已经备注送货上门，派送前快递员会电话联系您。',
        },
      ],
      outOfScope: {
        customer: '快递员态度很差，这个怎么算？',
        dept: '快递公司',
        answer: '快递员的服务问题我这边帮您记录并反馈给快递方核实，处理结果会短信告知您。',
      },
    };
  },
};

const refund: Scenario = {
  id: 'mall-refund',
  topic: '退款进度',
  teamId: 'T02',
  skillGroup: '商城-售后',
  chatSkillGroup: '商城-在线客服',
  chatShare: 0.5,
  weight: 10,
  anger: 1.3,
  build(rng, _p, date) {
    const amount = money(rng, 39, 2600);
    return {
      problem: '我退货已经寄回去好几天了，退款什么时候能到账？',
      complaint: `我退货寄回去都十天了，${amount}元到现在还没退给我！`,
      identity: orderIdentity(rng),
      lookup: true,
      answer: [
        { agent: `您的退货仓库已经在${spokenDate(date, -rng.int(1, 4))}签收，退款${amount}元已经原路退回。` },
        { agent: '银行卡支付的一般一到三个工作日到账，请您留意银行的到账通知。' },
      ],
      exchanges: [
        { customer: '运费也会退吗？', agent: '是的，您购买了退货运费险，运费会在退款到账后单独赔付。' },
      ],
      outOfScope: {
        customer: '那银行那边要是没收到怎么办？',
        dept: '银行',
        answer: '如果三个工作日后还没到账，您再联系我们，我们会提供退款凭证帮您核查。',
      },
    };
  },
};

const exchange: Scenario = {
  id: 'mall-exchange',
  topic: '退换货',
  teamId: 'T02',
  skillGroup: '商城-售后',
  chatSkillGroup: '商城-在线客服',
  chatShare: 0.5,
  weight: 8,
  anger: 0.9,
  build(rng) {
    return {
      problem: '我买的鞋子尺码不合适，想换大一码的。',
      complaint: '鞋子尺码发错了，我申请换货三天了都没人处理！',
      identity: orderIdentity(rng),
      lookup: true,
      answer: [
        {
          agent: '您的订单在七天无理由退换期内，可以为您办理换货，请问需要换成多大的尺码？',
          customer: `换${rng.int(38, 44)}码的。`,
        },
        { agent: '好的，已为您提交换货申请，快递员会在明天上门取件，取件时请您把鞋子和包装一起交给快递员。' },
      ],
      exchanges: [
        { customer: '换货要我出运费吗？', agent: '尺码换货的来回运费都由商城承担，您不需要额外付费。' },
      ],
      outOfScope: {
        customer: '我想直接找商家退，可以吗？',
        dept: '商家',
        answer: '商城订单的换货由我们统一处理，您这边不需要再联系商家。',
      },
    };
  },
};

const invoice: Scenario = {
  id: 'mall-invoice',
  topic: '开具发票',
  teamId: 'T02',
  skillGroup: '商城-售后',
  chatSkillGroup: '商城-在线客服',
  chatShare: 0.6,
  weight: 5,
  anger: 0.3,
  build(rng) {
    const mail = `${String.fromCharCode(97 + rng.int(0, 25))}${digits(rng, 6)}@example.com`;
    return {
      problem: '我上个月买的东西想开一张电子发票，公司报销要用。',
      complaint: '我申请发票一个月了还没开出来，报销都过期了！',
      identity: orderIdentity(rng),
      lookup: false,
      answer: [
        {
          agent: '好的，请问发票抬头和税号是什么？',
          customer: '抬头是我们公司全称，税号我发短信给你们可以吗？',
        },
        { agent: '可以的，您回复短信即可，我这边已为您登记开票申请。' },
        { agent: `电子发票会在24小时内发送到您的邮箱${mail}，请您注意查收。` },
      ],
      exchanges: [
        {
          customer: '能开专票吗？',
          agent: '可以开具增值税专用发票，需要您补充开户行和账号，专票会邮寄给您。',
        },
      ],
      outOfScope: {
        customer: '那我们财务说抬头不对怎么办？',
        dept: '财务',
        answer: '如果抬头有误，可以在发票开具后三十天内申请重开，您联系我们就可以。',
      },
    };
  },
};

export const LIFE_SCENARIOS: readonly Scenario[] = [
  repair,
  renew,
  relocate,
  courier,
  refund,
  exchange,
  invoice,
];
