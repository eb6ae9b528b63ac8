// Complaint causes, seed 004 客戶投訴的原因 (file 004_*.txt): (一) the agent's own service — 業(yè)務(wù)處理能力不足,
// 服務(wù)態(tài)度引發(fā), 服務(wù)技能缺失 (communication); (二) the bank's process and rules blamed on the agent — 流程制度原因,
// 在線升級效率低, 後臺業(yè)務(wù)處理不規(guī)範(fàn); plus the customer, product/policy and system causes the seed names among its
// measures (產(chǎn)品的特點(diǎn)或系統(tǒng)缺陷). Version 1 of the list; the complaint desk edits it (each edit bumps the row's version).
export const COMPLAINT_CAUSE_GROUPS = ['agent', 'process', 'customer', 'product_policy', 'system'] as const;
export type ComplaintCauseGroup = (typeof COMPLAINT_CAUSE_GROUPS)[number];

export interface CauseSeed {
  id: string;
  group: ComplaintCauseGroup;
  name: string;
  nameEn: string;
}

export const COMPLAINT_CAUSES_V1: readonly CauseSeed[] = [
  {
    id: 'agent.capability',
    group: 'agent',
    name: '业务处理能力不足',
    nameEn: 'Business capability (handling errors)',
  },
  { id: 'agent.attitude', group: 'agent', name: '服务态度', nameEn: 'Service attitude' },
  {
    id: 'agent.communication',
    group: 'agent',
    name: '服务技能缺失（沟通方式欠妥）',
    nameEn: 'Communication skills',
  },
  { id: 'agent.process-error', group: 'agent', name: '操作/流程差错', nameEn: 'Process error by the agent' },
  { id: 'process.rules', group: 'process', name: '流程制度原因', nameEn: 'Process and rules' },
  { id: 'process.escalation', group: 'process', name: '在线升级效率低', nameEn: 'Slow online escalation' },
  { id: 'process.back-office', group: 'process', name: '后台业务处理不规范', nameEn: 'Back-office handling' },
  { id: 'customer', group: 'customer', name: '客户原因', nameEn: 'Customer side' },
  { id: 'product-policy', group: 'product_policy', name: '产品/政策原因', nameEn: 'Product or policy' },
  { id: 'system', group: 'system', name: '系统缺陷', nameEn: 'System defect' },
];

/** Channels a complaint reaches the desk by (hotline, online, 微博/media, regulator such as 12315). */
export const COMPLAINT_CHANNELS = ['hotline', 'online', 'media', 'regulator'] as const;

/** Days within which a complaint from the same caller or about the same call is a re-complaint (重复投诉). */
export const DEFAULT_RECOMPLAINT_DAYS = 30;
