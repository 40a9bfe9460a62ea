import { describe, expect, it } from 'vitest';
import { formatPhone } from '../../src/template/format-phone.js';

describe('formatPhone: one rule for every card', () => {
  it.each([
    ['a landline as usually typed', '0512-68751234', '0512-6875 1234'],
    ['a landline without separator', '051268751234', '0512-6875 1234'],
    ['a landline in brackets', '(0512)68751234', '0512-6875 1234'],
    ['full-width brackets and a space', '（0512） 6875 1234', '0512-6875 1234'],
    ['a full-width hyphen', '0512－68751234', '0512-6875 1234'],
    ['Beijing, 3-digit area code, typed', '010-87654321', '010-8765 4321'],
    ['Shanghai, 3-digit area code, joined', '02168751234', '021-6875 1234'],
    ['a 7-digit local number', '0571-8765432', '0571-876 5432'],
    ['already formatted', '0512-6875 1234', '0512-6875 1234'],
    ['an extension stays', '0512-65221000转8001', '0512-6522 1000转8001'],
    ['two numbers', '0512-68616000、0512-68616001', '0512-6861 6000、0512-6861 6001'],
    ['two numbers separated by a space', '0512-68616000 051268616001', '0512-6861 6000 0512-6861 6001'],
    ['a landline and a mobile separated by a space', '0512-68616000 13800000000', '0512-6861 6000 138 0000 0000'],
    ['a mobile', '13800000000', '138 0000 0000'],
    ['a mobile with hyphens', '138-0000-0000', '138 0000 0000'],
    ['a mobile with +86', '+86 13800000000', '+86 138 0000 0000'],
    ['a 400 line', '4008208820', '400-820-8820'],
    ['a 400 line with spaces', '400 820 8820', '400-820-8820'],
    ['a service number as typed', '12333', '12333'],
    ['a bank service number as typed', '95588', '95588'],
    ['a local number without area code as typed', '68751234', '68751234'],
    ['words around a number stay', '工作日 0512-68751234（9:00-17:00）', '工作日 0512-6875 1234（9:00-17:00）'],
    ['a number too long for a phone as typed', '0512687512345678', '0512687512345678'],
  ])('%s: %s → %s', (_name, typed, printed) => {
    expect(formatPhone(typed)).toBe(printed);
  });
});
