/** The field a group of tasks belongs to, guessed from its heading; staff correct it when reviewing the draft. */
import type { TaskField } from '../api/tasks.ts';
import { foldVietnamese } from '../vi/fold.ts';

// Folded keywords, in order: the first field whose keyword occurs wins ("phòng bệnh hơn chữa bệnh" is prevention).
const KEYWORDS: readonly (readonly [TaskField, readonly string[]])[] = [
  ['PHONG_BENH', ['phong benh', 'dich benh', 'y te du phong', 'phong chong dich', 'tiem chung']],
  ['KHAM_CHUA_BENH', ['kham benh', 'chua benh', 'kham chua benh']],
  ['DUOC_TRANG_THIET_BI', ['trang thiet bi', 'dau tu', 'co so ha tang']],
  ['TO_CHUC_NHAN_LUC', ['to chuc', 'nhan luc', 'can bo']],
  ['TAI_CHINH', ['tai chinh', 'ngan sach']],
];

/** Folded, with punctuation turned into spaces so "phòng, chống dịch" matches "phong chong dich". */
function searchable(text: string): string {
  return ` ${foldVietnamese(text).replace(/[^a-z0-9]+/gu, ' ').trim()} `;
}

/** The field guessed from a heading by keywords, diacritics ignored; KHAC when none matches. */
export function guessField(heading: string): TaskField {
  const text = searchable(heading);
  // "dược" folds to "duoc" like the common word "được" (passive marker), so it is matched with its diacritics.
  const pharmacy = /(?:^|[^\p{L}])dược(?:$|[^\p{L}])/u.test(heading.normalize('NFC').toLocaleLowerCase('vi'));
  for (const [field, words] of KEYWORDS) {
    if (field === 'DUOC_TRANG_THIET_BI' && pharmacy) return field;
    if (words.some((word) => text.includes(` ${word} `))) return field;
  }
  return 'KHAC';
}
