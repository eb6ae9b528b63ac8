// The OpenID Connect relying party: authorization-code flow with PKCE, state and nonce (openid-client, which
// validates the ID token's iss, aud, exp, iat and nonce; its signature is checked against the provider's JWKS as
// well, with enableNonRepudiationChecks, rather than trusting the TLS channel alone). Discovery runs at the first
// sign-in, not at start-up, so a provider that is briefly down does not stop zhijian (local logins keep working).
import * as client from 'openid-client';
import type { OidcSettings } from '../settings/settings.ts';

/** What the browser carries between the redirect to the provider and the callback (an httpOnly cookie). */
export interface PendingLogin {
  state: string;
  nonce: string;
  verifier: string;
  /** A zhijian path to land on after signing in. */
  returnTo: string;
}

/** Why a callback was refused before any account was looked at. */
export class OidcError extends Error {
  constructor(
    readonly reason: 'unavailable' | 'state' | 'provider' | 'invalid_token',
    message: string,
  ) {
    super(message);
    this.name = 'OidcError';
  }
}

export class OidcClient {
  private config: Promise<client.Configuration> | null = null;

  constructor(readonly settings: OidcSettings) {}

  private configuration(): Promise<client.Configuration> {
    if (!this.config) {
      const s = this.settings;
      const auth =
        s.clientSecret === undefined
          ? client.None()
          : s.tokenAuth === 'client_secret_post'
            ? client.ClientSecretPost(s.clientSecret)
            : client.ClientSecretBasic(s.clientSecret);
      this.config = client
        .discovery(new URL(s.issuer), s.clientId, { redirect_uris: [s.redirectUrl] }, auth, {
          execute: [
            client.enableNonRepudiationChecks,
            ...(s.allowHttp ? [client.allowInsecureRequests] : []),
          ],
          timeout: 10,
        })
        .catch((e: unknown) => {
          // Try discovery again at the next sign-in instead of remembering the failure.
          this.config = null;
          throw new OidcError('unavailable', `OIDC discovery at ${s.issuer} failed: ${(e as Error).message}`);
        });
    }
    return this.config;
  }

  /** The provider's authorization URL for a new sign-in, and what to remember until the callback. */
  async begin(returnTo: string): Promise<{ url: string; pending: PendingLogin }> {
    const config = await this.configuration();
    const pending: PendingLogin = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
      returnTo,
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUrl,
      scope: this.settings.scopes,
      response_type: 'code',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, pending };
  }

  /**
   * Completes a sign-in from the callback's query string: the state must be this browser's, the code is exchanged
   * (with the PKCE verifier) and the ID token validated. Answers the verified claims, completed from the userinfo
   * endpoint when the ID token lacks the username or roles claim (Azure AD and Keycloak may leave groups there).
   */
  async finish(query: URLSearchParams, pending: PendingLogin): Promise<Record<string, unknown>> {
    const error = query.get('error');
    if (error !== null) {
      throw new OidcError(
        'provider',
        `the provider answered ${error}${query.has('error_description') ? `: ${query.get('error_description')}` : ''}`,
      );
    }
    // Compared here too (openid-client does as well) so that a foreign or replayed callback is named as such.
    if (query.get('state') !== pending.state)
      throw new OidcError('state', 'state does not match this browser’s sign-in');
    const config = await this.configuration();
    const current = new URL(this.settings.redirectUrl);
    current.search = query.toString();
    let claims: Record<string, unknown>;
    let accessToken: string;
    try {
      const tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims) throw new Error('no ID token in the token response');
      claims = { ...idClaims };
      accessToken = tokens.access_token;
    } catch (e) {
      if (e instanceof OidcError) throw e;
      throw new OidcError('invalid_token', explain(e));
    }
    const s = this.settings;
    const lacks = (path: string) => !Object.hasOwn(claims, path.split('.')[0]!);
    if ((lacks(s.usernameClaim) || lacks(s.rolesClaim)) && config.serverMetadata().userinfo_endpoint) {
      try {
        const info = await client.fetchUserInfo(config, accessToken, claims['sub'] as string);
        claims = { ...info, ...claims };
      } catch (e) {
        throw new OidcError('invalid_token', `userinfo: ${(e as Error).message}`);
      }
    }
    return claims;
  }
}

/**
 * openid-client's message with what its cause names (the failing claim, the check): "unexpected JWT claim value
 * encountered" alone does not tell an operator that the audience is wrong. Claim values are left out of the log.
 */
function explain(e: unknown): string {
  const parts: string[] = [];
  let at: unknown = e;
  // openid-client wraps oauth4webapi's error, whose own cause names the claim: walk the chain, a few links deep.
  for (let depth = 0; depth < 4 && typeof at === 'object' && at !== null; depth++) {
    const err = at as {
      message?: unknown;
      code?: unknown;
      claim?: unknown;
      reason?: unknown;
      cause?: unknown;
    };
    for (const v of [err.message, err.code, err.reason]) {
      if (typeof v === 'string' && v !== '' && !parts.includes(v)) parts.push(v);
    }
    if (typeof err.claim === 'string') parts.push(`claim ${err.claim}`);
    at = err.cause;
  }
  return parts.length > 0 ? parts.join('; ') : String(e);
}

/** The pending sign-in as cookie text, and back; undefined when the cookie is absent or not ours. */
export function encodePending(p: PendingLogin): string {
  return Buffer.from(JSON.stringify(p), 'utf8').toString('base64url');
}

export function decodePending(text: string | undefined): PendingLogin | undefined {
  if (text === undefined) return undefined;
  try {
    const v = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<PendingLogin>;
    if (
      typeof v.state === 'string' &&
      typeof v.nonce === 'string' &&
      typeof v.verifier === 'string' &&
      typeof v.returnTo === 'string'
    )
      return { state: v.state, nonce: v.nonce, verifier: v.verifier, returnTo: v.returnTo };
  } catch {
    // not ours
  }
  return undefined;
}
