/** Zod building blocks shared by the metadata and org-unit package schemas. */
import { z } from 'zod';

/** A metadata code: ASCII letters, digits and `_` (no `.`, which separates element and option in expressions). */
export const codeSchema = z.string().regex(/^[A-Za-z0-9_]+$/);

/** Text a user reads: trimmed, non-empty, stored in Unicode NFC. */
export const textSchema = z.string().trim().normalize('NFC').min(1);

/** Optional free text (descriptions), also NFC. */
export const optionalTextSchema = z.string().trim().normalize('NFC').optional();

/** ISO calendar date `YYYY-MM-DD` (validated as a real date). */
export const isoDateSchema = z.iso.date();

/** Type-level equality, so a schema drifting from its interface fails to compile. */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Compiles only when given `true`; pair with {@link Equals}. */
export function assertType<T extends true>(): T | void {}
