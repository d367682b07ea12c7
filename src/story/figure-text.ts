import type { Figure } from './schema';

/**
 * The number as shown: sign, prefix, value formatted for the locale with the figure's own
 * decimals, unit. `value` overrides the figure's value (a count-up shows the numbers on the way).
 */
export function formatFigureValue(figure: Pick<Figure, 'value' | 'prefix' | 'unit'>, locale: string, value = figure.value): string {
  const decimals = decimalPlaces(figure.value);
  const rounded = Number(value.toFixed(decimals));
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(Math.abs(rounded));
  // The sign goes before the prefix (−$5), and a count-up never shows −0.
  const sign = rounded < 0 ? '\u2212' : '';
  // Signs and CJK units attach to the number (12%, 12.5℃, 5日); word units take a no-break space.
  const attached = figure.unit && /^[%‰°℃℉\u2e80-\u9fff\uac00-\ud7a3\uff00-\uffef]/u.test(figure.unit);
  const unit = figure.unit ? (attached ? figure.unit : `\u00a0${figure.unit}`) : '';
  return `${sign}${figure.prefix ?? ''}${number}${unit}`;
}

/** Digits in the figure's value, ignoring sign and separators. */
export function digitCount(value: number): number {
  return String(Math.abs(value)).replace(/[^0-9]/g, '').length;
}

/** Decimals the figure is given with (at most 3), whatever the notation (1e-7 has 7). */
function decimalPlaces(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const [mantissa = '', exponent = '0'] = String(value).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.min(Math.max(0, fraction - Number(exponent)), 3);
}
