import { configuredClock, type Clock } from '../clock.ts';
import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type Database } from '../db/database.ts';

/**
 * Opens what a CLI command needs, runs it, and always closes the database. The clock is the server's: shifted by
 * SYT_NOW as `syt serve` does, so `syt demo` before a shifted server writes no time after that server's now.
 */
export async function withContext<T>(run: (ctx: { db: Database; config: Config; clock: Clock }) => Promise<T>) {
  const config = loadConfig();
  const db = openDatabase(config.databaseUrl);
  const clock = configuredClock(config.startAt);
  try {
    return await run({ db, config, clock });
  } finally {
    await db.destroy();
  }
}

/** Prints a line for a person (stderr), keeping stdout for data. */
export const say = (line: string) => process.stderr.write(`${line}\n`);
