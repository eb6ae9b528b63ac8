// Settings are read once from the environment and parsed with zod; a bad value stops start-up
// with a message naming the variable. The table in ARCHITECTURE.md mirrors this schema.
import { z } from 'zod';
import { isTimeZone } from '../core/time/index.ts';
import { MODEL_FAMILIES } from '../stt/model-folder.ts';
import { parseRoleMap, type RoleMapEntry } from '../core/auth/sso-mapping.ts';

const settingsSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ZHIJIAN_TZ: z
    .string()
    .default('Asia/Shanghai')
    .refine((tz) => isTimeZone(tz), 'must be an IANA time zone such as Asia/Shanghai'),
  ZHIJIAN_ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  // GET /metrics answers only with `Authorization: Bearer <METRICS_TOKEN>`; unset, /metrics is off (404).
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  // `zhijian worker` has no HTTP server; with METRICS_PORT it serves its own /metrics (same token) on that port.
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  // Retention: conversations (and their audio references) older than N months are deleted or anonymised by the
  // daily `apply-retention` job; results' scores, aggregates and the audit log are kept. Unset: kept for ever.
  RETENTION_MONTHS: z.coerce.number().int().min(1).max(600).optional(),
  RETENTION_MODE: z.enum(['delete', 'anonymise']).default('anonymise'),
  // Speech-to-text of uploaded recordings (docs/stt.md): off unless an engine is chosen.
  ZHIJIAN_STT_ENGINE: z.enum(['none', 'sherpa-onnx', 'test']).default('none'),
  ZHIJIAN_STT_MODEL_DIR: z.string().min(1).optional(),
  ZHIJIAN_STT_MODEL_FAMILY: z.enum(['auto', ...MODEL_FAMILIES]).default('auto'),
  ZHIJIAN_STT_VAD_MODEL: z.string().min(1).optional(),
  ZHIJIAN_STT_THREADS: z.coerce.number().int().min(1).max(64).default(2),
  // Segments the engine is less sure of than this are marked low-confidence: hits there go to review, no deduction.
  ZHIJIAN_STT_MIN_CONFIDENCE: z.coerce.number().min(0).max(1).default(0.6),
  // Stereo recordings: the channel the agent is on (0 = left), unless the upload says otherwise.
  ZHIJIAN_STT_AGENT_CHANNEL: z.coerce.number().int().min(0).max(1).default(0),
  ZHIJIAN_RECORDING_MAX_MB: z.coerce.number().int().min(1).max(1024).default(100),
  ZHIJIAN_TRUST_PROXY: z
    .string()
    .regex(
      /^(loopback|linklocal|uniquelocal|[0-9a-fA-F:./]+)(,(loopback|linklocal|uniquelocal|[0-9a-fA-F:./]+))*$/,
      'comma-separated addresses or CIDR ranges of the reverse proxies (or loopback), e.g. 127.0.0.1,10.0.0.0/8',
    )
    .optional(),
  // Single sign-on through the enterprise directory's OpenID Connect provider (docs/deploy.md "Single sign-on").
  // The issuer turns it on; discovery (/.well-known/openid-configuration) supplies the endpoints and the JWKS.
  ZHIJIAN_OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  ZHIJIAN_OIDC_CLIENT_ID: z.string().min(1).optional(),
  // Absent: a public client (PKCE only), for providers that register zhijian so.
  ZHIJIAN_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  ZHIJIAN_OIDC_TOKEN_AUTH: z
    .enum(['client_secret_post', 'client_secret_basic'])
    .default('client_secret_basic'),
  // Where the provider sends the browser back: https://<zhijian host>/api/auth/oidc/callback, as registered there.
  ZHIJIAN_OIDC_REDIRECT_URL: z.url({ protocol: /^https?$/ }).optional(),
  ZHIJIAN_OIDC_SCOPES: z.string().min(1).default('openid profile email'),
  ZHIJIAN_OIDC_USERNAME_CLAIM: z.string().min(1).default('preferred_username'),
  ZHIJIAN_OIDC_NAME_CLAIM: z.string().min(1).default('name'),
  // Dotted path for nested claims, e.g. realm_access.roles (Keycloak realm roles).
  ZHIJIAN_OIDC_ROLES_CLAIM: z.string().min(1).default('groups'),
  ZHIJIAN_OIDC_AGENT_ID_CLAIM: z.string().min(1).optional(),
  ZHIJIAN_OIDC_ROLE_MAP: z.string().min(1).optional(),
  ZHIJIAN_OIDC_AUTO_PROVISION: z.enum(['true', 'false']).default('true'),
  // 'admins': with SSO on, only admin accounts may still log in with a local password (the break-glass account).
  ZHIJIAN_OIDC_LOCAL_LOGIN: z.enum(['all', 'admins']).default('all'),
  ZHIJIAN_OIDC_BUTTON_LABEL: z.string().min(1).max(40).optional(),
  // Plain-http issuers are refused unless this is set (a provider inside a test network; never in production).
  ZHIJIAN_OIDC_ALLOW_HTTP: z.enum(['true', 'false']).default('false'),
});

export type Settings = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: z.infer<typeof settingsSchema>['LOG_LEVEL'];
  timeZone: string;
  adminPassword: string | undefined;
  metricsToken: string | undefined;
  metricsPort: number | undefined;
  retention: { months: number | undefined; mode: 'delete' | 'anonymise' };
  /** Proxies whose X-Forwarded-For/-Proto/-Host are believed (Fastify trustProxy); unset = none. */
  trustProxy?: string;
  /** Single sign-on through OpenID Connect; null when no issuer is configured. */
  oidc?: OidcSettings | null;
  stt: {
    engine: 'none' | 'sherpa-onnx' | 'test';
    modelDir: string | undefined;
    family: z.infer<typeof settingsSchema>['ZHIJIAN_STT_MODEL_FAMILY'];
    vadModel: string | undefined;
    threads: number;
    minConfidence: number;
    agentChannel: number;
    maxRecordingBytes: number;
  };
};

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  tokenAuth: 'client_secret_post' | 'client_secret_basic';
  redirectUrl: string;
  scopes: string;
  usernameClaim: string;
  nameClaim: string;
  rolesClaim: string;
  agentIdClaim: string | undefined;
  roleMap: RoleMapEntry[];
  autoProvision: boolean;
  localLogin: 'all' | 'admins';
  buttonLabel: string | undefined;
  allowHttp: boolean;
}

export class SettingsError extends Error {
  constructor(readonly problems: { name: string; message: string }[]) {
    super('Invalid settings:\n' + problems.map((p) => `  ${p.name}: ${p.message}`).join('\n'));
    this.name = 'SettingsError';
  }
}

/** Parse settings from an environment map; empty strings count as unset. */
export function parseSettings(env: Record<string, string | undefined>): Settings {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const r = settingsSchema.safeParse(cleaned);
  if (!r.success) {
    throw new SettingsError(
      r.error.issues.map((i) => ({
        name: i.path.map(String).join('.') || '(environment)',
        message: i.message,
      })),
    );
  }
  const s = r.data;
  const oidc = oidcSettings(s);
  return {
    port: s.PORT,
    host: s.HOST,
    dataDir: s.DATA_DIR,
    databaseUrl: s.DATABASE_URL,
    logLevel: s.LOG_LEVEL,
    timeZone: s.ZHIJIAN_TZ,
    adminPassword: s.ZHIJIAN_ADMIN_PASSWORD,
    metricsToken: s.METRICS_TOKEN,
    metricsPort: s.METRICS_PORT,
    retention: { months: s.RETENTION_MONTHS, mode: s.RETENTION_MODE },
    stt: {
      engine: s.ZHIJIAN_STT_ENGINE,
      modelDir: s.ZHIJIAN_STT_MODEL_DIR,
      family: s.ZHIJIAN_STT_MODEL_FAMILY,
      vadModel: s.ZHIJIAN_STT_VAD_MODEL,
      threads: s.ZHIJIAN_STT_THREADS,
      minConfidence: s.ZHIJIAN_STT_MIN_CONFIDENCE,
      agentChannel: s.ZHIJIAN_STT_AGENT_CHANNEL,
      maxRecordingBytes: s.ZHIJIAN_RECORDING_MAX_MB * 1024 * 1024,
    },
    ...(s.ZHIJIAN_TRUST_PROXY === undefined ? {} : { trustProxy: s.ZHIJIAN_TRUST_PROXY }),
    oidc,
  };
}

/** The SSO settings when an issuer is set; the variables SSO cannot work without are named when missing. */
function oidcSettings(s: z.infer<typeof settingsSchema>): OidcSettings | null {
  const issuer = s.ZHIJIAN_OIDC_ISSUER;
  if (issuer === undefined) return null;
  const problems: { name: string; message: string }[] = [];
  const need = (name: string, v: string | undefined) => {
    if (v === undefined) problems.push({ name, message: 'required when ZHIJIAN_OIDC_ISSUER is set' });
    return v ?? '';
  };
  const clientId = need('ZHIJIAN_OIDC_CLIENT_ID', s.ZHIJIAN_OIDC_CLIENT_ID);
  const redirectUrl = need('ZHIJIAN_OIDC_REDIRECT_URL', s.ZHIJIAN_OIDC_REDIRECT_URL);
  let roleMap: RoleMapEntry[] = [];
  try {
    roleMap = parseRoleMap(need('ZHIJIAN_OIDC_ROLE_MAP', s.ZHIJIAN_OIDC_ROLE_MAP));
  } catch (e) {
    if (s.ZHIJIAN_OIDC_ROLE_MAP !== undefined)
      problems.push({ name: 'ZHIJIAN_OIDC_ROLE_MAP', message: (e as Error).message });
  }
  const allowHttp = s.ZHIJIAN_OIDC_ALLOW_HTTP === 'true';
  if (!allowHttp && !issuer.startsWith('https:'))
    problems.push({
      name: 'ZHIJIAN_OIDC_ISSUER',
      message: 'must be https:// (or set ZHIJIAN_OIDC_ALLOW_HTTP=true)',
    });
  if (problems.length > 0) throw new SettingsError(problems);
  return {
    issuer,
    clientId,
    clientSecret: s.ZHIJIAN_OIDC_CLIENT_SECRET,
    tokenAuth: s.ZHIJIAN_OIDC_TOKEN_AUTH,
    redirectUrl,
    scopes: s.ZHIJIAN_OIDC_SCOPES,
    usernameClaim: s.ZHIJIAN_OIDC_USERNAME_CLAIM,
    nameClaim: s.ZHIJIAN_OIDC_NAME_CLAIM,
    rolesClaim: s.ZHIJIAN_OIDC_ROLES_CLAIM,
    agentIdClaim: s.ZHIJIAN_OIDC_AGENT_ID_CLAIM,
    roleMap,
    autoProvision: s.ZHIJIAN_OIDC_AUTO_PROVISION === 'true',
    localLogin: s.ZHIJIAN_OIDC_LOCAL_LOGIN,
    buttonLabel: s.ZHIJIAN_OIDC_BUTTON_LABEL,
    allowHttp,
  };
}
