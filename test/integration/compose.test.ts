// docker-compose.yml is a demo stack that starts. Docker is not on our machines, so this test runs the
// API with exactly the environment compose gives its container (the Dockerfile's ENV, then the service's
// environment), against the test Neo4j, and asks it the README's example the README's way. It also holds
// the Neo4j service to the embedded launcher: the same versions, plugin jars and settings.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config';
import { resetDatabase, testDatabase } from '../helpers';
import { readmeBlocks, root, startApi, type RunningApi } from '../deployed';

const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as {
  services: {
    api: { build: string; environment: Record<string, string> };
    neo4j: { build: string; image: string; environment: Record<string, string> };
  };
};
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

/** ENV lines of a Dockerfile's last stage: what the container starts with before compose adds its own. */
function dockerfileEnv(file: string): Record<string, string> {
  const stages = read(file).split(/^FROM /m);
  const env: Record<string, string> = {};
  for (const m of stages[stages.length - 1].matchAll(/^ENV (\w+)=(\S+)$/gm)) env[m[1]] = m[2];
  return env;
}

const PORT = 4794;
let api: RunningApi;
let env: Record<string, string>;

beforeAll(async () => {
  const db = testDatabase();
  await resetDatabase(db); // compose starts on an empty volume: the API loads the demo data itself
  await db.close();
  // The container's environment; only where Neo4j and the listener are differ here (in compose they are
  // the service name and the container's port, published by compose).
  env = {
    ...dockerfileEnv('Dockerfile'),
    ...compose.services.api.environment,
    NEO4J_URI: loadConfig().neo4j.uri,
    HOST: '127.0.0.1',
    PORT: String(PORT),
  };
  api = await startApi(env, PORT);
}, 180_000);
afterAll(() => api?.stop());

describe('docker compose', () => {
  it('gives the API a coherent environment: development mode with the demo data', () => {
    expect(compose.services.api.build).toBe('.');
    expect(env.NODE_ENV).toBe('development');
    expect(env.SEED_DEMO).toBe('true');
    expect(api.output()).toMatch(/"msg":"demo data loaded"/);
  });

  it('answers the README example with a token minted the README way', async () => {
    const example = readmeBlocks().find((b) => b.heading === 'Example')!;
    // As `docker compose exec api` would mint it: the token CLI in the API's environment.
    const stdout = execFileSync(
      'bash',
      ['-euo', 'pipefail', '-c', example.text.replaceAll('http://localhost:4000', api.url)],
      { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' },
    );
    const answer = JSON.parse(stdout);
    // The README shows the answer; hit handles are keyed by HIT_SECRET and differ per installation.
    const shown = JSON.parse(read('README.md').split('### Example')[1].split('```json\n')[1].split('```')[0]);
    // The order of linked cases is not part of the promise.
    const links = (x: { data: { crossBorderLinks: unknown[] } }) =>
      x.data.crossBorderLinks.map((l) => JSON.stringify(l).replace(/hit:[0-9a-f-]{36}/g, 'hit:…')).sort();
    expect(links(answer)).toEqual(links(shown));
  });

  it('runs the Neo4j of the launcher: same versions, jars from its Maven build, same settings', () => {
    const pom = read('neo4j/pom.xml');
    const version = /<neo4j\.version>([^<]+)</.exec(pom)![1];
    const neo4j = compose.services.neo4j;
    expect(neo4j.build).toBe('./neo4j');
    expect(read('neo4j/Dockerfile')).toContain(`FROM neo4j:${version}-community\n`);
    expect(neo4j.image).toBe(`linkgraph-neo4j:${version}`);
    expect(read('neo4j/Dockerfile')).toMatch(/COPY --from=jars \/build\/target\/plugins /);
    expect(Object.keys(neo4j.environment)).not.toContain('NEO4J_PLUGINS'); // nothing downloaded at start
    // The launcher's settings (Launcher.java, with db.sh's heap), as the image's NEO4J_* variables name them.
    const launcher = read('neo4j/src/main/java/org/linkgraph/launcher/Launcher.java');
    const launcherDefault = (name: string) => new RegExp(`env\\("${name}", "([^"]+)"\\)`).exec(launcher)![1];
    const launcherSetting = (key: string) =>
      new RegExp(`config\\.put\\("${key.replaceAll('.', '\\.')}", "([^"]+)"\\)`).exec(launcher)![1];
    const heap = /HEAP=\$\{NEO4J_HEAP:-(\w+)\}/.exec(read('neo4j/db.sh'))![1];
    const settings = Object.fromEntries(
      Object.entries(neo4j.environment)
        .filter(([k]) => k !== 'NEO4J_AUTH')
        .map(([k, v]) => [
          k.slice('NEO4J_'.length).replaceAll('__', '\u0000').replaceAll('_', '.').replaceAll('\u0000', '_'),
          v,
        ]),
    );
    expect(settings).toEqual({
      'server.memory.heap.initial_size': heap,
      'server.memory.heap.max_size': heap,
      'server.memory.pagecache.size': launcherDefault('NEO4J_PAGECACHE'),
      'db.memory.transaction.max': launcherDefault('NEO4J_TX_MEMORY_MAX'),
      'db.tx_log.preallocate': launcherSetting('db.tx_log.preallocate'),
      'dbms.security.procedures.unrestricted': launcherSetting('dbms.security.procedures.unrestricted'),
      'server.http.enabled': launcherSetting('server.http.enabled'),
      'server.https.enabled': launcherSetting('server.https.enabled'),
    });
    expect(neo4j.environment.NEO4J_AUTH).toBe(`neo4j/${launcherDefault('NEO4J_PASSWORD')}`);
    expect(launcherSetting('dbms.security.auth_enabled')).toBe('true');
  });
});
