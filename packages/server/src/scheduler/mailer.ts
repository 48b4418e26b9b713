import nodemailer from 'nodemailer';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { vi } from '../messages.ts';
import { pendingMail, recordMailAttempt } from '../features/notifications/mail-outbox.repository.ts';

/** One plain-text message. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail; the scheduler is given one only when SMTP is configured. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

// A server that is down for a while is retried each tick, then given up on so the outbox does not grow forever.
const MAX_ATTEMPTS = 5;
const PER_TICK = 200;

/** A mailer over the configured SMTP server, or null when `SMTP_URL` is unset. */
export function smtpMailer(config: Config): Mailer | null {
  if (!config.smtpUrl) return null;
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from: config.smtpFrom, ...message });
    },
    close: () => transport.close(),
  };
}

/** Mails the notifications waiting in the outbox; returns how many were sent. */
export async function sendPendingMail(db: Database, mailer: Mailer, config: Config, onError?: (error: unknown) => void): Promise<number> {
  let sent = 0;
  for (const mail of await pendingMail(db, PER_TICK)) {
    const link = config.publicUrl ? new URL(mail.link, config.publicUrl).toString() : mail.link;
    try {
      await mailer.send({ to: mail.email, subject: mail.title, text: `${mail.body}\n\n${vi.notifications.mailFooter(link)}` });
      await recordMailAttempt(db, mail.id, true, mail.attempts + 1, MAX_ATTEMPTS);
      sent += 1;
    } catch (error) {
      onError?.(error);
      await recordMailAttempt(db, mail.id, false, mail.attempts + 1, MAX_ATTEMPTS);
    }
  }
  return sent;
}
