// What the HTTP benchmarks share: the API as they run it, and the machine they ran on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';

const root = path.resolve(__dirname, '..', '..');

/**
 * The real entry point (dist/src/main.js) in a child process of its own, request logs off (warn level: the
 * benchmark measures the API, not stdout) and no fair-use budget, returned once its /health/ready says
 * so, as a load balancer sees it.
 */
export async function startApi(port: number): Promise<ChildProcess> {
  const api = spawn('node', [path.join(root, 'dist', 'src', 'main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      // The benchmark's clients are one analyst: the fair-use budget (src/fairUse.ts) would refuse all but 2
      // of 32 concurrent expensive requests, answered at once with RATE_LIMITED. The bare driver and the
      // peer have no such budget, so it is lifted here to measure the work itself.
      EXPENSIVE_PER_ANALYST: '1000',
      EXPENSIVE_PER_AGENCY: '1000',
    },
    stdio: 'inherit',
  });
  for (let i = 0; ; i++) {
    if (api.exitCode !== null) throw new Error(`the API on port ${port} exited with ${api.exitCode}`);
    if (i > 300) throw new Error(`the API on port ${port} did not become ready`);
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return api;
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Stops an API started here, and waits until its process has drained and exited. */
export function stopApi(api: ChildProcess): Promise<void> {
  if (api.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    api.once('exit', () => resolve());
    api.kill('SIGTERM');
  });
}

export function machine(): string {
  const cpu = /model name\s*:\s*(.*)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';
  return `${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`;
}

/** The 1, 5 and 15 minute load averages: the machine is shared, so every figure says under what load it ran. */
export const loadAverage = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
