import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileValidPack, evaluate, PackError, validatePack } from '../core/rules/index.ts';
import type { Conversation } from '../core/conversation/schema.ts';
import { DEFAULT_PACK_PATH } from './load-pack.ts';
import { cacheDir, validatePackCached } from './pack-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'zhijian-pack-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const text = readFileSync(DEFAULT_PACK_PATH, 'utf8');
const stored = () => readdirSync(join(dir, 'packs')).filter((f) => f.endsWith('.json'));

const conversation: Conversation = {
  id: 'c1',
  channel: 'voice',
  turns: [
    { role: 'agent', text: '喂，说。', startMs: 0, endMs: 1500 },
    {
      role: 'customer',
      text: '我的快递三天了还没到，气死我了，我要投诉到12315！',
      startMs: 2000,
      endMs: 6000,
    },
    { role: 'agent', text: '这不归我们管，你自己上官网查去。', startMs: 30_000, endMs: 33_000 },
  ],
};

describe('the validated-pack cache', () => {
  it('stores a valid pack once per build and text, and answers the same data from the file', async () => {
    const first = await validatePackCached(text, 'pack.yaml', { dir, build: 'b1' });
    expect(stored()).toHaveLength(1);
    const again = await validatePackCached(text, 'pack.yaml', { dir, build: 'b1' });
    expect(again).toEqual(first);
    // another build of zhijian, or another text, is another entry
    await validatePackCached(text, 'pack.yaml', { dir, build: 'b2' });
    await validatePackCached(`${text}\n# edited\n`, 'pack.yaml', { dir, build: 'b1' });
    expect(stored()).toHaveLength(3);
  });

  it('scores exactly as the freshly validated pack does (the stored form survives JSON)', async () => {
    const fresh = compileValidPack(validatePack(text, 'pack.yaml'));
    const cached = compileValidPack(await validatePackCached(text, 'pack.yaml', { dir, build: 'b1' }));
    const a = evaluate(fresh, conversation);
    expect(a.hits.length).toBeGreaterThan(2);
    expect(evaluate(cached, conversation)).toEqual(a);
  });

  it('ignores a damaged entry and rewrites it', async () => {
    rmSync(join(dir, 'packs'), { recursive: true });
    await validatePackCached(text, 'pack.yaml', { dir, build: 'b1' });
    const [entry] = stored();
    const path = join(dir, 'packs', entry ?? '');
    writeFileSync(path, '{"key": "tru');
    const pack = await validatePackCached(text, 'pack.yaml', { dir, build: 'b1' });
    expect(pack).toEqual(validatePack(text, 'pack.yaml'));
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pack });
  });

  it('never stores an invalid pack: its errors are reported every time', async () => {
    const before = stored().length;
    for (let i = 0; i < 2; i++)
      await expect(validatePackCached('rules: [\n', 'bad.yaml', { dir, build: 'b1' })).rejects.toThrow(
        PackError,
      );
    expect(stored()).toHaveLength(before);
  });

  it('is off without a build (running from sources) or with ZHIJIAN_CACHE_DIR=off', async () => {
    const other = join(dir, 'other');
    await validatePackCached(text, 'pack.yaml', { dir: other, build: null });
    expect(existsSync(other)).toBe(false);
    expect(cacheDir({ ZHIJIAN_CACHE_DIR: 'off' })).toBeUndefined();
    expect(cacheDir({ ZHIJIAN_CACHE_DIR: '/x' })).toBe('/x');
    expect(cacheDir({ XDG_CACHE_HOME: '/home/u/.cache' })).toBe(join('/home/u/.cache', 'zhijian'));
  });
});
