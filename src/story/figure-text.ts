import type { Figure } from './schema';

/** The number as shown: prefix, value formatted for the locale, unit. E.g. "$1.2 million" stays "$1,200,000". */
export function formatFigureValue(figure: Pick<Figure, 'value' | 'prefix' | 'unit'>, locale: string, value = figure.value): string {
  const decimals = decimalPlaces(figure.value);
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
  const unit = figure.unit ? (/^[%‰°]/.test(figure.unit) ? figure.unit : `\u00a0${figure.unit}`) : '';
  return `${figure.prefix ?? ''}${number}${unit}`;
}

/** Digits in the figure's value, ignoring sign and separators. */
export function digitCount(value: number): number {
  return String(Math.abs(value)).replace(/[^0-9]/g, '').length;
}

function decimalPlaces(value: number): number {
  const [, fraction = ''] = String(value).split('.');
  return Math.min(fraction.length, 3);
}
