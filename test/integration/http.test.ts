// What HTTP adds: CSRF prevention and batching refusal, through a real listening server.
import { serveGraphql, testDatabase, testServer } from '../helpers';

let url: string;
let close: () => Promise<void>;
const server = testServer();

beforeAll(async () => {
  ({ url, close } = await serveGraphql(server, testDatabase()));
});
afterAll(() => close());

const post = (body: string, contentType: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });

describe('HTTP', () => {
  it('serves an ordinary JSON POST', async () => {
    const res = await post(JSON.stringify({ query: '{ __typename }' }), 'application/json');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });
  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'refuses a simple-request POST with %s (CSRF)',
    async (type) => {
      const res = await post(JSON.stringify({ query: '{ __typename }' }), type);
      expect(res.status).toBe(400);
    },
  );
  it('refuses a GET without a preflight header, and a mutation sent by GET', async () => {
    const plain = await fetch(`${url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(plain.status).toBe(400);
    const mutation = await fetch(
      `${url}?query=${encodeURIComponent('mutation { importCases(cases: []) { casesCreated } }')}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(mutation.status).toBe(405);
  });
  it('refuses a batch of operations in one request', async () => {
    const batch = JSON.stringify(Array.from({ length: 10 }, () => ({ query: '{ __typename }' })));
    const res = await post(batch, 'application/json');
    expect(res.status).toBe(400);
  });
});
