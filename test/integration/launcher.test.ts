// The embedded Neo4j launcher refuses a port that is already taken, clearly, before touching any store.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';

const jar = path.join(__dirname, '..', '..', 'neo4j', 'target', 'neo4j-launcher-1.0.0.jar');

it('exits with code 3 and says which port is in use and what to do', () => {
  const port = new URL(loadConfig().neo4j.uri.replace(/^bolt/, 'http')).port; // the test Neo4j listens there
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'launcher-'));
  const result = spawnSync('java', ['-jar', jar], {
    env: { ...process.env, NEO4J_BOLT_PORT: port, NEO4J_HOME: home },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(result.status).toBe(3);
  expect(result.stderr).toContain(`ERROR port 127.0.0.1:${port} is already in use`);
  expect(result.stderr).toContain('NEO4J_BOLT_PORT');
  expect(fs.readdirSync(home)).toEqual([]);
});
