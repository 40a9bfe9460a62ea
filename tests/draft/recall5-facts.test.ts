/**
 * Mechanisms for the facts and the text readers from the misses of the fifth held-out set (issue
 * 13): each test uses a small document written for it; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { findContacts } from '../../src/draft/find-contacts.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));
const contactsOf = (section: SourceLine[], all: SourceLine[]) => findContacts(section, all).map(({ lines: _lines, ...contact }) => contact);

describe('numbers beside names, with no 电话 key and no area code', () => {
  it.each([
    [['四、联系方式 产业科:王小明 66501234 邮箱:wang@example.cn'], [{ name: '产业科 王小明', phone: '66501234' }]],
    [['科技科6650123 人才科6650124 财务科6650125'], [{ name: '科技科', phone: '6650123' }, { name: '人才科', phone: '6650124' }, { name: '财务科', phone: '6650125' }]],
    [['服务大厅窗口电话', '6650999'], [{ name: '服务大厅窗口', phone: '6650999' }]],
    [['咨询电话：66501234、66501235'], [{ name: '咨询电话', phone: '66501234、66501235' }]],
  ])('in a contacts section: %j', (texts, expected) => {
    const section = lines(...texts);
    expect(contactsOf(section, section)).toEqual(expected);
  });

  it('reads a contact list that lost its line breaks and its heading, wherever it stands', () => {
    const all = lines('三、其他事项(一)请按时报送,李红66501234城东街道经济办公室赵强66505678城西街道经济办公室钱多66509012附件:申报表');
    expect(contactsOf([], all)).toEqual([
      { name: '李红', phone: '66501234' },
      { name: '城东街道经济办公室赵强', phone: '66505678' },
      { name: '城西街道经济办公室钱多', phone: '66509012' },
    ]);
  });

  it('takes no count, amount or group number for a phone', () => {
    expect(contactsOf([], lines('全市共12000000人次受益，安排资金30000000元，企业家12345678家'))).toEqual([]);
    expect(contactsOf([], lines('一、共计申报12345678个项目，其中达66501234项'))).toEqual([]);
    const section = lines('联系方式', '科技科 66501234', '钉钉群号: 34361758');
    expect(contactsOf(section, section).map((contact) => contact.phone)).toEqual(['66501234']);
  });

  it('leaves out the line for reporting misconduct', () => {
    const section = lines('项目受理 66501234', '纪检监察 66509999(派驻纪检监察组)', '监督举报电话：0512-66508888');
    expect(contactsOf(section, section)).toEqual([{ name: '项目受理', phone: '66501234' }]);
  });
});
