// The service as users meet it: the compiled entry point as a child process, and the shell blocks of the
// README. Used by the tests that hold the README and docker-compose.yml to what they say.
import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';

export const root = path.join(__dirname, '..');

export interface RunningApi {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts dist/src/main.js with exactly `env` (plus PATH), and resolves once /health/ready answers 200. */
export async function startApi(env: Record<string, string>, port: number): Promise<RunningApi> {
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, [path.join(root, 'dist', 'src', 'main.js')], {
    env: { PATH: process.env.PATH ?? '', ...env },
    cwd: root,
  });
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  for (;;) {
    if (gone) throw new Error(`the API exited before it was ready:\n${output}`);
    const status = await fetch(`${url}/health/ready`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    output: () => output,
    stop: async () => {
      if (!gone) child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface ShellBlock {
  heading: string;
  text: string;
}

/** The README's ```bash blocks, each with the heading it stands under. */
export function readmeBlocks(): ShellBlock[] {
  const blocks: ShellBlock[] = [];
  let heading = '';
  const lines = fs.readFileSync(path.join(root, 'README.md'), 'utf8').split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    if (/^#+ /.test(lines[i])) heading = lines[i].replace(/^#+ /, '');
    if (lines[i].trim() !== '```bash') continue;
    const end = lines.indexOf('```', i + 1);
    blocks.push({ heading, text: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return blocks;
}
