/**
 * Word's number formats (`w:numFmt`) as the text Word shows: 1 → 一 (chineseCounting), ①
 * (decimalEnclosedCircle), 甲 (ideographTraditional)… Formats this file does not know fall back
 * to decimal, which is what Word itself shows for them in a Chinese document.
 */

const CHINESE_DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
    case 'ideographLegalTraditional':
      return chineseNumber(value, CHINESE_DIGITS, ['十', '百', '千']);
    case 'chineseLegalSimplified':
      return chineseNumber(value, LEGAL_DIGITS, ['拾', '佰', '仟']);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(value)].map((digit) => CHINESE_DIGITS[Number(digit)] ?? digit).join('');
    case 'ideographTraditional':
      return cyclic(value, HEAVENLY_STEMS);
    case 'ideographZodiac':
      return cyclic(value, EARTHLY_BRANCHES);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosedCircle(value);
    case 'decimalEnclosedParen':
      return value >= 1 && value <= 20 ? String.fromCodePoint(0x2474 + value - 1) : `(${value})`;
    case 'decimalEnclosedFullstop':
      return value >= 1 && value <= 20 ? String.fromCodePoint(0x2488 + value - 1) : `${value}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(value)].map((digit) => String.fromCodePoint(0xff10 + Number(digit))).join('');
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'upperLetter':
      return letters(value).toUpperCase();
    case 'lowerLetter':
      return letters(value);
    case 'upperRoman':
      return roman(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'none':
      return '';
    default:
      return String(value);
  }
}

/** 1 一, 10 十, 11 十一, 20 二十, 105 一百零五, 1010 一千零一十: how the counting formats read. */
function chineseNumber(value: number, digits: string, units: readonly [string, string, string]): string {
  if (!Number.isInteger(value) || value < 0 || value > 9999) return String(value);
  if (value < 10) return digits[value] ?? String(value);
  const [ten, hundred, thousand] = units;
  const places = [Math.floor(value / 1000), Math.floor(value / 100) % 10, Math.floor(value / 10) % 10, value % 10];
  const names = [thousand, hundred, ten, ''];
  let text = '';
  let zero = false;
  places.forEach((digit, index) => {
    if (digit === 0) {
      if (text !== '') zero = true;
      return;
    }
    if (zero) text += '零';
    zero = false;
    text += (digit === 1 && index === 2 && text === '' ? '' : (digits[digit] ?? '')) + (names[index] ?? '');
  });
  return text;
}

function cyclic(value: number, symbols: string): string {
  return value >= 1 && value <= symbols.length ? (symbols[value - 1] ?? String(value)) : String(value);
}

function enclosedCircle(value: number): string {
  if (value >= 1 && value <= 20) return String.fromCodePoint(0x2460 + value - 1);
  if (value >= 21 && value <= 35) return String.fromCodePoint(0x3251 + value - 21);
  if (value >= 36 && value <= 50) return String.fromCodePoint(0x32b1 + value - 36);
  return String(value);
}

/** Word's letters: a…z, then aa…zz. */
function letters(value: number): string {
  if (value < 1) return String(value);
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  if (value < 1 || value > 3999) return String(value);
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let text = '';
  for (const [amount, symbol] of table) {
    while (rest >= amount) {
      text += symbol;
      rest -= amount;
    }
  }
  return text;
}
