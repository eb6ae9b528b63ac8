// UI strings of the conversation page's workflow card (reviews, appeals, actions) and the review reassignment.
export const hubZhCN = {
  'hub.title': '质检流程',
  'hub.caller': '来电号码',
  'hub.noReview': '尚未复核',
  'hub.review': '复核 #{id}',
  'hub.inspector': '质检员 {name}',
  'hub.final': '终审 {final}（机检 {machine}）',
  'hub.deadline': '申诉截止 {at}',
  'hub.olderScore': '针对旧版本评分',
  'hub.appeal': '申诉 #{id}',
  'hub.startReview': '发起复核',
  'hub.started': '已创建复核任务 #{id}',
  'hub.openTask': '去复核',
  'hub.reassign': '改派',
  'hub.reassignTo': '改派给',
  'hub.reassigned': '已改派',
  'hub.registerComplaint': '登记投诉',
  'hub.fileAppeal': '申诉',
  'hub.decideAppeals': '处理申诉',
  'hub.appealTarget': '申诉的扣分项',
  'hub.appealReason': '申诉理由',
  'hub.appealFiled': '申诉已提交',
  'hub.overturned.rejected': '复核推翻',
  'hub.overturned.upheld': '申诉成立',
  'hub.confirmed': '复核确认',
  'hub.manualItem': '人工项 {item}',
} as const;

export type HubKey = keyof typeof hubZhCN;

export const hubEnUS: Record<HubKey, string> = {
  'hub.title': 'Review and appeal',
  'hub.caller': 'Caller number',
  'hub.noReview': 'Not reviewed yet',
  'hub.review': 'Review #{id}',
  'hub.inspector': 'Inspector {name}',
  'hub.final': 'Final {final} (machine {machine})',
  'hub.deadline': 'Appeal until {at}',
  'hub.olderScore': 'Reviewed an older score',
  'hub.appeal': 'Appeal #{id}',
  'hub.startReview': 'Start a review',
  'hub.started': 'Review task #{id} created',
  'hub.openTask': 'Review it',
  'hub.reassign': 'Reassign',
  'hub.reassignTo': 'Reassign to',
  'hub.reassigned': 'Reassigned',
  'hub.registerComplaint': 'Register complaint',
  'hub.fileAppeal': 'Appeal',
  'hub.decideAppeals': 'Decide appeals',
  'hub.appealTarget': 'Deduction appealed',
  'hub.appealReason': 'Reason',
  'hub.appealFiled': 'Appeal filed',
  'hub.overturned.rejected': 'Overturned in review',
  'hub.overturned.upheld': 'Appeal upheld',
  'hub.confirmed': 'Confirmed in review',
  'hub.manualItem': 'Manual item {item}',
};

// Review throughput: queue filters, the inspector column, the next task, read-only tasks for roles that cannot work.
export const reviewFlowZhCN = {
  'reviewFlow.inspector': '质检员',
  'reviewFlow.allInspectors': '全部质检员',
  'reviewFlow.searchConversation': '按会话编号筛选',
  'reviewFlow.next': '下一条任务 (N)',
  'reviewFlow.queueEmpty': '您的待复核队列已清空',
  'reviewFlow.readOnly': '您的角色只能查看此任务；复核由分配的质检员或质检主管完成。',
  'reviewFlow.comment': '给坐席的评语（可选）',
  'reviewFlow.commentShown': '评语：{comment}',
} as const;

export type ReviewFlowKey = keyof typeof reviewFlowZhCN;

export const reviewFlowEnUS: Record<ReviewFlowKey, string> = {
  'reviewFlow.inspector': 'Inspector',
  'reviewFlow.allInspectors': 'All inspectors',
  'reviewFlow.searchConversation': 'Filter by conversation id',
  'reviewFlow.next': 'Next task (N)',
  'reviewFlow.queueEmpty': 'Your review queue is empty',
  'reviewFlow.readOnly': 'Your role may only view this task; the assigned inspector or a QA lead reviews it.',
  'reviewFlow.comment': 'Comment to the agent (optional)',
  'reviewFlow.commentShown': 'Comment: {comment}',
};
