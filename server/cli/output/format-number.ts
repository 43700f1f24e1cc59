// Numbers for ward tables: enough digits to read a difference, never so many that a column of
// KPIs becomes noise. Locale-independent (no toLocaleString), so the output is the same on
// every machine.

function group(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Formats a KPI value: thousands grouped with commas; integers without decimals; otherwise
 * 1 decimal from 100, 2 decimals from 1, 4 significant digits below 1 (trailing zeros dropped);
 * exponent form below 0.0001; `-` for null, `∞` for infinities.
 * Examples: `12,345.7`, `98.40`, `4.32`, `0.9996`, `0.00123`, `-0.5`, `17`, `1.00e-7`.
 */
export function formatNumber(value: number | null): string {
  if (value === null || Number.isNaN(value)) return '-';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  let text: string;
  if (Number.isInteger(abs)) text = abs.toFixed(0);
  // 99.999 rounds to 100.00 with 2 decimals; give it the 1 decimal of its rounded size.
  else if (abs >= 99.995) text = abs.toFixed(1);
  else if (abs >= 1) text = abs.toFixed(2);
  // Shares such as a fill rate of 0.9996 need 4 significant digits; trailing zeros add nothing.
  else if (abs >= 1e-4) text = abs.toPrecision(4).replace(/\.?0+$/, '');
  else return `${value < 0 ? '-' : ''}${abs.toExponential(2)}`;
  const [intPart, frac] = text.split('.');
  const body = frac === undefined ? group(intPart) : `${group(intPart)}.${frac}`;
  // A value that rounds to zero prints without a minus sign.
  return value < 0 && /[1-9]/.test(body) ? `-${body}` : body;
}

/** Formats a 95 % interval as `[lo, hi]`, or `-` when there is none (one replication). */
export function formatInterval(ci: readonly [number, number] | null): string {
  return ci === null ? '-' : `[${formatNumber(ci[0])}, ${formatNumber(ci[1])}]`;
}

/** Formats a signed difference: `+12.3`, `-4.56`, `0`. */
export function formatSigned(value: number): string {
  const text = formatNumber(value);
  return value > 0 && text !== '0' ? `+${text}` : text;
}

/**
 * Decimals for a percentage: two, and more (up to four) while the value would otherwise read as
 * exactly 0 % or 100 % (a fill rate of 0.99996 is `99.996%`, not `100.00%`).
 */
function percentDigits(percent: number): number {
  let digits = 2;
  const looksLikeBound = (d: number): boolean => {
    const rounded = Math.abs(Number(percent.toFixed(d)));
    return rounded === 100 || rounded === 0;
  };
  while (digits < 4 && Math.abs(percent) !== 100 && percent !== 0 && looksLikeBound(digits)) digits += 1;
  return digits;
}

/**
 * Formats a share (a fraction 0..1) as a percentage with enough decimals to read it against a
 * 99.5 % target: `0.9987` is `99.87%`, `0.99996` `99.996%`, `1` `100.00%`; `-` for null.
 */
export function formatShare(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return formatNumber(value);
  const percent = 100 * value;
  const text = percent.toFixed(percentDigits(percent));
  // A value that rounds to zero prints without a minus sign.
  return `${/^-0(\.0*)?$/.test(text) ? text.slice(1) : text}%`;
}

/** Formats a difference of two shares in percentage points, signed: `+0.10%`, `-1.25%`, `0.00%`. */
export function formatSignedShare(value: number): string {
  const text = formatShare(value);
  return value > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}
