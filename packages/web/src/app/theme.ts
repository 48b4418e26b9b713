import { Badge, createTheme } from '@mantine/core';

// System UI fonts carry full Vietnamese diacritics on every desktop OS; no serif fallback.
const systemFonts = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';

/** The SYT theme: a calm teal, system fonts, comfortable radius. */
export const theme = createTheme({
  primaryColor: 'teal',
  fontFamily: systemFonts,
  headings: { fontFamily: systemFonts, fontWeight: '650' },
  defaultRadius: 'md',
  components: {
    // Vietnamese reads badly in capitals (diacritics stack on top of each other): keep the case as written.
    Badge: Badge.extend({ styles: { root: { textTransform: 'none' }, label: { textTransform: 'none' } } }),
  },
});
