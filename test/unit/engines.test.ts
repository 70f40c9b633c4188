// The README promises Node 20+ and CI runs Node 20: no installed package may require a newer Node
// (npm ci would warn EBADENGINE, and the package may use APIs Node 20 lacks).
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';

const root = path.join(__dirname, '..', '..');
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
};
const ours = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } })
  .engines.node;

describe('engines', () => {
  it('the project says Node 20+', () => {
    expect(ours).toBe('>=20');
  });

  it('every package in the lock file runs on Node 20', () => {
    const refusing = Object.entries(lock.packages)
      .filter(([name, p]) => name && p.engines && !Array.isArray(p.engines) && p.engines.node)
      .filter(([, p]) => !semver.intersects((p.engines as { node: string }).node, '^20', { includePrerelease: false }))
      .map(([name, p]) => `${name} needs node ${(p.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });
});
