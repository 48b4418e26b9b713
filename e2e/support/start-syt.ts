import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** A running SYT started exactly as the README's first command starts it (`npm start`), on a fresh SQLite file. */
export interface RunningSyt {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

/** A TCP port on 127.0.0.1 that nothing listens on now. */
export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

/** Starts `npm start` and waits for the line that announces the URL. */
export async function startSyt(extraEnv: Record<string, string> = {}): Promise<RunningSyt> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'syt-e2e-'));
  // The test runner's NODE_ENV=test would make the web build a development one: start as a user would.
  const { NODE_ENV: _testEnv, ...env } = process.env;
  const child = spawn('npm', ['start'], {
    cwd: REPO_ROOT,
    env: { ...env, ...extraEnv, PORT: String(port), DATABASE_URL: `sqlite:${join(dir, 'syt.db')}`, LOG_LEVEL: 'warn' },
    detached: true,
  });
  let output = '';
  const url = await new Promise<string>((ok, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /SYT đang chạy tại (http:\/\/\S+)/.exec(output);
      if (match) ok(match[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      rmSync(dir, { recursive: true, force: true });
      fail(new Error(`npm start exited with ${code}:\n${output}`));
    });
  });
  const stop = async () => {
    await stopTree(child);
    // The database lives only as long as this run: leave nothing behind in /tmp.
    rmSync(dir, { recursive: true, force: true });
  };
  return { url, output: () => output, stop };
}

async function stopTree(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((ok) => child.once('exit', ok));
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
}
