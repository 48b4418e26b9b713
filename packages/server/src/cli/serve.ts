import { buildApp } from '../app.ts';
import { systemClock } from '../clock.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { say } from './context.ts';

/** Starts the server and keeps it running until SIGINT/SIGTERM. */
export async function serve(): Promise<void> {
  const config = loadConfig();
  const db = openDatabase(config.databaseUrl);
  await migrateToLatest(db);
  const app = await buildApp({ db, clock: systemClock, config });
  const address = await app.listen({ host: config.host, port: config.port });
  say(`SYT đang chạy tại ${address.replace('127.0.0.1', 'localhost')}`);
  const stop = async () => {
    await app.close();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
