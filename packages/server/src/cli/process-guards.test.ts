import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { installProcessGuards, type ProcessEvents } from './process-guards.ts';

function guarded() {
  const proc = new EventEmitter();
  const log = { error: vi.fn(), fatal: vi.fn() };
  const exit = vi.fn();
  installProcessGuards(proc as ProcessEvents, log, exit);
  return { proc, log, exit };
}

describe('installProcessGuards', () => {
  it('logs a rejected promise nobody awaited and keeps the process running', () => {
    const { proc, log, exit } = guarded();
    const reason = new Error('stream failed');
    proc.emit('unhandledRejection', reason);
    expect(log.error).toHaveBeenCalledWith({ err: reason }, expect.stringContaining('keeps serving'));
    expect(exit).not.toHaveBeenCalled();
  });

  it('logs an uncaught exception and exits with 1 for the service manager to restart', () => {
    const { proc, log, exit } = guarded();
    const error = new TypeError('boom');
    proc.emit('uncaughtException', error);
    expect(log.fatal).toHaveBeenCalledWith({ err: error }, expect.stringContaining('restarts'));
    expect(exit).toHaveBeenCalledWith(1);
  });
});
