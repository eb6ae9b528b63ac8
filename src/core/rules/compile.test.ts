import { describe, expect, it } from 'vitest';
import { compilePack } from './compile.ts';
import { PackError } from './pack-error.ts';
import type { PackIssue } from './pack-error.ts';

const HEAD = `pack: t
version: 1.0.0
scorecard:
  categories:
    professional: { name: P, max: 30 }
    attitude: { name: A, max: 40 }
    language: { name: L, max: 30 }
  items:
    - { id: l.forbidden, name: x, category: language, judged: machine, deduction: 1, seed: '002' }
    - { id: p.manual, name: y, category: professional, judged: manual, deduction: 2, seed: '002' }
rules:
`;

function issues(yaml: string): PackIssue[] {
  try {
    compilePack(HEAD + yaml, 'p.yaml');
  } catch (e) {
    if (e instanceof PackError) return [...e.issues];
    throw e;
  }
  throw new Error('pack compiled');
}

describe('compilePack', () => {
  it('compiles a valid rule into an immutable tree', () => {
    const pack = compilePack(
      `${HEAD}  - { id: r, name: r, seed: '002', item: l.forbidden, when: { op: phrase, phrases: [不知道] } }\n`,
      'p.yaml',
    );
    expect(pack.rules[0]).toMatchObject({
      id: 'r',
      category: 'language',
      deduction: 1,
      tree: { kind: 'condition', op: 'phrase', role: 'agent' },
    });
    expect(Object.isFrozen(pack.rules[0]?.tree)).toBe(true);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(issues('  - { id: r\n')[0]).toMatchObject({ file: 'p.yaml', line: 13 });
  });

  it('names the line of an unknown operator', () => {
    const [i] = issues(
      `  - id: r\n    name: r\n    seed: '002'\n    item: l.forbidden\n    when:\n      op: nonsense\n`,
    );
    expect(i).toMatchObject({ line: 17, path: 'rules.0.when.op' });
    expect(i?.message).toMatch(/op|discriminator|Invalid/i);
  });

  it('names the line of a bad option inside a nested tree', () => {
    const [i] = issues(
      `  - id: r\n    name: r\n    seed: '002'\n    item: l.forbidden\n    when:\n      all:\n        - op: phrase\n          phrases: 3\n`,
    );
    expect(i).toMatchObject({ line: 19, column: 20, path: 'rules.0.when.all.0.phrases' });
  });

  it('names the line of an unknown key', () => {
    const [i] = issues(
      `  - id: r\n    name: r\n    seed: '002'\n    item: l.forbidden\n    colour: red\n    when: { op: phrase, phrases: [x] }\n`,
    );
    expect(i).toMatchObject({ line: 16, message: 'unknown key "colour"' });
  });

  it('rejects unknown items, manual items, duplicate ids and dangling references', () => {
    const msgs = issues(
      `  - { id: a, name: a, seed: s, item: nope, when: { op: phrase, phrases: [x] } }\n` +
        `  - { id: a, name: a, seed: s, item: p.manual, when: { op: phrase, phrases: [x] } }\n` +
        `  - { id: b, name: b, seed: s, category: language, when: { op: phrase, phrases: [x], in: { after: ghost } } }\n`,
    ).map((i) => `${i.line} ${i.message}`);
    expect(msgs).toEqual([
      '12 unknown scorecard item "nope"',
      '13 duplicate rule id "a"',
      '13 item "p.manual" is judged manually; rules cannot deduct from it',
      '14 no condition with id "ghost" in this rule',
    ]);
  });

  it('rejects a cycle of after-references', () => {
    const msgs = issues(
      `  - id: c\n    name: c\n    seed: s\n    category: language\n    when:\n      all:\n        - { op: phrase, id: x, phrases: [a], in: { after: y } }\n        - { op: phrase, id: y, phrases: [b], in: { after: x } }\n`,
    ).map((i) => i.message);
    expect(msgs[0]).toMatch(/cycle/);
  });

  it('validates operator options once, at load', () => {
    expect(
      issues(`  - { id: r, name: r, seed: s, item: l.forbidden, when: { op: speech-rate } }\n`)[0]?.message,
    ).toBe('give maxCpm or minCpm');
  });
});

describe('compilePack on hostile YAML', () => {
  it('reports an alias bomb as a pack error instead of expanding it', () => {
    // Nine levels of nine aliases each: 9^9 (387 million) nodes if expanded.
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const source = `${lines.join('\n')}\npack: bomb\nversion: 1.0.0\nrules: []\n`;
    expect(() => compilePack(source, 'bomb.yaml')).toThrow(PackError);
    expect(() => compilePack(source, 'bomb.yaml')).toThrow(/alias/);
  });
});
