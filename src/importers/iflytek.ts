// iFlytek (讯飞开放平台) 录音文件转写 results, as documented in "录音文件转写 API 文档" (raasr.xfyun.cn, API v2,
// getResult): `{ code: "000000", descInfo, content: { orderInfo: { orderId, status, failType, originalDuration },
// orderResult } }`, where orderResult is a JSON string `{ lattice: [{ json_1best }] }` and each json_1best is
// itself a JSON string `{ st: { bg, ed, rl, rt: [{ ws: [{ cw: [{ w, wp }] }] }] } }`: bg/ed are ms from the start
// of the audio, rl the separated role (角色分离: 1, 2…; 0 or absent when off) and the words are the first
// candidate `cw[0].w` of each `ws` (wp "g" marks a paragraph, not a word). `lattice2` (the unsmoothed text) is
// ignored when `lattice` is there. Also accepted: `content`, the parsed orderResult or the lattice at the top.
import type { FieldError } from '../core/conversation/schema.ts';
import { idText, isObject, num, type AsrSentence, type AsrVendor } from './asr.ts';

function parseMaybe(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return undefined;
  }
}

interface Located {
  lattice: unknown[] | undefined;
  path: string;
  orderInfo: Record<string, unknown> | undefined;
  code: string | undefined;
  desc: string | undefined;
}

function locate(root: unknown): Located | undefined {
  if (!isObject(root)) return undefined;
  const code = typeof root.code === 'string' ? root.code : undefined;
  const desc = typeof root.descInfo === 'string' ? root.descInfo : undefined;
  const content = isObject(root.content) ? root.content : root;
  const base = isObject(root.content) ? 'content.' : '';
  const orderInfo = isObject(content.orderInfo) ? content.orderInfo : undefined;
  const order = 'orderResult' in content ? parseMaybe(content.orderResult) : content;
  const path = 'orderResult' in content ? `${base}orderResult.lattice` : `${base}lattice`;
  const lattice = isObject(order) && Array.isArray(order.lattice) ? order.lattice : undefined;
  if (lattice === undefined && orderInfo === undefined && code === undefined) return undefined;
  return { lattice, path, orderInfo, code, desc };
}

export const iflytekVendor: AsrVendor = {
  source: 'iflytek-lfasr',
  detect(root) {
    const l = locate(root);
    return l !== undefined && (l.lattice !== undefined || l.orderInfo !== undefined);
  },
  extract(root, lineOf) {
    const l = locate(root);
    if (!l) return { error: 'expected content.orderResult with a lattice', field: '' };
    const orderId = idText(l.orderInfo?.orderId);
    if (l.code !== undefined && l.code !== '000000') {
      return {
        error: `the transcription request failed (code ${l.code}${l.desc ? `: ${l.desc}` : ''}); no conversation imported`,
        field: 'code',
      };
    }
    if (l.lattice === undefined) {
      const status = num(l.orderInfo?.status);
      const fail = num(l.orderInfo?.failType);
      return {
        error: `no transcription in the result (orderInfo.status ${status ?? '?'}${fail !== undefined && fail !== 0 && fail !== 11 ? `, failType ${fail}` : ''}; status 4 means finished); no conversation imported`,
        field: 'content.orderResult',
      };
    }
    const errors: FieldError[] = [];
    const out: AsrSentence[] = [];
    l.lattice.forEach((item, i) => {
      const p = `${l.path}.${i}`;
      const best = isObject(item) ? parseMaybe(item.json_1best) : undefined;
      const st = isObject(best) && isObject(best.st) ? best.st : undefined;
      if (!st) {
        errors.push({
          line: lineOf(p),
          field: `${p}.json_1best`,
          message: 'expected json_1best with an st object; sentence skipped',
        });
        return;
      }
      const bg = num(st.bg);
      const ed = num(st.ed);
      if (bg === undefined || ed === undefined || bg < 0 || ed < bg) {
        errors.push({
          line: lineOf(p),
          field: `${p}.json_1best.st.${bg === undefined || bg < 0 ? 'bg' : 'ed'}`,
          message: `expected bg ≤ ed in milliseconds (bg ${String(st.bg)}, ed ${String(st.ed)}); sentence skipped`,
        });
        return;
      }
      const words: string[] = [];
      for (const rt of Array.isArray(st.rt) ? st.rt : []) {
        for (const ws of isObject(rt) && Array.isArray(rt.ws) ? rt.ws : []) {
          const cw: unknown = isObject(ws) && Array.isArray(ws.cw) ? (ws.cw as unknown[])[0] : undefined;
          if (isObject(cw) && typeof cw.w === 'string' && cw.wp !== 'g') words.push(cw.w);
        }
      }
      const rl = idText(st.rl);
      out.push({
        path: p,
        text: words.join(''),
        startMs: bg,
        endMs: ed,
        speaker: rl === undefined || rl === '0' ? undefined : rl,
        speakerField: `${p}.json_1best.st.rl`,
      });
    });
    const duration = num(l.orderInfo?.originalDuration);
    return {
      source: this.source,
      taskId: orderId,
      sentences: out,
      errors,
      ...(duration !== undefined ? { meta: { audioDurationMs: duration } } : {}),
    };
  },
};
