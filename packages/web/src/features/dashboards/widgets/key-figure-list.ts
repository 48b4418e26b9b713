import { KEY_FIGURES, type KeyFigure } from '@syt/core/dashboards/index.ts';
import type { KeyFigureSpec } from './key-figures-model.ts';

/**
 * Which way a key figure is better, read from what it counts: fewer cases, deaths and poisonings; a higher coverage.
 * Anything else (visits to care) has no better direction and its change is shown in grey.
 */
export function betterDirection(figure: KeyFigure): KeyFigureSpec['better'] {
  if (/_(CASES|DEATHS|NEW)$/.test(figure.code)) return 'down';
  if (figure.kind === 'indicator' && /COVERAGE/.test(figure.code)) return 'up';
  return undefined;
}

/** The key-figures card's items: the core list with their labels and better direction. */
export const KEY_FIGURE_SPECS: readonly KeyFigureSpec[] = KEY_FIGURES.map((f) => {
  const better = betterDirection(f);
  return better ? { code: f.code, label: f.label, better } : { code: f.code, label: f.label };
});
