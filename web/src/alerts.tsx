// Alerts: the live badge and list. The list is the `alerts` query; new and reopened alerts arrive over
// the `alerts` subscription (graphql-ws on the same /graphql, with the session's token and purpose), so
// hit/no-hit and the audit apply to them as to any query.
import type { Client } from '@urql/core';
import { createClient as createLiveClient } from 'graphql-ws';
import { useEffect, useState } from 'preact/hooks';
import { run } from './api';
import type { Session } from './session';

const FIELDS = `id kind status ruleKind count updatedAt subject { label access }
  cases { id label access hit { agency country caseHandle } }`;
const ALERTS = `query Alerts { alerts(first: 20) { edges { node { ${FIELDS} } } } }`;
const LIVE = `subscription LiveAlerts { alerts { ${FIELDS} } }`;

export interface AlertItem {
  id: string;
  kind: string;
  status: string;
  ruleKind: string | null;
  count: number | null;
  updatedAt: string;
  subject: { label: string; access: string } | null;
  cases: Array<{
    id: string;
    label: string;
    access: string;
    hit: { agency: string; country: string; caseHandle: string } | null;
  }>;
}

/** The alerts, newest first, and how many arrived live since the list was last looked at. */
export function useLiveAlerts(session: Session, client: Client) {
  const [alerts, setAlerts] = useState<AlertItem[]>([]);
  const [unseen, setUnseen] = useState(0);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    run(client, ALERTS)
      .then((d: any) => setAlerts(d.alerts.edges.map((e: { node: AlertItem }) => e.node)))
      .catch((e: Error) => setProblem(e.message));
    const live = createLiveClient({
      url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
      connectionParams: { authorization: `Bearer ${session.token}`, purpose: session.purpose },
    });
    const stop = live.subscribe<{ alerts: AlertItem }>(
      { query: LIVE },
      {
        next: (value) => {
          const alert = value.data?.alerts;
          if (!alert) return;
          setAlerts((list) => [alert, ...list.filter((a) => a.id !== alert.id)]);
          setUnseen((n) => n + 1);
        },
        error: () => setProblem('live alerts are unavailable; the list shows the alerts as of sign-in'),
        complete: () => undefined,
      },
    );
    return () => {
      stop();
      void live.dispose();
    };
  }, [session, client]);
  return { alerts, unseen, seen: () => setUnseen(0), problem };
}

export function Alerts({ alerts, problem }: { alerts: AlertItem[]; problem: string }) {
  return (
    <main class="inbox">
      <h2>Alerts</h2>
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
      {alerts.length === 0 ? (
        <p>No alerts yet: watch a case, person or identifier, or switch on a typology rule.</p>
      ) : (
        <ul class="alerts" aria-live="polite">
          {alerts.map((a) => (
            <li key={a.id}>
              <strong>{a.kind === 'RULE' ? a.ruleKind : a.kind}</strong> · {a.status} ·{' '}
              {a.subject?.label ?? `${a.count} more`} · {new Date(a.updatedAt).toLocaleString()}
              <ul>
                {a.cases.map((c) => (
                  <li key={c.id}>
                    {c.access === 'HIT' && c.hit
                      ? `hit: ${c.hit.agency} (${c.hit.country}), handle ${c.hit.caseHandle}`
                      : c.label}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
