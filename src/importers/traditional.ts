// Traditional → simplified for the few characters that occur in column headers and role words, so a Big5
// export from a Taiwan or Hong Kong team (會話ID, 內容, 開始時間, 客戶, 話務員) matches the same names.
// Only labels are folded this way, never the conversation text.
// prettier-ignore
const PAIRS = '會会內内開开時时間间結结話话號号員员說说聲声錄录識识別别轉转寫写發发訊讯傳传戶户類类對对記记稱称機机' +
  '統统編编碼码務务線线廳厅視视網网頁页態态應应問问題题語语聽听與与於于達达產产單单據据標标簽签訂订購购務务紀纪' +
  '撥拨號号轉转聯联絡络帳账費费務务處处辦办諮咨詢询專专員员顧顾賓宾質质檢检';

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP.set(PAIRS[i]!, PAIRS[i + 1]!);

export function simplifyLabel(s: string): string {
  let out = '';
  for (const ch of s) out += MAP.get(ch) ?? ch;
  return out;
}
