/**
 * An estimate of how wide a line prints in Times New Roman, from the font's advance widths (per 1000 em). The
 * header's rules are drawn as paragraph borders whose length must follow the text above them, and docx has no
 * text measuring of its own; Liberation Serif, LibreOffice's stand-in, shares these metrics.
 */

const ROMAN: Record<string, number> = widths(
  'A722 B667 C667 D722 E611 F556 G722 H722 I333 J389 K722 L611 M889 N722 O722 P556 Q722 R667 S556 T611 U722 V722 W944 X722 Y722 Z611 ' +
    'a444 b500 c444 d500 e444 f333 g500 h500 i278 j278 k500 l278 m778 n500 o500 p500 q500 r333 s389 t278 u500 v500 w722 x500 y500 z444',
);
const BOLD: Record<string, number> = widths(
  'A722 B667 C722 D722 E667 F611 G778 H778 I389 J500 K778 L667 M944 N722 O778 P611 Q778 R722 S556 T667 U722 V722 W1000 X722 Y722 Z667 ' +
    'a500 b556 c444 d556 e444 f333 g500 h556 i278 j333 k556 l278 m833 n556 o500 p556 q556 r444 s389 t333 u556 v500 w722 x500 y500 z444',
);
/** Space, punctuation and digits, the same in both weights within a few units. */
const COMMON: Record<string, number> = { ' ': 250, ',': 250, '.': 250, ':': 300, ';': 300, '-': 333, '/': 278, '(': 333, ')': 333 };

function widths(spec: string): Record<string, number> {
  return Object.fromEntries(spec.split(' ').map((pair) => [pair[0]!, Number(pair.slice(1))]));
}

/** The printed width of `text` in twips at `halfPoints`, bold or regular (Vietnamese marks do not widen a letter). */
export function textWidth(text: string, halfPoints: number, bold = false): number {
  const table = bold ? BOLD : ROMAN;
  let units = 0;
  for (const ch of text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D')) {
    units += table[ch] ?? COMMON[ch] ?? 500;
  }
  return Math.round((units / 1000) * halfPoints * 10);
}
