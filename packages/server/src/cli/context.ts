import { ShiftedClock, systemClock, type Clock } from '../clock.ts';
import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type Database } from '../db/database.ts';

/** Opens what a CLI command needs, runs it, and always closes the database. */
/** The clock is the server's: SYT_NOW shifts it as it shifts `syt serve`'s. */
export async function withContext<T>(run: (ctx: { db: Database; config: Config; clock: Clock }) => Promise<T>) {
  const config = loadConfig();
  const db = openDatabase(config.databaseUrl);
  try {
    return await run({ db, config, clock: config.startAt ? new ShiftedClock(config.startAt) : systemClock });
  } finally {
    await db.destroy();
  }
}

/** Prints a line for a person (stderr), keeping stdout for data. */
export const say = (line: string) => process.stderr.write(`${line}\n`);
