// Who is asking: a bearer JWT verified with jose (issuer, audience, signature, expiry), naming the
// analyst, an agency of the exchange's register, its country and roles; plus the purpose the request
// states. The HTTP server builds a Viewer only from a verified token. The SYSTEM viewer is for in-process
// callers that already hold database credentials (the bulk loader, demo seeding, the test suite).
import fs from 'node:fs';
import path from 'node:path';
import { createRemoteJWKSet, importSPKI, jwtVerify, SignJWT, type JWTVerifyGetKey, type KeyLike } from 'jose';
import { z } from 'zod';
import type { Config } from '../config';
import { AppError } from '../errors';

// auditor: its own agency's audit entries; supervisor: the exchange's data-protection supervisor, every entry.
export const ROLES = ['analyst', 'loader', 'admin', 'auditor', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  analyst: string;
  /** null only for the SYSTEM viewer. */
  agency: string | null;
  country: string | null;
  roles: Role[];
  purpose: string;
}

/** The in-process caller (command-line tools, the alert queue): it sees everything, in full. */
export const isSystem = (viewer: Viewer): boolean => viewer.agency === null;

export const SYSTEM: Viewer = Object.freeze({
  analyst: 'system',
  agency: null,
  country: null,
  roles: [...ROLES],
  purpose: 'system',
});

export interface Agency {
  code: string;
  name: string;
  country: string;
}

const agencyList = z
  .array(
    z.strictObject({
      code: z.string().regex(/^[A-Z0-9][A-Z0-9_-]{1,31}$/),
      name: z.string().min(1),
      country: z.string().regex(/^[A-Z]{2}$/),
    }),
  )
  .min(1);

/** The member agencies of the exchange: a token of any other agency is refused. */
export function loadAgencies(file: string | null): Map<string, Agency> {
  const candidates = file
    ? [file]
    : [
        path.resolve(__dirname, '..', '..', 'seed', 'agencies.json'),
        path.resolve(__dirname, '..', '..', '..', 'seed', 'agencies.json'),
      ];
  const found = candidates.find((f) => fs.existsSync(f));
  if (!found) throw new Error(`agency register not found (${candidates[0]}); set AGENCIES_FILE`);
  const parsed = agencyList.safeParse(JSON.parse(fs.readFileSync(found, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `agency register ${found}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return new Map(parsed.data.map((a) => [a.code, a]));
}

const claims = z.object({
  sub: z.string().min(1).max(200),
  agency: z.string().min(1).max(32),
  country: z.string().regex(/^[A-Z]{2}$/),
  roles: z.array(z.enum(ROLES)).min(1),
});

const MAX_PURPOSE = 500;

/**
 * Token time rules (RFC 7519 §4.1.4, §4.1.6): `exp` and `iat` are required; clocks may differ by
 * CLOCK_SKEW; a token issued later than now plus the skew is refused, and so is one older than
 * MAX_TOKEN_AGE whatever its `exp` says (`npm run token` never mints a longer lifetime).
 */
export const CLOCK_SKEW = '60s';
export const MAX_TOKEN_AGE = '30d';

/**
 * The purpose as the analyst wrote it. HTTP header values are ISO-8859-1 octets (RFC 9110 §5.5), so a
 * client sends other text percent-encoded as UTF-8 (RFC 3986 §2.1), e.g. "%D0%BF%D1%80..." for
 * "проверка". A header of raw UTF-8 bytes, which Node reads as ISO-8859-1, is read back as UTF-8 when
 * it is valid UTF-8. Anything else is taken as ISO-8859-1 text.
 */
export function decodePurpose(header: string): string {
  if (/%[0-9A-Fa-f]{2}/.test(header)) {
    try {
      return decodeURIComponent(header);
    } catch {
      throw new AppError(
        'BAD_REQUEST',
        'X-Purpose: malformed percent-encoding; encode the purpose as UTF-8 and percent-encode it (encodeURIComponent), or send it as plain ASCII',
        { http: { status: 400 } },
      );
    }
  }
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(header)) return header;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(header, 'latin1'));
  } catch {
    return header;
  }
}

export interface Authenticator {
  /** The viewer of a request with this Authorization and purpose header, or UNAUTHENTICATED / BAD_REQUEST. */
  viewer(authorization: string | undefined, purpose: string | undefined): Promise<Viewer>;
  agencies: Map<string, Agency>;
}

export async function createAuthenticator(config: Config): Promise<Authenticator> {
  const agencies = loadAgencies(config.agenciesFile);
  const { issuer, audience } = config.auth;
  let key: JWTVerifyGetKey | KeyLike | Uint8Array;
  if (config.auth.jwksUrl) key = createRemoteJWKSet(new URL(config.auth.jwksUrl));
  else if (config.auth.publicKey) key = await importSPKI(config.auth.publicKey, 'RS256');
  else if (config.auth.devSecret) key = new TextEncoder().encode(config.auth.devSecret);
  else throw new Error('no token key configured: set AUTH_JWKS_URL or AUTH_PUBLIC_KEY');

  const unauthenticated = (why: string) =>
    new AppError(
      'UNAUTHENTICATED',
      `${why}. Send "Authorization: Bearer <token>" with a token of your agency's identity provider (README "Security model").`,
      { http: { status: 401 } },
    );

  return {
    agencies,
    async viewer(authorization, purposeHeader) {
      const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
      if (!token) throw unauthenticated('missing bearer token');
      let payload: unknown;
      try {
        ({ payload } = await jwtVerify(token, key as Uint8Array, {
          issuer,
          audience,
          algorithms: config.auth.devSecret ? ['HS256'] : ['RS256', 'ES256', 'PS256'],
          requiredClaims: ['exp', 'iat'],
          clockTolerance: CLOCK_SKEW,
          maxTokenAge: MAX_TOKEN_AGE,
        }));
      } catch (error) {
        const code = (error as { code?: string }).code;
        throw unauthenticated(
          code === 'ERR_JWT_EXPIRED'
            ? 'token expired'
            : code === 'ERR_JWT_CLAIM_VALIDATION_FAILED'
              ? `token claim rejected (${(error as Error).message})`
              : 'token signature or format invalid',
        );
      }
      const parsed = claims.safeParse(payload);
      if (!parsed.success)
        throw unauthenticated(
          `token lacks the claims sub, agency, country and roles (${parsed.error.issues.map((i) => i.path.join('.')).join(', ')})`,
        );
      const c = parsed.data;
      const agency = agencies.get(c.agency);
      if (!agency || agency.country !== c.country)
        throw unauthenticated(`agency ${c.agency} (${c.country}) is not a member of this exchange`);
      const purpose = decodePurpose(purposeHeader ?? '').trim();
      if (!purpose)
        throw new AppError(
          'BAD_REQUEST',
          'state the purpose of this request in the X-Purpose header: a case reference or a justification',
          { http: { status: 400 } },
        );
      if (purpose.length > MAX_PURPOSE)
        throw new AppError('BAD_REQUEST', `X-Purpose is longer than ${MAX_PURPOSE} characters`, {
          http: { status: 400 },
        });
      return { analyst: c.sub, agency: c.agency, country: c.country, roles: c.roles, purpose };
    },
  };
}

/** A development token signed with the dev secret: for local use and tests only. */
export async function mintDevToken(
  config: Config,
  who: { analyst: string; agency: string; country: string; roles: Role[] },
  expiresIn: string | number = '8h',
): Promise<string> {
  if (!config.auth.devSecret)
    throw new Error(
      'no development secret: dev tokens work only outside production without AUTH_JWKS_URL / AUTH_PUBLIC_KEY',
    );
  return new SignJWT({ agency: who.agency, country: who.country, roles: who.roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(who.analyst)
    .setIssuer(config.auth.issuer)
    .setAudience(config.auth.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(config.auth.devSecret));
}

export function requireRole(viewer: Viewer, ...roles: Role[]): void {
  if (!roles.some((r) => viewer.roles.includes(r)))
    throw new AppError(
      'FORBIDDEN',
      `this needs the role ${roles.join(' or ')}; your token has ${viewer.roles.join(', ')}`,
    );
}
