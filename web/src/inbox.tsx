// The inbox: who hit our cases (through what, for what purpose), and access requests in and out, with
// approve and refuse for the owning agency.
import type { Client } from '@urql/core';
import { useEffect, useState } from 'preact/hooks';
import { run } from './api';

// Newest first, the first 20 of each (the three lists of 50 would pass the API's query cost limit).
const INBOX = `query Inbox { notifications(first: 20) { edges { node { id at fromAgency fromCountry analyst purpose operation throughType case { id label } } } }
  incoming: accessRequests(direction: INCOMING, first: 20) { edges { node { id caseHandle case { id label } fromAgency analyst justification status requestedAt } } }
  outgoing: accessRequests(direction: OUTGOING, first: 20) { edges { node { id caseHandle ownerAgency justification status requestedAt note } } } }`;
const nodes = (connection: { edges: Array<{ node: any }> }) => connection.edges.map((e) => e.node);
const DECIDE = `mutation Decide($id: ID!, $approve: Boolean!) { decideAccess(requestId: $id, approve: $approve) { id status } }`;

export function Inbox({ client }: { client: Client }) {
  const [data, setData] = useState<any>(null);
  const [problem, setProblem] = useState('');
  const load = () =>
    run(client, INBOX)
      .then((d: any) =>
        setData({ notifications: nodes(d.notifications), incoming: nodes(d.incoming), outgoing: nodes(d.outgoing) }),
      )
      .catch((e: Error) => setProblem(e.message));
  useEffect(() => void load(), []);
  const decide = (id: string, approve: boolean) =>
    run(client, DECIDE, { id, approve })
      .then(load)
      .catch((e: Error) => setProblem(e.message));
  if (problem)
    return (
      <main class="inbox">
        <p role="alert" class="problem">
          {problem}
        </p>
      </main>
    );
  if (!data)
    return (
      <main class="inbox">
        <p role="status">Loading the inbox…</p>
      </main>
    );
  return (
    <main class="inbox">
      <section aria-labelledby="incoming-title">
        <h2 id="incoming-title">Access requests to our cases ({data.incoming.length})</h2>
        <table>
          <thead>
            <tr>
              <th>Case</th>
              <th>From</th>
              <th>Justification</th>
              <th>Status</th>
              <th>Decision</th>
            </tr>
          </thead>
          <tbody>
            {data.incoming.map((r: any) => (
              <tr key={r.id}>
                <td>{r.case?.label ?? r.caseHandle}</td>
                <td>
                  {r.fromAgency} · {r.analyst}
                </td>
                <td>{r.justification}</td>
                <td>{r.status.toLowerCase()}</td>
                <td>
                  {r.status === 'PENDING' ? (
                    <>
                      <button onClick={() => decide(r.id, true)}>Approve</button>{' '}
                      <button onClick={() => decide(r.id, false)}>Refuse</button>
                    </>
                  ) : (
                    '–'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="outgoing-title">
        <h2 id="outgoing-title">Our access requests ({data.outgoing.length})</h2>
        <table>
          <thead>
            <tr>
              <th>Case</th>
              <th>Owner</th>
              <th>Justification</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {data.outgoing.map((r: any) => (
              <tr key={r.id}>
                <td>{r.caseHandle}</td>
                <td>{r.ownerAgency}</td>
                <td>{r.justification}</td>
                <td>
                  {r.status.toLowerCase()}
                  {r.note ? `: ${r.note}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="notifications-title">
        <h2 id="notifications-title">Hits on our cases ({data.notifications.length})</h2>
        <table>
          <thead>
            <tr>
              <th>When</th>
              <th>Case</th>
              <th>Who</th>
              <th>Through</th>
              <th>Purpose</th>
            </tr>
          </thead>
          <tbody>
            {data.notifications.map((n: any) => (
              <tr key={n.id}>
                <td>{n.at.slice(0, 16).replace('T', ' ')}</td>
                <td>{n.case.label}</td>
                <td>
                  {n.fromAgency} ({n.fromCountry}) · {n.analyst}
                </td>
                <td>
                  {n.throughType.toLowerCase().replace(/_/g, ' ')} · {n.operation}
                </td>
                <td>{n.purpose}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <button onClick={() => void load()}>Refresh</button>
    </main>
  );
}
