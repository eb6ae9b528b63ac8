// UI strings of recordings: the player on the conversation page, low-confidence marks, and the recording upload on
// the import page (docs/stt.md), merged into the main dictionary (messages.ts).
export const sttZhCN = {
  'recording.title': '通话录音',
  'recording.engine': '转写引擎：{engine}',
  'recording.follow': '播放时文字跟随，点击命中可跳到对应时刻',
  'recording.lowConfidence': '识别置信度低 {confidence}',
  'recording.lowConfidenceHint': '语音识别对这段不确定：此处的命中只送复核，不扣分',
  'recording.needsReview': '待复核（识别不确定）',
  'recording.upload.title': '录音转写',
  'recording.upload.hint': 'PCM WAV（16 位，8 或 16 kHz）；立体声时每个声道一方，单声道按说话人分离',
  'recording.upload.pick': '点击或拖入一个 WAV 录音文件',
  'recording.upload.agentId': '坐席工号',
  'recording.upload.conversationId': '会话编号（可选）',
  'recording.upload.agentChannel': '坐席所在声道（立体声）',
  'recording.upload.left': '左声道',
  'recording.upload.right': '右声道',
  'recording.upload.submit': '上传并转写',
  'recording.upload.open': '打开会话',
  'recording.status.queued': '排队中',
  'recording.status.transcribing': '转写中',
  'recording.status.ingesting': '入库评分中',
  'recording.status.done': '已完成',
  'recording.status.failed': '失败',
} as const;

export type L16bKey = keyof typeof sttZhCN;

export const sttEnUS: Record<L16bKey, string> = {
  'recording.title': 'Call recording',
  'recording.engine': 'Transcribed by {engine}',
  'recording.follow': 'The transcript follows playback; click a hit to jump to its moment',
  'recording.lowConfidence': 'Low recognition confidence {confidence}',
  'recording.lowConfidenceHint':
    'Speech recognition was unsure here: hits in this stretch go to review, no deduction',
  'recording.needsReview': 'Needs review (uncertain recognition)',
  'recording.upload.title': 'Transcribe a recording',
  'recording.upload.hint':
    'PCM WAV (16-bit, 8 or 16 kHz); stereo with one party per channel, or mono separated by speaker',
  'recording.upload.pick': 'Click or drop one WAV recording',
  'recording.upload.agentId': 'Agent ID',
  'recording.upload.conversationId': 'Conversation ID (optional)',
  'recording.upload.agentChannel': 'Agent channel (stereo)',
  'recording.upload.left': 'Left',
  'recording.upload.right': 'Right',
  'recording.upload.submit': 'Upload and transcribe',
  'recording.upload.open': 'Open conversation',
  'recording.status.queued': 'Queued',
  'recording.status.transcribing': 'Transcribing',
  'recording.status.ingesting': 'Storing and scoring',
  'recording.status.done': 'Done',
  'recording.status.failed': 'Failed',
};
