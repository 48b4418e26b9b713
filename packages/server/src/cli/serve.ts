import { buildApp } from '../app.ts';
import { configuredClock } from '../clock.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { vi } from '../messages.ts';
import { smtpMailer } from '../scheduler/mailer.ts';
import { startScheduler } from '../scheduler/scheduler.ts';
import { say } from './context.ts';
import { installProcessGuards } from './process-guards.ts';

/** Starts the server and keeps it running until SIGINT/SIGTERM. */
export async function serve(): Promise<void> {
  const config = loadConfig();
  const db = openDatabase(config.databaseUrl);
  await migrateToLatest(db);
  const clock = configuredClock(config.startAt);
  const app = await buildApp({ db, clock, config });
  installProcessGuards(process, app.log, (code) => process.exit(code));
  const address = await app.listen({ host: config.host, port: config.port });
  say(vi.cli.running(address.replace('127.0.0.1', 'localhost')));
  if (config.startAt) say(vi.cli.clockFrom(config.startAt));
  // Started beside the HTTP server, not inside buildApp, so tests drive ticks themselves; it shares the (possibly shifted) clock.
  const mailer = smtpMailer(config);
  const stopScheduler = startScheduler({ db, clock, config, mailer, onError: (error) => app.log.error(error) }, config.schedulerIntervalSeconds * 1000);
  const stop = async () => {
    await stopScheduler();
    mailer?.close();
    await app.close();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
