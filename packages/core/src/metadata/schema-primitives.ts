/** Zod building blocks shared by the metadata and org-unit package schemas. */
import { z } from 'zod';
import { isUid } from './uid.ts';

/** DHIS2 limits codes to 50 characters. */
export const CODE_MAX_LENGTH = 50;

/**
 * A metadata code: ASCII letters, digits, `_` and `-` (DHIS2 writes `TA_P0Y--P5Y`). No `.` and no space: the dot
 * separates element and option in expressions (`#{CODE.OPTION}`), and a code is written inside them.
 */
export const codeSchema = z
  .string()
  .max(CODE_MAX_LENGTH, `Mã dài quá ${CODE_MAX_LENGTH} ký tự`)
  .regex(
    /^[A-Za-z0-9_-]+$/,
    'Mã chỉ gồm chữ cái không dấu, chữ số, "_" và "-" (không có dấu chấm hay dấu cách: dấu chấm ngăn phần tử và mục phân tổ trong biểu thức)',
  );

/**
 * A category code: also the name of an attribute in ADX files, so it must be an XML name (a letter or `_` first,
 * then letters, digits, `_` or `-`).
 */
export const categoryCodeSchema = z
  .string()
  .max(CODE_MAX_LENGTH, `Mã dài quá ${CODE_MAX_LENGTH} ký tự`)
  .regex(
    /^[A-Za-z_][A-Za-z0-9_-]*$/,
    'Mã phân tổ là tên thuộc tính trong tệp ADX nên phải bắt đầu bằng chữ cái không dấu hoặc "_", sau đó chỉ gồm chữ cái không dấu, chữ số, "_" và "-"',
  );

/** A DHIS2 UID: 11 characters, a letter then letters or digits. */
export const uidSchema = z
  .string()
  .refine(
    isUid,
    'UID phải gồm 11 ký tự: một chữ cái không dấu rồi 10 chữ cái không dấu hoặc chữ số (dạng UID của DHIS2)',
  );

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
