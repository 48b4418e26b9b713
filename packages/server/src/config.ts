import { z } from 'zod';

const configSchema = z.object({
  databaseUrl: z
    .string()
    .regex(/^(sqlite:|postgres(ql)?:\/\/)/, 'DATABASE_URL phải bắt đầu bằng sqlite: hoặc postgres://'),
  host: z.string().min(1),
  port: z.coerce.number().int().min(0).max(65535),
  /** Send cookies only over HTTPS; on by default in production. */
  secureCookies: z.boolean(),
  sessionHours: z.coerce.number().positive(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  /** Where the built web app lives; served at `/` when it exists. */
  webDist: z.string(),
  /** When set, the server's clock starts at this moment and runs on (demos, end-to-end tests). */
  startAt: z.iso.datetime({ offset: true }).optional(),
  /** Largest accepted attachment (directive scans, progress evidence), in bytes; UPLOAD_MAX_MB in the environment. */
  uploadMaxBytes: z.coerce.number().int().positive(),
  /** Largest data file `POST /api/imports` reads (DHIS2 JSON, CSV, ADX, Excel), in bytes; IMPORT_MAX_MB, default 20. */
  importMaxBytes: z.coerce.number().int().positive(),
  /** Days before a deadline that the first reminder goes out (REMIND_DAYS_BEFORE); also "due soon" on the home page. */
  reminderDaysBefore: z.coerce.number().int().min(0).max(60),
  /** Seconds between scheduler ticks (SCHEDULER_INTERVAL_SECONDS, default 60): reminders, alerts, outbreak closure. */
  schedulerIntervalSeconds: z.coerce.number().int().min(1).max(86_400),
  /** `smtp://user:pass@host:port` (or smtps://) for mailing reminders (SMTP_URL); no mail when unset. */
  smtpUrl: z.string().regex(/^smtps?:\/\//, 'SMTP_URL phải bắt đầu bằng smtp:// hoặc smtps://').optional(),
  /** Sender of reminder mail (SMTP_FROM). */
  smtpFrom: z.string().min(3),
  /** Address of the web app as users reach it (PUBLIC_URL), so links in mail open the right page. */
  publicUrl: z.string().optional(),
});

export type Config = Readonly<z.infer<typeof configSchema>>;

/** Reads and validates the environment once; nothing else in the server reads `process.env`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = configSchema.parse({
    databaseUrl: env.DATABASE_URL ?? 'sqlite:./data/syt.db',
    host: env.HOST ?? '127.0.0.1',
    port: env.PORT ?? 3000,
    secureCookies: env.COOKIE_SECURE === 'true' || (env.NODE_ENV === 'production' && env.COOKIE_SECURE !== 'false'),
    sessionHours: env.SESSION_HOURS ?? 12,
    logLevel: env.LOG_LEVEL ?? 'info',
    webDist: env.WEB_DIST ?? new URL('../../web/dist', import.meta.url).pathname,
    startAt: env.SYT_NOW || undefined,
    uploadMaxBytes: Math.round(Number(env.UPLOAD_MAX_MB ?? 10) * 1024 * 1024),
    importMaxBytes: Math.round(Number(env.IMPORT_MAX_MB ?? 20) * 1024 * 1024),
    reminderDaysBefore: env.REMIND_DAYS_BEFORE ?? 3,
    schedulerIntervalSeconds: env.SCHEDULER_INTERVAL_SECONDS ?? 60,
    smtpUrl: env.SMTP_URL || undefined,
    smtpFrom: env.SMTP_FROM ?? 'SYT <syt@localhost>',
    publicUrl: env.PUBLIC_URL || undefined,
    ...overrides,
  });
  return Object.freeze(parsed);
}
