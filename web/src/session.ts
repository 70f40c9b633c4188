// The signed-in analyst: a bearer token and the purpose stated for this session. Kept in sessionStorage,
// so closing the tab ends it and the next session is asked for its purpose again.
export interface Session {
  token: string;
  purpose: string;
  agency: string;
  analyst: string;
}

const KEY = 'linkgraph.session';

export function loadSession(): Session | null {
  try {
    const s = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Session | null;
    return s?.token && s.purpose ? s : null;
  } catch {
    return null;
  }
}
export const saveSession = (s: Session) => sessionStorage.setItem(KEY, JSON.stringify(s));
export const clearSession = () => sessionStorage.removeItem(KEY);

/** What the token says of its bearer (the API verifies it; this only labels the page). */
export function tokenClaims(token: string): { agency: string; analyst: string } | null {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as {
      agency?: string;
      sub?: string;
    };
    return payload.agency && payload.sub ? { agency: payload.agency, analyst: payload.sub } : null;
  } catch {
    return null;
  }
}

/** Development only: the API lists its demo agencies and mints their tokens; in production it answers 404. */
export async function devAgencies(): Promise<Array<{ code: string; name: string; country: string }>> {
  const res = await fetch('/dev/agencies');
  return res.ok ? ((await res.json()) as Array<{ code: string; name: string; country: string }>) : [];
}
export async function devToken(agency: string): Promise<string> {
  const res = await fetch(`/dev/token?agency=${encodeURIComponent(agency)}`, { method: 'POST' });
  const body = (await res.json()) as { token?: string; errors?: Array<{ message: string }> };
  if (!body.token) throw new Error(body.errors?.[0]?.message ?? `token refused (${res.status})`);
  return body.token;
}
