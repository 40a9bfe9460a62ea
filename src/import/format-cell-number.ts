/**
 * A number cell → the text Excel shows for it, for the number formats offices use: a unit kept
 * in the format rather than the cell (500 shown as 500万元 by `0"万元"`), thousands separators,
 * fixed decimals, percentages, zero padding. Import used to take the bare number, so a 最高补贴
 * cell showing 500万元 printed “500” on the card. Digits are never rounded to the format: the
 * card says what was typed. Formats beyond these (dates are read as dates
 * before this; fractions, scaling, exponents, conditions) give the plain number, except that a
 * percent format still shows the number as a percentage: this is the one place that knows 60% is
 * stored as 0.6.
 */

/** The first section of a format (the one for positive numbers), without [locale] and [colour] tags. */
function positiveSection(numFmt: string): string {
  let section = '';
  let quoted = false;
  for (let index = 0; index < numFmt.length; index++) {
    const char = numFmt[index]!;
    if (char === '"') quoted = !quoted;
    if (!quoted && char === '\\') {
      section += char + (numFmt[index + 1] ?? '');
      index++;
      continue;
    }
    if (!quoted && char === ';') break;
    section += char;
  }
  return section.replace(/\[[^\]]*\]/g, '');
}

/** The format split into literal text and the digit pattern between: `"¥"#,##0"元"` → ¥, #,##0, 元. */
function splitFormat(section: string): { prefix: string; pattern: string; suffix: string } | undefined {
  const parts: Array<{ literal: boolean; text: string }> = [];
  for (let index = 0; index < section.length; index++) {
    const char = section[index]!;
    if (char === '"') {
      const end = section.indexOf('"', index + 1);
      if (end < 0) return undefined;
      parts.push({ literal: true, text: section.slice(index + 1, end) });
      index = end;
    } else if (char === '\\') {
      parts.push({ literal: true, text: section[index + 1] ?? '' });
      index++;
    } else if ('0#?,.%'.includes(char)) {
      parts.push({ literal: false, text: char });
    } else if (/[\p{L}\p{N}\p{S}\p{P} ]/u.test(char) && !'Ee@*_'.includes(char)) {
      // Unquoted text that Excel shows as is (元, ¥, spaces, a minus or bracket).
      parts.push({ literal: true, text: char });
    } else {
      return undefined;
    }
  }
  const first = parts.findIndex((part) => !part.literal);
  const last = parts.findLastIndex((part) => !part.literal);
  if (first < 0) return undefined;
  // Literal text between digit placeholders (0"年"00) is a pattern this reader does not handle.
  if (parts.slice(first, last + 1).some((part) => part.literal)) return undefined;
  const text = (list: typeof parts): string => list.map((part) => part.text).join('');
  return { prefix: text(parts.slice(0, first)), pattern: text(parts.slice(first, last + 1)), suffix: text(parts.slice(last + 1)) };
}

/**
 * `value` in number format `numFmt` as Excel shows it; a percent format not laid out here still gives
 * the percentage (0.6 → 60%); undefined for any other format not handled (the caller shows the plain number).
 */
export function formatCellNumber(value: number, numFmt: string | undefined): string | undefined {
  if (!numFmt || /^general$/i.test(numFmt.trim())) return undefined;
  return laidOut(value, numFmt) ?? (/%/.test(numFmt.replace(/"[^"]*"/g, '')) ? `${Number((value * 100).toPrecision(12))}%` : undefined);
}

/** `value` laid out by the digit pattern of `numFmt`, or undefined when the pattern is not one of those handled. */
function laidOut(value: number, numFmt: string): string | undefined {
  const parts = splitFormat(positiveSection(numFmt));
  if (!parts) return undefined;
  const { prefix, suffix } = parts;
  let { pattern } = parts;
  const percent = pattern.endsWith('%');
  if (percent) pattern = pattern.slice(0, -1);
  // Trailing commas scale by thousands: not handled.
  if (!/^[#0?,]*(?:\.[#0?]*)?$/.test(pattern) || pattern.endsWith(',')) return undefined;
  const [integerPart = '', decimalPart = ''] = pattern.split('.');
  const shown = percent ? value * 100 : value;
  // The digits as typed, never rounded to the format's decimals: 5.5% stays 5.5% under `0%`,
  // since the card must say what the policy says (Excel only rounds what it displays).
  const typed = String(Number(Math.abs(shown).toPrecision(15)));
  if (/e/i.test(typed)) return undefined;
  let [whole = '0', fraction = ''] = typed.split('.');
  fraction = fraction.padEnd(decimalPart.replace(/[^0]/g, '').length, '0');
  whole = whole.padStart(integerPart.replace(/[^0]/g, '').length, '0');
  if (integerPart.includes(',')) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = shown < 0 ? '-' : '';
  return `${prefix}${sign}${whole}${fraction ? `.${fraction}` : ''}${percent ? '%' : ''}${suffix}`;
}
