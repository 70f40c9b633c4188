// The analyst's explorer: sign in with a purpose, search, open a case, chart it, expand, find paths,
// follow money, see brokers and communities, filter by time, export, and answer the inbox.
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createClient } from './api';
import { clearSession, devAgencies, devToken, loadSession, saveSession, tokenClaims, type Session } from './session';
import { Explorer } from './explorer';
import { Inbox } from './inbox';
import { Alerts, useLiveAlerts } from './alerts';
import './style.css';

function SignIn({ onSignedIn }: { onSignedIn: (s: Session) => void }) {
  const [agencies, setAgencies] = useState<Array<{ code: string; name: string; country: string }>>([]);
  const [agency, setAgency] = useState('EE-PPA');
  const [token, setToken] = useState('');
  const [purpose, setPurpose] = useState('');
  const [problem, setProblem] = useState('');
  useEffect(
    () =>
      void devAgencies()
        .then(setAgencies)
        .catch(() => setAgencies([])),
    [],
  );

  const submit = async (e: Event) => {
    e.preventDefault();
    setProblem('');
    try {
      const t = token.trim() || (agencies.length ? await devToken(agency) : '');
      const claims = tokenClaims(t);
      if (!claims) throw new Error('paste the bearer token your identity provider gave you');
      if (!purpose.trim()) throw new Error('state the purpose: a case reference or a justification');
      onSignedIn({ token: t, purpose: purpose.trim(), ...claims });
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  return (
    <main class="signin">
      <h1>linkgraph explorer</h1>
      <form onSubmit={submit}>
        {agencies.length > 0 && (
          <p>
            <label for="agency">Development: sign in as a demo agency</label>
            <select id="agency" value={agency} onChange={(e) => setAgency((e.target as HTMLSelectElement).value)}>
              {agencies.map((a) => (
                <option key={a.code} value={a.code}>
                  {a.code} · {a.name}
                </option>
              ))}
            </select>
          </p>
        )}
        <p>
          <label for="token">
            {agencies.length ? 'Or paste a bearer token' : 'Bearer token from your identity provider'}
          </label>
          <textarea
            id="token"
            rows={3}
            value={token}
            onInput={(e) => setToken((e.target as HTMLTextAreaElement).value)}
          />
        </p>
        <p>
          <label for="purpose">Purpose of this session (case reference or justification)</label>
          <input
            id="purpose"
            required
            value={purpose}
            onInput={(e) => setPurpose((e.target as HTMLInputElement).value)}
            placeholder="e.g. EE-2024-0117: recruiter phone"
          />
        </p>
        {problem && (
          <p role="alert" class="problem">
            {problem}
          </p>
        )}
        <button type="submit">Sign in</button>
      </form>
    </main>
  );
}

function App() {
  const [session, setSession] = useState<Session | null>(loadSession);
  const [view, setView] = useState<'explore' | 'inbox' | 'alerts'>('explore');
  const client = useMemo(() => (session ? createClient(session) : null), [session]);

  // npm run demo opens /#demo: signed in as the Estonian demo agency, on its trafficking case.
  useEffect(() => {
    if (session || location.hash !== '#demo') return;
    devToken('EE-PPA')
      .then((token) => {
        const s = { token, purpose: 'Demo: EE-2024-0117 recruitment network', ...tokenClaims(token)! };
        saveSession(s);
        setSession(s);
      })
      .catch(() => undefined);
  }, [session]);

  if (!session || !client)
    return (
      <SignIn
        onSignedIn={(s) => {
          saveSession(s);
          setSession(s);
        }}
      />
    );
  return (
    <SignedIn session={session} client={client} view={view} setView={setView} onSignOut={() => setSession(null)} />
  );
}

function SignedIn({
  session,
  client,
  view,
  setView,
  onSignOut,
}: {
  session: Session;
  client: ReturnType<typeof createClient>;
  view: 'explore' | 'inbox' | 'alerts';
  setView: (v: 'explore' | 'inbox' | 'alerts') => void;
  onSignOut: () => void;
}) {
  const live = useLiveAlerts(session, client);
  return (
    <div class="app">
      <header>
        <strong>linkgraph</strong>
        <nav aria-label="Views">
          <button aria-pressed={view === 'explore'} onClick={() => setView('explore')}>
            Explore
          </button>
          <button aria-pressed={view === 'inbox'} onClick={() => setView('inbox')}>
            Inbox
          </button>
          <button
            aria-pressed={view === 'alerts'}
            onClick={() => {
              live.seen();
              setView('alerts');
            }}
          >
            Alerts
            {live.unseen > 0 && (
              <span class="badge" aria-label={`${live.unseen} new`}>
                {live.unseen}
              </span>
            )}
          </button>
          <a href="/graphiql">GraphQL IDE</a>
        </nav>
        <span class="who">
          {session.analyst} · {session.agency} · purpose: <em>{session.purpose}</em>
        </span>
        <button
          onClick={() => {
            clearSession();
            location.hash = '';
            onSignOut();
          }}
        >
          Sign out
        </button>
      </header>
      {view === 'explore' ? (
        <Explorer client={client} startCase={location.hash === '#demo' ? 'case:EE-PPA:EE-2024-0117' : null} />
      ) : view === 'inbox' ? (
        <Inbox client={client} />
      ) : (
        <Alerts alerts={live.alerts} problem={live.problem} />
      )}
    </div>
  );
}

render(<App />, document.getElementById('app')!);
