// A small OpenID Connect provider for tests: discovery, JWKS, an authorize page with its own login form, and a
// token endpoint that checks the client secret and the PKCE verifier and answers an RS256 ID token. Tests make it
// misbehave on purpose (`next`: a wrong nonce, audience or expiry) to see zhijian refuse. Not for production.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type JWK } from 'jose';

export interface ProviderUser {
  password: string;
  claims: Record<string, unknown>;
}

/** Overrides for the next ID token only, to forge a token zhijian must refuse. */
export interface TokenTampering {
  nonce?: string;
  aud?: string;
  /** Seconds from now (negative = already expired). */
  expiresIn?: number;
  iss?: string;
  /** Sign with a key that is not in the JWKS. */
  foreignKey?: boolean;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  users: Map<string, ProviderUser>;
  next: TokenTampering;
  /** Authorization requests seen (their query), newest last. */
  authorizeRequests: URLSearchParams[];
  close(): Promise<void>;
}

interface Grant {
  username: string;
  clientId: string;
  redirectUri: string;
  nonce: string | null;
  challenge: string | null;
}

const html = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

async function body(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export async function startOidcProvider(
  opts: { clientId?: string; clientSecret?: string } = {},
): Promise<TestOidcProvider> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const foreign = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const grants = new Map<string, Grant>();
  const state: TestOidcProvider = {
    issuer: '',
    clientId: opts.clientId ?? 'zhijian',
    clientSecret: opts.clientSecret ?? 'provider-secret-1',
    users: new Map(),
    next: {},
    authorizeRequests: [],
    close: () => Promise.resolve(),
  };

  const json = (res: ServerResponse, status: number, v: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(v));
  };

  const loginPage = (res: ServerResponse, q: URLSearchParams, error?: string) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    const hidden = [...q.entries()]
      .map(([k, v]) => `<input type="hidden" name="${html(k)}" value="${html(v)}">`)
      .join('');
    res.end(`<!doctype html><html><head><title>Test IdP</title></head><body>
<h1>Test identity provider</h1>${error ? `<p id="error">${html(error)}</p>` : ''}
<form method="post" action="/authorize">${hidden}
<label>Account <input name="login" id="login"></label>
<label>Secret <input name="secret" id="secret" type="password"></label>
<button type="submit" id="idp-submit">Sign in at the directory</button></form></body></html>`);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', state.issuer);
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(res, 200, {
        issuer: state.issuer,
        authorization_endpoint: `${state.issuer}/authorize`,
        token_endpoint: `${state.issuer}/token`,
        jwks_uri: `${state.issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      });
    }
    if (url.pathname === '/jwks') return json(res, 200, { keys: [jwk] });
    if (url.pathname === '/authorize' && req.method === 'GET') {
      state.authorizeRequests.push(url.searchParams);
      if (url.searchParams.get('client_id') !== state.clientId)
        return json(res, 400, { error: 'bad client' });
      return loginPage(res, url.searchParams);
    }
    if (url.pathname === '/authorize' && req.method === 'POST') {
      const form = await body(req);
      const username = form.get('login') ?? '';
      const user = state.users.get(username);
      form.delete('login');
      if (!user || user.password !== form.get('secret')) {
        form.delete('secret');
        return loginPage(res, form, 'Unknown account or wrong secret');
      }
      const code = randomBytes(16).toString('base64url');
      grants.set(code, {
        username,
        clientId: form.get('client_id') ?? '',
        redirectUri: form.get('redirect_uri') ?? '',
        nonce: form.get('nonce'),
        challenge: form.get('code_challenge'),
      });
      const back = new URL(form.get('redirect_uri') ?? '');
      back.searchParams.set('code', code);
      if (form.has('state')) back.searchParams.set('state', form.get('state')!);
      back.searchParams.set('iss', state.issuer);
      res.writeHead(302, { location: back.href });
      return void res.end();
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      const form = await body(req);
      let clientId = form.get('client_id');
      let secret = form.get('client_secret');
      const basic = req.headers.authorization;
      if (basic?.startsWith('Basic ')) {
        const [id, pw] = Buffer.from(basic.slice(6), 'base64').toString('utf8').split(':');
        clientId = decodeURIComponent(id ?? '');
        secret = decodeURIComponent(pw ?? '');
      }
      if (clientId !== state.clientId || secret !== state.clientSecret)
        return json(res, 401, { error: 'invalid_client' });
      const grant = grants.get(form.get('code') ?? '');
      grants.delete(form.get('code') ?? '');
      if (!grant || grant.redirectUri !== form.get('redirect_uri'))
        return json(res, 400, { error: 'invalid_grant' });
      const verifier = form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (grant.challenge !== challenge)
        return json(res, 400, { error: 'invalid_grant', error_description: 'PKCE' });
      const t = state.next;
      state.next = {};
      const user = state.users.get(grant.username)!;
      const now = Math.floor(Date.now() / 1000);
      const idToken = await new SignJWT({
        ...user.claims,
        ...(grant.nonce === null && t.nonce === undefined ? {} : { nonce: t.nonce ?? grant.nonce }),
      })
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .setIssuer(t.iss ?? state.issuer)
        .setSubject(`sub-${grant.username}`)
        .setAudience(t.aud ?? state.clientId)
        .setIssuedAt(now)
        .setExpirationTime(now + (t.expiresIn ?? 300))
        .sign(t.foreignKey ? foreign.privateKey : privateKey);
      return json(res, 200, {
        access_token: randomBytes(16).toString('base64url'),
        token_type: 'Bearer',
        expires_in: 300,
        id_token: idToken,
      });
    }
    json(res, 404, { error: 'not_found' });
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => json(res, 500, { error: String(e) }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  state.issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    });
  return state;
}
