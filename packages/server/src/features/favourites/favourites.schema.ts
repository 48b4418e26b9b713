/**
 * Bodies of the favourite routes, bounded as the analytics query itself is (ANALYTICS_LIMITS): a favourite is a
 * query to run later, so it may hold no more than a query may ask. The layout is checked against the kind.
 */
import {
  ANALYTICS_LIMITS,
  CHART_TYPES,
  DIMENSIONS,
  FAVOURITE_KINDS,
  RELATIVE_PERIODS,
  type AnalyticsQuery,
} from '@syt/core/api/analytics.ts';
import { ROLES } from '@syt/core/api/contract.ts';
import { tryParsePeriod } from '@syt/core/period/index.ts';
import { z } from 'zod';

/** Largest id either engine stores in an integer column; a larger one is no object of ours. */
const MAX_ID = 2_147_483_647;
export const id = z.coerce.number().int().min(1).max(MAX_ID);
export const idParams = z.object({ id });

export const MAX_NAME = 200;
export const MAX_SHARES = 100;

/** A display name: trimmed, in Unicode NFC (as every Vietnamese text is stored), never empty. */
export const name = z
  .string()
  .trim()
  .normalize('NFC')
  .min(1, 'Tên không được để trống.')
  .max(MAX_NAME, `Tên dài tối đa ${MAX_NAME} ký tự.`);

/** Who else may open it: named users (checked against the accounts by the service) and whole roles. */
export const sharing = z
  .object({
    users: z.array(z.string().trim().min(1).max(100)).max(MAX_SHARES, `Chia sẻ với tối đa ${MAX_SHARES} người dùng.`),
    roles: z.array(z.enum(ROLES)).max(ROLES.length),
  })
  .strict();

/** Item codes as the analytics query names them (`SXHD_CASES`, `LAO_CASES.AFB_POS`, `LEVEL-2`, `USER_ORGUNIT`). */
const itemCode = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_.-]+$/, 'Mã chỉ gồm chữ, số và các dấu _ . -');
/** A period code the period module reads (`202311`, `2023Q4`, `2023`, `2023W47`…) or a relative period. */
const periodCode = z
  .string()
  .trim()
  .max(40)
  .refine((code) => (RELATIVE_PERIODS as readonly string[]).includes(code) || tryParsePeriod(code) !== null, {
    message: 'Mã kỳ không hợp lệ (202311, 2023Q4, 2023, 2023W47 hoặc kỳ tương đối như LAST_12_MONTHS).',
  });
const list = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.array(item).min(1, `Chọn ít nhất một ${what}.`).max(max, `Chọn tối đa ${max} ${what}.`);

/** An analytics query as a favourite stores it; the product of its lists is bounded as the table's cells are. */
export const analyticsQuery = z
  .object({
    dx: list(itemCode, ANALYTICS_LIMITS.dx, 'dữ liệu'),
    ou: list(itemCode, ANALYTICS_LIMITS.ou, 'đơn vị'),
    pe: list(periodCode, ANALYTICS_LIMITS.pe, 'kỳ'),
    referenceDate: z.iso.date().optional(),
  })
  .strict()
  .refine((q) => q.dx.length * q.ou.length * q.pe.length <= ANALYTICS_LIMITS.cells, {
    message: `Bảng quá lớn: số dữ liệu × số đơn vị × số kỳ vượt quá ${ANALYTICS_LIMITS.cells.toLocaleString('vi-VN')} ô.`,
    path: ['dx'],
  }) satisfies z.ZodType<AnalyticsQuery>;

const dimension = z.enum(DIMENSIONS);

const pivotLayout = z
  .object({
    rows: z.array(dimension).max(DIMENSIONS.length),
    columns: z.array(dimension).max(DIMENSIONS.length),
    totals: z.object({ rows: z.boolean(), columns: z.boolean() }).strict(),
    subtotals: z.boolean(),
    hideEmptyRows: z.boolean(),
    hideEmptyColumns: z.boolean(),
    sort: z
      .object({ column: z.string().max(1_000), direction: z.enum(['asc', 'desc']) })
      .strict()
      .nullable(),
  })
  .strict()
  .refine((l) => new Set([...l.rows, ...l.columns]).size === l.rows.length + l.columns.length, {
    message: 'Mỗi chiều chỉ nằm ở hàng hoặc cột, một lần.',
    path: ['columns'],
  });

const chartLayout = z
  .object({
    type: z.enum(CHART_TYPES),
    series: dimension,
    category: dimension,
    title: z.string().trim().normalize('NFC').max(MAX_NAME).optional(),
  })
  .strict()
  .refine((l) => l.series !== l.category, {
    message: 'Chuỗi và trục ngang phải là hai chiều khác nhau.',
    path: ['category'],
  });

const common = { name, query: analyticsQuery, sharing };

/** POST and PUT body: a pivot with a pivot's layout, a chart with a chart's. */
export const favouriteInput = z.discriminatedUnion('kind', [
  z.object({ ...common, kind: z.literal(FAVOURITE_KINDS[0]), layout: pivotLayout }).strict(),
  z.object({ ...common, kind: z.literal(FAVOURITE_KINDS[1]), layout: chartLayout }).strict(),
]);

/** `GET /api/analytics/favourites?kind=`: one kind only, or both. */
export const listQuery = z.object({ kind: z.enum(FAVOURITE_KINDS).optional() });
