/**
 * The subject of a directive: its title lines under the document type ("THÔNG BÁO" / "Kết luận của …"), or the
 * "V/v …" line of an official letter. The preamble that follows ("Ngày 13/7/2022, Sở Y tế …") is not part of it.
 */
import { foldVietnamese } from '../vi/fold.ts';
import { startsLowerCase } from './lines.ts';
import { headingMarker, itemText } from './markers.ts';

// Folded header lines: national motto, number, place and date, rules.
const HEADER = /^(?:cong hoa xa hoi|doc lap - tu do|so\s*:|[-_=.\s]+$)|doc lap - tu do|, ngay \d{1,2} thang \d{1,2} nam \d{4}/u;
// Folded starts of the address block or the preamble: no title there.
const PREAMBLE = /^(?:kinh gui|can cu|ngay \d)/u;
// Openers of a preamble that may also open a title ("KẾ HOẠCH / Triển khai …"): a preamble only with no header.
const PREAMBLE_IF_FIRST = /^(?:thuc hien|theo |sau khi|de |nham |trien khai|xet )/u;

/** True for a line of the letterhead or of the document type (all capitals: "THÔNG BÁO", "SỞ Y TẾ"). */
function isHeader(line: string): boolean {
  const allCaps = /\p{L}/u.test(line) && line === line.toLocaleUpperCase('vi');
  return allCaps || HEADER.test(foldVietnamese(line));
}

/** The subject from the lines before the first heading; '' when the document has no title there. */
export function directiveSubject(lines: string[]): string {
  let i = 0;
  while (i < lines.length && isHeader(lines[i] ?? '')) i += 1;
  const first = lines[i] ?? '';
  const folded = foldVietnamese(first);
  const preamble = PREAMBLE.test(folded) || (i === 0 && PREAMBLE_IF_FIRST.test(folded));
  if (first === '' || preamble || itemText(first) !== null || headingMarker(first) !== null) return '';
  const parts = [first.replace(/^v\/v\s*:?\s*/iu, '')];
  // The title wraps over lines that go on in lower case; the preamble starts a new sentence with a capital.
  for (i += 1; i < lines.length && startsLowerCase(lines[i] ?? ''); i += 1) parts.push(lines[i] ?? '');
  return parts.join(' ').trim();
}
