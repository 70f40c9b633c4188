// GraphiQL from the API's own assets (served at /graphiql in development, or with GRAPHIQL=true). It takes
// the explorer's session (same tab: sessionStorage), so every query carries the same token and purpose.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { loadSession } from './session';

const session = loadSession();
const root = createRoot(document.getElementById('graphiql')!);
if (!session) {
  root.render(
    createElement(
      'main',
      { style: { font: '16px system-ui, sans-serif', padding: '2em' } },
      createElement('h1', null, 'GraphQL IDE'),
      createElement(
        'p',
        null,
        'Sign in on the explorer first (token and purpose), then open the IDE from its header. ',
      ),
      createElement('a', { href: '/' }, 'Go to the explorer'),
    ),
  );
} else {
  const headers = { authorization: `Bearer ${session.token}`, 'x-purpose': session.purpose };
  root.render(
    createElement(GraphiQL, {
      fetcher: async (params, options) => {
        const res = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers, ...(options?.headers ?? {}) },
          body: JSON.stringify(params),
        });
        return res.json();
      },
      defaultQuery:
        '# Your token and purpose are sent with every query (see the Headers tab to change the purpose).\n{\n  search(text: "Janis Berzins") { score matchedOn node { id type label access hit { agency country handlingCode } } }\n}\n',
      defaultHeaders: JSON.stringify({ 'x-purpose': session.purpose }, null, 2),
      shouldPersistHeaders: false,
    }),
  );
}
