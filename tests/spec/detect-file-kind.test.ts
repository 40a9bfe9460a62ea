import { describe, expect, it } from 'vitest';
import { describeNonCardFile } from '../../src/spec/detect-file-kind.js';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from([...values, ...new Array(16).fill(0)]);
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04);
const OLE = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
const PDF = Uint8Array.from(Buffer.from('%PDF-1.7\n'));
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0);
const JSON_TEXT = Uint8Array.from(Buffer.from('{"title": "人才"}'));

describe('describeNonCardFile', () => {
  it.each([
    ['表格.numbers', ZIP, 'Numbers 表格', 'a Numbers spreadsheet'],
    ['政策.xls', OLE, 'Excel 97-2003 表格（.xls）', 'an Excel 97-2003 spreadsheet (.xls)'],
    ['通知.docx', ZIP, 'Word 文档', 'a Word document'],
    ['通知.pptx', ZIP, 'PowerPoint 演示文稿', 'a PowerPoint presentation'],
    ['通知.pdf', PDF, 'PDF 文件', 'a PDF file'],
    ['照片.jpg', JPEG, '图片', 'an image'],
    ['卡片.json', ZIP, 'ZIP 格式的文件（Word、Excel、Numbers 等办公文档或压缩包）（扩展名虽是 .json）', 'a ZIP-based file (an office document such as Word, Excel or Numbers, or an archive) (despite its .json extension)'],
    ['卡片.json', OLE, 'Office 97-2003 格式的文件（.doc、.xls 或 .wps）（扩展名虽是 .json）', 'an Office 97-2003 file (.doc, .xls or .wps) (despite its .json extension)'],
    ['卡片.json', PNG, '图片（扩展名虽是 .json）', 'an image (despite its .json extension)'],
    ['无扩展名', PDF, 'PDF 文件', 'a PDF file'],
  ])('%s is named for what it is', (file, content, zh, en) => {
    const text = describeNonCardFile(file, content);
    expect(text?.zh).toMatch(new RegExp(`^这不是卡片 JSON，而是${zh.replace(/[.()（）]/g, '\\$&')}；`));
    expect(text?.en).toMatch(new RegExp(`^this is not a card JSON file but ${en.replace(/[.()]/g, '\\$&')}; `));
  });

  it.each([
    ['卡片.json', JSON_TEXT],
    ['卡片.txt', JSON_TEXT],
    ['卡片', JSON_TEXT],
  ])('leaves %s, which holds JSON text, to the JSON parser', (file, content) => {
    expect(describeNonCardFile(file, content)).toBeUndefined();
  });
});
