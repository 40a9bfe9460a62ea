/**
 * Fact mechanisms from the kinds of miss that recur in the first looks of the eighth, ninth and tenth
 * held-out sets (issue 13), kept only where the kind shows in documents of two different sites: each
 * test reads a small notice written for it; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { findContacts } from '../../src/draft/find-contacts.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));

describe('contacts', () => {
  it.each([
    ['某某局 王某 62345678 12345678@qq.com', ['62345678']],
    ['某某中心 李某 62345679 87654321@163.com', ['62345679']],
    ['联系电话：62345670，邮箱：abc62345671@126.com', ['62345670']],
  ])('takes no phone from the digits of an e-mail address: %s', (text, phones) => {
    // The line as a contacts section gives it, and as the document's line.
    const all = lines(text);
    expect(findContacts(all, all).map((contact) => contact.phone)).toEqual(phones);
  });

  it.each([
    [
      '（6）品牌项目报市场监管局，商标项目：信用科，联系电话：81234561；质量项目：质量科，联系电话：81234562；标准项目：标准科，联系电话：81234563；',
      [
        ['信用科', '81234561'],
        ['质量项目 质量科', '81234562'],
        ['标准项目 标准科', '81234563'],
      ],
    ],
    ['（联系人：某某处张某；联系电话：61234567。）', [['某某处张某', '61234567']]],
    // Two numbers of one desk, joined by 、, stay one contact.
    ['咨询电话：61234567、61234568', [['咨询电话', '61234567、61234568']]],
  ])('gives each clause with its own 电话 key and number a contact of its own: %s', (text, expected) => {
    expect(findContacts([], lines(text)).map((contact) => [contact.name, contact.phone])).toEqual(expected);
  });
});
