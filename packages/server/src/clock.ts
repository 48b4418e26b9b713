/** The time source; tests pass a controlled one so time-based rules (lockout, deadlines) are testable. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when told to. */
export class ManualClock implements Clock {
  private current: number;
  constructor(start: Date | string) {
    this.current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current += ms;
  }
  advanceMinutes(minutes: number): void {
    this.advance(minutes * 60_000);
  }
}

/** Real time shifted to start at a chosen moment: a demo or an end-to-end run can live inside its data's years. */
export class ShiftedClock implements Clock {
  private readonly offset: number;
  constructor(start: Date | string) {
    this.offset = new Date(start).getTime() - Date.now();
  }
  now(): Date {
    return new Date(Date.now() + this.offset);
  }
}

/** The installation's clock: real time, or shifted to start at SYT_NOW; the same for `syt serve` and every command. */
export function configuredClock(startAt: string | undefined): Clock {
  return startAt ? new ShiftedClock(startAt) : systemClock;
}
