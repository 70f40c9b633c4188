// The committed resolver types must be what `npm run codegen` makes of the schema now: a schema change
// without regenerating fails here rather than leaving resolvers typed against the old schema.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

describe('generated resolver types', () => {
  it('src/generated/graphql.ts is up to date with schema/schema.graphql', () => {
    // --check writes nothing and exits 1 when a generated file would change.
    const run = spawnSync(
      path.join(root, 'node_modules', '.bin', 'graphql-codegen'),
      ['--config', 'codegen.yml', '--check'],
      { cwd: root, encoding: 'utf8' },
    );
    expect({ status: run.status, output: run.status === 0 ? '' : run.stdout + run.stderr }).toEqual({
      status: 0,
      output: '',
    });
  }, 120_000);
});
