/**
 * What `syt serve` does with an error nobody caught. A rejected promise is logged and the server keeps serving: one
 * failed background task must not take every user's session down. An uncaught exception leaves the process in an
 * unknown state, so it is logged and the process exits with 1; the service manager (systemd, see README) restarts it.
 */

/** The part of `process` the guards listen on. */
export interface ProcessEvents {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
}

/** Where the guards report: the server's pino logger. */
export interface FatalLog {
  error(obj: object, msg: string): void;
  fatal(obj: object, msg: string): void;
}

/** Installs both guards on `proc` (the real `process` in `syt serve`). */
export function installProcessGuards(proc: ProcessEvents, log: FatalLog, exit: (code: number) => void): void {
  proc.on('unhandledRejection', (reason) => {
    log.error({ err: reason }, 'Unhandled promise rejection; the server keeps serving');
  });
  proc.on('uncaughtException', (error) => {
    log.fatal({ err: error }, 'Uncaught exception; exiting so the service manager restarts the server');
    exit(1);
  });
}
