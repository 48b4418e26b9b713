/**
 * The reminders scheduler: each tick marks overdue tasks, creates the notifications due that day and mails them.
 * Everything it does is keyed on dates and stored keys, not on having seen the previous tick, so a tick after a
 * restart catches up on whatever happened while the server was down, and repeating a tick changes nothing.
 */
import { vietnamDate } from '@syt/core/completeness/index.ts';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { activeRecipients, insertNotifications } from '../features/notifications/notifications.repository.ts';
import { closeQuietOutbreaks } from '../features/outbreaks/outbreak-closure.ts';
import { syncTypedOutbreakCounts } from '../features/outbreaks/typed-outbreaks.repository.ts';
import { detectThresholdAlerts } from '../features/surveillance/threshold-detection.ts';
import { sendPendingMail, type Mailer } from './mailer.ts';
import { markOverdueTasks } from './overdue-tasks.ts';
import { requestReminders } from './request-reminders.ts';
import { taskReminders } from './task-reminders.ts';

/** What a tick needs; `mailer` only when SMTP is configured. */
export interface SchedulerContext {
  db: Database;
  clock: Clock;
  config: Config;
  mailer?: Mailer | null;
  onError?: (error: unknown) => void;
}

/** What one tick did. */
export interface TickResult {
  overdueTaskIds: number[];
  notificationsCreated: number;
  mailsSent: number;
  /** THRESHOLD alerts stored by this tick (their notices are in `notificationsCreated` too). */
  alertsCreated: number;
  /** Outbreaks closed after twice their disease's maximal incubation period without a case. */
  closedOutbreakIds: number[];
}

const RUN_NAME = 'reminders';

/**
 * One idempotent pass: overdue tasks marked, reminders created once each, epidemic alerts detected (each stored
 * once), quiet outbreaks closed, outbreaks typed as monthly counts recorded, pending mail sent.
 */
export async function runSchedulerTick(ctx: SchedulerContext): Promise<TickResult> {
  const now = ctx.clock.now();
  const today = vietnamDate(now);
  const nowIso = now.toISOString();
  const overdueTaskIds = await markOverdueTasks(ctx.db, today, nowIso);
  const users = await activeRecipients(ctx.db);
  const days = ctx.config.reminderDaysBefore;
  const drafts = [...(await taskReminders(ctx.db, users, today, days)), ...(await requestReminders(ctx.db, users, today, days))];
  const withEmail = new Set(users.filter((u) => u.email).map((u) => u.id));
  const mailTo = (userId: number) => Boolean(ctx.mailer) && withEmail.has(userId);
  const reminders = await insertNotifications(ctx.db, drafts, nowIso, mailTo);
  const detected = await detectThresholdAlerts(ctx.db, Boolean(ctx.mailer), today, nowIso);
  const notificationsCreated = reminders + detected.notificationsCreated;
  const closedOutbreakIds = await closeQuietOutbreaks(ctx.db, today);
  await ctx.db.transaction().execute((trx) => syncTypedOutbreakCounts(trx, nowIso));
  const mailsSent = ctx.mailer ? await sendPendingMail(ctx.db, ctx.mailer, ctx.config, ctx.onError) : 0;
  await recordRun(ctx.db, nowIso);
  return { overdueTaskIds, notificationsCreated, mailsSent, alertsCreated: detected.alertsCreated, closedOutbreakIds };
}

async function recordRun(db: Database, nowIso: string): Promise<void> {
  await db
    .insertInto('scheduler_run')
    .values({ name: RUN_NAME, last_run_at: nowIso })
    .onConflict((oc) => oc.column('name').doUpdateSet({ last_run_at: nowIso }))
    .execute();
}

/**
 * Runs a tick now (catching up after a restart) and then every `intervalMs`; a tick never overlaps the previous one.
 * Returns a stop function that resolves once any tick under way has finished.
 */
export function startScheduler(ctx: SchedulerContext, intervalMs = 60_000): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const tick = () => {
    if (busy) return;
    busy = true;
    running = runSchedulerTick(ctx)
      .catch((error: unknown) => ctx.onError?.(error))
      .finally(() => {
        busy = false;
      });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
