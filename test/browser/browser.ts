// The browser tests' set-up: Debian's Chromium driven by playwright-core, and the real API (the compiled
// server, as `npm start` runs it) on a free port over the test Neo4j.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Fails, never skips, when the browser is missing: the tests are part of the suite. */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `no browser at ${CHROMIUM}: install Debian's Chromium with "apt-get update && apt-get install -y chromium" (or set CHROMIUM_PATH)`,
    );
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net
      .createServer()
      .listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      })
      .on('error', reject);
  });

export interface RunningApi {
  base: string;
  stop: () => Promise<void>;
}

/** Starts dist/src/main.js (built by `npm run build`) and waits until it answers ready. */
export async function startApi(env: Record<string, string> = {}): Promise<RunningApi> {
  // From test/browser, or from dist/test/browser when the benchmark runs compiled.
  const root = [path.resolve(__dirname, '..', '..'), path.resolve(__dirname, '..', '..', '..')].find((r) =>
    fs.existsSync(path.join(r, 'web', 'package.json')),
  )!;
  const main = path.join(root, 'dist', 'src', 'main.js');
  if (!fs.existsSync(main) || !fs.existsSync(path.join(root, 'web', 'dist', 'index.html')))
    throw new Error('the API or the explorer is not built: run npm run build');
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      SHUTDOWN_DRAIN_MS: '0',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode}): ${stderr}`);
    const ready = await fetch(`${base}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
