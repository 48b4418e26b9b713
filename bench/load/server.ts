import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from '../../e2e/support/start-syt.ts';

const SYT_BIN = resolve(import.meta.dirname, '../../packages/server/bin/syt.mjs');

/** A `syt serve` child process on 127.0.0.1 and a free port. */
export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts `syt serve` on a prepared database with its clock at `now`; resolves once it listens (at most 60 s). */
export async function startServer(databaseUrl: string, now: string): Promise<RunningServer> {
  const port = await freePort();
  // A production-like process: no test environment, warnings only, no web build to serve.
  const { NODE_ENV: _env, ...env } = process.env;
  // LOAD_CPU_PROFILE_DIR: the server writes a V8 CPU profile there when it stops (to find where a request's time goes).
  const profile = process.env.LOAD_CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.LOAD_CPU_PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, SYT_BIN, 'serve'], {
    env: { ...env, DATABASE_URL: databaseUrl, HOST: '127.0.0.1', PORT: String(port), SYT_NOW: now, LOG_LEVEL: 'warn', WEB_DIST: '/nonexistent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`syt serve did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/https?:\/\/\S+/.test(output)) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`syt serve exited with ${code}:\n${output}`));
    });
  });
  child.stdout!.removeAllListeners('data');
  child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  return { url: `http://127.0.0.1:${port}`, stop: () => stop(child) };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((ok) => child.once('exit', ok));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
