// Import options on the command line, shared by `check` and `import`: a saved profile file and
// the flags that override it. A profile is the same JSON the HTTP upload takes as `options` (and the server
// saves as a named import profile): { "mapping": {...}, "speakerRoles": {...}, "channelRoles": {...},
// "channel": "chat", "encoding": "gbk", "timeZone": "Asia/Shanghai", ... }.
import { readFileSync } from 'node:fs';
import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import { ROLES, type Role } from '../core/conversation/schema.ts';
import { FORCEABLE_ENCODINGS, IMPORT_FORMATS, type ImportOptions } from '../importers/types.ts';
import type { ColumnKey } from '../importers/index.ts';

export interface ImportFlags {
  profile?: string;
  map?: Record<string, string>;
  roles?: Record<string, Role>;
  channelRoles?: Record<string, Role>;
  channel?: 'voice' | 'chat';
  encoding?: (typeof FORCEABLE_ENCODINGS)[number];
  timeZone?: string;
  inputFormat?: (typeof IMPORT_FORMATS)[number];
  sheet?: string;
  timeUnit?: 'auto' | 'ms' | 's';
  conversationId?: string;
}

const MAPPING_KEYS: readonly ColumnKey[] = [
  'conversationId',
  'role',
  'text',
  'startMs',
  'endMs',
  'time',
  'agentId',
  'startedAt',
  'channel',
];

/** `a=b,c=d` (also `a:b`, full-width ＝/：/，) → { a: 'b', c: 'd' }. */
function pairs(raw: string, previous: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = { ...(previous ?? {}) };
  for (const part of raw.split(/[,，]/)) {
    if (part.trim() === '') continue;
    const m = /^\s*([^=:＝：]+?)\s*[=:＝：]\s*(.+?)\s*$/.exec(part);
    if (!m) throw new InvalidArgumentError(`expected KEY=VALUE pairs separated by commas, got "${part}"`);
    out[m[1]!] = m[2]!;
  }
  return out;
}

const parseMap = (raw: string, prev?: Record<string, string>): Record<string, string> => {
  const out = pairs(raw, prev);
  for (const k of Object.keys(out)) {
    if (!MAPPING_KEYS.includes(k as ColumnKey))
      throw new InvalidArgumentError(`unknown column key "${k}" (one of ${MAPPING_KEYS.join(', ')})`);
  }
  return out;
};

const parseRoles = (raw: string, prev?: Record<string, Role>): Record<string, Role> => {
  const out = pairs(raw, prev);
  for (const [k, v] of Object.entries(out)) {
    if (!(ROLES as readonly string[]).includes(v))
      throw new InvalidArgumentError(`role of "${k}" must be one of ${ROLES.join(', ')}, got "${v}"`);
  }
  return out as Record<string, Role>;
};

/** Adds the import flags to a command. */
export function addImportFlags(cmd: Command): Command {
  return cmd
    .option(
      '--profile <file|name>',
      'import profile: a JSON file (mapping, speakerRoles, channelRoles, channel, encoding, timeZone…); for import also a profile saved on the server',
    )
    .option(
      '--map <key=header,...>',
      `column mapping, keys: ${MAPPING_KEYS.join(', ')} (e.g. role=发送方类型,text=消息)`,
      parseMap,
    )
    .option(
      '--roles <label=role,...>',
      'speaker labels / senders / speaker ids → agent|customer|ivr|system (e.g. 小李=agent,1=customer)',
      parseRoles,
    )
    .option(
      '--channel-roles <channel=role,...>',
      'recording channels → roles (default 0=agent,1=customer)',
      parseRoles,
    )
    .addOption(
      new Option('--channel <channel>', 'voice or chat for every conversation read').choices([
        'voice',
        'chat',
      ]),
    )
    .addOption(
      new Option('--encoding <encoding>', 'text encoding instead of detecting it').choices(
        FORCEABLE_ENCODINGS,
      ),
    )
    .option('--time-zone <zone>', 'IANA zone of date-times written without one (default Asia/Shanghai)')
    .addOption(
      new Option('--input-format <format>', 'input format instead of detecting it').choices(IMPORT_FORMATS),
    )
    .option('--sheet <name>', 'XLSX/XLS worksheet to read')
    .option(
      '--conversation-id <id>',
      'id of a single-conversation input (an ASR result, a subtitle file, stdin)',
    )
    .addOption(
      new Option('--time-unit <unit>', 'unit of bare integer turn times').choices(['auto', 'ms', 's']),
    );
}

/** The profile file (if any) overridden by the flags; a bad profile file throws with its path and reason. */
export function importOptionsOf(flags: ImportFlags): ImportOptions {
  let profile: ImportOptions = {};
  if (flags.profile !== undefined) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(flags.profile, 'utf8').replace(/^\uFEFF/, ''));
    } catch (e) {
      throw new Error(
        `cannot read import profile ${flags.profile}: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      throw new Error(`import profile ${flags.profile}: expected a JSON object of import options`);
    const { name: _name, description: _description, ...options } = raw as Record<string, unknown>;
    profile = options;
  }
  const o: ImportOptions = { ...profile };
  if (flags.map) o.mapping = { ...(profile.mapping ?? {}), ...flags.map };
  if (flags.roles) o.speakerRoles = { ...(profile.speakerRoles ?? {}), ...flags.roles };
  if (flags.channelRoles) o.channelRoles = flags.channelRoles;
  if (flags.channel) o.channel = flags.channel;
  if (flags.encoding) o.encoding = flags.encoding;
  if (flags.timeZone) o.timeZone = flags.timeZone;
  if (flags.inputFormat) o.format = flags.inputFormat;
  if (flags.sheet) o.sheet = flags.sheet;
  if (flags.timeUnit) o.timeUnit = flags.timeUnit;
  if (flags.conversationId) o.conversationId = flags.conversationId;
  return o;
}
