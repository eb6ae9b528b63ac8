import { describe, expect, it } from 'vitest';
import { maskDeep, maskPersonalNumbers } from './mask.ts';

describe('maskPersonalNumbers', () => {
  it.each([
    ['我的手机号是13812345678谢谢', '我的手机号是138****5678谢谢'],
    ['电话 +86 138 1234 5678', '电话 +86 138 **** 5678'],
    ['身份证110101199003071234', '身份证110***********1234'],
    ['身份证11010119900307123X', '身份证110***********123X'],
    ['卡号6222 0212 3456 7890 123', '卡号6222 **** **** ***0 123'],
    ['座机010-62345678', '座机010-****5678'],
    ['座机0755-12345678', '座机0755-****5678'],
    ['卡号6222021234567890', '卡号6222********7890'],
  ])('masks %s', (input, expected) => {
    const out = maskPersonalNumbers(input);
    expect(out).toBe(expected);
    expect(out.length).toBe(input.length);
  });

  it('leaves order numbers, amounts and times alone', () => {
    for (const s of ['订单金额128元', '工号A001', '10月8日9点30分', '第2次来电']) {
      expect(maskPersonalNumbers(s)).toBe(s);
    }
  });

  it('leaves UUIDs inside text alone, even when a group is all digits, and still masks a number beside them', () => {
    const link = '/work-orders?order=wo-26ad4354-7598-4622-b951-054259812345';
    expect(maskPersonalNumbers(link)).toBe(link);
    expect(maskPersonalNumbers(`${link} 回电13812345678`)).toBe(`${link} 回电138****5678`);
    expect(maskDeep({ link })).toEqual({ link });
  });

  it('takes twelve digits in groups of four for no bank card', () => {
    expect(maskPersonalNumbers('编号4354-7598-4622')).toBe('编号4354-7598-4622');
  });

  it('leaves digests alone wherever they are nested: a statement fingerprint with a run of digits', () => {
    const fingerprint = 'b3370' + '13812345678' + '5791a4f2b66c4dbcdce';
    const view = {
      safety: { fingerprint, acknowledgements: { client: { fingerprint, note: '客户13812345678' } } },
    };
    expect(maskDeep(view)).toEqual({
      safety: { fingerprint, acknowledgements: { client: { fingerprint, note: '客户138****5678' } } },
    });
  });
});
