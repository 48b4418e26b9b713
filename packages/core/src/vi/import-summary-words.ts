import { formatCount } from './number.ts';

/** Wording of an import summary in DHIS2's shape. */
export const importSummaryWords = {
  moreConflicts: (n: number) => `Còn ${formatCount(n)} giá trị bị từ chối khác không liệt kê ở đây.`,
} as const;
