import { Badge, createTheme, darken, DEFAULT_THEME, Drawer, Modal, type CSSVariablesResolver } from '@mantine/core';
import { vi } from '../i18n/vi.ts';

// System UI fonts carry full Vietnamese diacritics on every desktop OS; no serif fallback.
const systemFonts = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';

/** The SYT theme: a calm teal, system fonts, comfortable radius. */
export const theme = createTheme({
  primaryColor: 'teal',
  // Shade 6 under white text reads at 2.55:1; shade 9 passes WCAG AA (4.5:1) for button labels.
  primaryShade: { light: 9, dark: 8 },
  fontFamily: systemFonts,
  headings: { fontFamily: systemFonts, fontWeight: '650' },
  defaultRadius: 'md',
  components: {
    // Vietnamese reads badly in capitals (diacritics stack on top of each other): keep the case as written.
    Badge: Badge.extend({ styles: { root: { textTransform: 'none' }, label: { textTransform: 'none' } } }),
    // The close button is an icon: screen readers need its name.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': vi.common.close } } }),
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': vi.common.close } } }),
  },
});

/**
 * Contrast fixes for WCAG AA: Mantine's dimmed grey (#868e96) reads at 3.32:1 on white, and the "light" variant
 * puts shade 9 on shade 1 (teal: 4.32:1), so dimmed text takes gray 7 and light-variant text a darker shade 9.
 * Placeholders drawn as text (FileInput) take gray 7 too: gray 5 reads at 2.07:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => {
  const lightColors: Record<string, string> = {};
  for (const [name, shades] of Object.entries(DEFAULT_THEME.colors)) {
    lightColors[`--mantine-color-${name}-light-color`] = darken(shades[9], 0.35);
  }
  return {
    variables: {},
    light: {
      '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
      '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
      ...lightColors,
    },
    dark: {},
  };
};
