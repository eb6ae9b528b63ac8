// The English UI reads as English: no Chinese punctuation in its strings, every error code the server can answer
// named in both languages, screens that join a label and a value through the dictionary rather than a hard-coded
// 全角 colon, and a first visit in the browser's language.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_ERROR_CODES } from '../../../src/core/errors/app-error.ts';
import { enUS, zhCN, type MessageKey } from './messages.ts';
import { localeFromBrowser } from './i18n.tsx';

const CHINESE_PUNCTUATION = /[，。：；（）「」『』、！？【】《》]/;

describe('English dictionary', () => {
  it('has no Chinese punctuation in any English string', () => {
    const offenders = Object.entries(enUS).filter(([, v]) => CHINESE_PUNCTUATION.test(v));
    expect(offenders).toEqual([]);
  });

  it('names every error code the server can answer, in Chinese and in English', () => {
    for (const code of SERVER_ERROR_CODES) {
      const key = `errorCode.${code}` as MessageKey;
      expect(zhCN[key], code).toMatch(/[\u4e00-\u9fff]/);
      expect(enUS[key], code).toMatch(/^[A-Z][^\u4e00-\u9fff]+$/);
    }
  });

  // The error handler's own codes are typed (ServerErrorCode); answers written by hand elsewhere are checked here.
  it('knows every code the HTTP layer writes into an answer by hand', () => {
    const http = join(import.meta.dirname, '../../../src/http');
    const written = new Set<string>();
    for (const file of sources(http)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bcode: '([A-Z_]+)'/g)) written.add(m[1]!);
    }
    expect(written.size).toBeGreaterThan(2);
    for (const code of written) expect(SERVER_ERROR_CODES as readonly string[], code).toContain(code);
  });
});

// Files whose Chinese is data, not interface text: speaker words a pasted dialogue may start with, the sample
// dialogue of the rule playground, and separators a user may type in either script.
const DATA_FILES = new Set([
  'pages/rules/paste.ts',
  'pages/rules/TryPanel.tsx',
  'pages/import/SaveProfileButton.tsx',
]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'i18n' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('screens', () => {
  it('join labels, lists and names through the dictionary, not with hard-coded Chinese punctuation', () => {
    const root = join(import.meta.dirname, '..');
    const offenders: string[] = [];
    for (const file of sources(root)) {
      const rel = relative(root, file).replaceAll('\\', '/');
      if (DATA_FILES.has(rel)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.replace(/\/\/.*$/, '').trim();
          if (code.startsWith('*') || code.startsWith('/*')) return;
          if (CHINESE_PUNCTUATION.test(code)) offenders.push(`${rel}:${i + 1}: ${code}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});

describe('first visit', () => {
  it('follows the browser language when nothing was chosen', () => {
    expect(localeFromBrowser(['en-US', 'en'])).toBe('en-US');
    expect(localeFromBrowser(['en-GB'])).toBe('en-US');
    expect(localeFromBrowser(['zh-TW', 'en-US'])).toBe('zh-CN');
    expect(localeFromBrowser(['fr-FR', 'en'])).toBe('en-US');
    expect(localeFromBrowser(['fr-FR'])).toBe('zh-CN');
    expect(localeFromBrowser([])).toBe('zh-CN');
  });
});
