import { describe, expect, it } from 'vitest';
import { parseSettings, SettingsError } from './settings.ts';

describe('settings', () => {
  it('has the documented defaults', () => {
    const s = parseSettings({});
    expect(s).toEqual({
      port: 3000,
      host: '0.0.0.0',
      dataDir: './data',
      databaseUrl: undefined,
      logLevel: 'info',
      timeZone: 'Asia/Shanghai',
      adminPassword: undefined,
      metricsToken: undefined,
      metricsPort: undefined,
      retention: { months: undefined, mode: 'anonymise' },
      stt: {
        engine: 'none',
        modelDir: undefined,
        family: 'auto',
        vadModel: undefined,
        threads: 2,
        minConfidence: 0.6,
        agentChannel: 0,
        maxRecordingBytes: 100 * 1024 * 1024,
      },
      oidc: null,
    });
  });

  it('turns single sign-on on with an issuer and names what SSO still needs', () => {
    expect(() => parseSettings({ ZHIJIAN_OIDC_ISSUER: 'https://sso.example.com/realms/cc' })).toThrow(
      /ZHIJIAN_OIDC_CLIENT_ID: required[\s\S]*ZHIJIAN_OIDC_REDIRECT_URL: required[\s\S]*ZHIJIAN_OIDC_ROLE_MAP: required/,
    );
    const env = {
      ZHIJIAN_OIDC_ISSUER: 'http://idp.internal',
      ZHIJIAN_OIDC_CLIENT_ID: 'zhijian',
      ZHIJIAN_OIDC_REDIRECT_URL: 'https://qa.example.com/api/auth/oidc/callback',
      ZHIJIAN_OIDC_ROLE_MAP: 'qa=qa_lead',
    };
    expect(() => parseSettings(env)).toThrow(/ZHIJIAN_OIDC_ISSUER: must be https/);
    expect(() => parseSettings({ ...env, ZHIJIAN_OIDC_ROLE_MAP: 'qa=boss' })).toThrow(
      /ZHIJIAN_OIDC_ROLE_MAP/,
    );
    const s = parseSettings({ ...env, ZHIJIAN_OIDC_ALLOW_HTTP: 'true' });
    expect(s.oidc).toMatchObject({
      issuer: 'http://idp.internal',
      clientSecret: undefined,
      scopes: 'openid profile email',
      usernameClaim: 'preferred_username',
      rolesClaim: 'groups',
      autoProvision: true,
      localLogin: 'all',
      roleMap: [{ value: 'qa', role: 'qa_lead' }],
    });
  });

  it('reads the speech-to-text settings and names a bad one', () => {
    expect(
      parseSettings({
        ZHIJIAN_STT_ENGINE: 'sherpa-onnx',
        ZHIJIAN_STT_MODEL_DIR: '/models/paraformer-zh',
        ZHIJIAN_STT_MODEL_FAMILY: 'paraformer',
        ZHIJIAN_STT_MIN_CONFIDENCE: '0.5',
        ZHIJIAN_STT_AGENT_CHANNEL: '1',
        ZHIJIAN_RECORDING_MAX_MB: '20',
      }).stt,
    ).toMatchObject({
      engine: 'sherpa-onnx',
      modelDir: '/models/paraformer-zh',
      family: 'paraformer',
      minConfidence: 0.5,
      agentChannel: 1,
      maxRecordingBytes: 20 * 1024 * 1024,
    });
    expect(() => parseSettings({ ZHIJIAN_STT_ENGINE: 'whisper' })).toThrow(/ZHIJIAN_STT_ENGINE/);
  });

  it('reads the operations settings and refuses a short metrics token', () => {
    const s = parseSettings({
      METRICS_TOKEN: 'a-long-enough-token',
      METRICS_PORT: '9464',
      RETENTION_MONTHS: '24',
      RETENTION_MODE: 'delete',
    });
    expect(s).toMatchObject({
      metricsToken: 'a-long-enough-token',
      metricsPort: 9464,
      retention: { months: 24, mode: 'delete' },
    });
    expect(() => parseSettings({ METRICS_TOKEN: 'short' })).toThrow(
      /METRICS_TOKEN: must be at least 16 characters/,
    );
    expect(() => parseSettings({ RETENTION_MODE: 'shred' })).toThrow(/RETENTION_MODE/);
  });

  it('names every bad setting', () => {
    let err: unknown;
    try {
      parseSettings({ PORT: 'eighty', ZHIJIAN_TZ: 'Mars/Olympus', DATABASE_URL: 'mysql://x' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SettingsError);
    const msg = (err as Error).message;
    expect(msg).toContain('PORT');
    expect(msg).toContain('ZHIJIAN_TZ');
    expect(msg).toContain('DATABASE_URL');
  });

  it('treats empty strings as unset', () => {
    expect(parseSettings({ PORT: '', DATABASE_URL: '' }).port).toBe(3000);
  });
});
