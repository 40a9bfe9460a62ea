import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/draft/number-format.js';

describe('formatNumber shows Word numbering as Word does', () => {
  it.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [11, 'chineseCounting', '十一'],
    [20, 'chineseCounting', '二十'],
    [35, 'chineseCountingThousand', '三十五'],
    [105, 'chineseCountingThousand', '一百零五'],
    [110, 'chineseCountingThousand', '一百一十'],
    [1010, 'chineseCountingThousand', '一千零一十'],
    [12, 'chineseLegalSimplified', '壹拾贰'],
    [3, 'ideographTraditional', '丙'],
    [2, 'ideographZodiac', '丑'],
    [10, 'ideographDigital', '一〇'],
    [3, 'decimalEnclosedCircle', '③'],
    [21, 'decimalEnclosedCircleChinese', '㉑'],
    [2, 'decimalEnclosedParen', '⑵'],
    [2, 'decimalEnclosedFullstop', '⒉'],
    [12, 'decimalFullWidth', '１２'],
    [7, 'decimalZero', '07'],
    [28, 'upperLetter', 'BB'],
    [14, 'lowerRoman', 'xiv'],
    [5, 'decimal', '5'],
    [5, 'someFutureFormat', '5'],
    [5, 'none', ''],
  ])('%i as %s → %s', (value, format, expected) => {
    expect(formatNumber(value, format)).toBe(expected);
  });
});
