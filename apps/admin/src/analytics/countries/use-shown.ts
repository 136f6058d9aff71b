import { useTranslate } from 'react-admin';
import { useFormatters } from '../../i18n/use-formatters';
import { type ShownFigure } from './shown-figure';

/** Writes a figure: a score as 0–100, a count as a number, "hidden" or "—" otherwise. */
export function useShown() {
  const translate = useTranslate();
  const format = useFormatters();
  const text = (figure: ShownFigure, asScore: boolean): string => {
    switch (figure.kind) {
      case 'value':
        return format.number(asScore ? Math.round(figure.value * 100) : figure.value);
      case 'hidden':
        return translate('countries.map.hiddenValue');
      case 'unknown':
        return '—';
    }
  };
  return {
    score: (figure: ShownFigure) => text(figure, true),
    count: (figure: ShownFigure) => text(figure, false),
  };
}
