/**
 * A file named as a card that is something else: a spreadsheet, a policy document, a slide
 * deck, an image, an archive. Recognised by its first bytes (a zip, an OLE compound file, a PDF,
 * an image signature) and by its extension, so that `build 表格.numbers` says "this is a Numbers
 * spreadsheet, save it as .xlsx and use import" instead of "not UTF-8, perhaps GBK".
 */
import path from 'node:path';
import type { Localized } from '../errors.js';

type Container = 'zip' | 'ole' | 'pdf' | 'image' | 'rar' | '7z' | undefined;

function containerOf(bytes: Uint8Array): Container {
  const starts = (...signature: number[]): boolean => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return 'zip';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf';
  if (starts(0x52, 0x61, 0x72, 0x21)) return 'rar';
  if (starts(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c)) return '7z';
  if (
    starts(0x89, 0x50, 0x4e, 0x47) || // PNG
    starts(0xff, 0xd8, 0xff) || // JPEG
    starts(0x47, 0x49, 0x46, 0x38) || // GIF
    starts(0x42, 0x4d) || // BMP
    starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a) || // TIFF
    (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45) // WEBP
  ) {
    return 'image';
  }
  return undefined;
}

interface Kind {
  what: Localized;
  fix: Localized;
}

const SPREADSHEET_FIX: Localized = {
  zh: '表格要先另存为 .xlsx（Excel 或 WPS：另存为 → Excel 工作簿），再用 policy-card import 导入，或直接 build 那个 .xlsx',
  en: 'save it as .xlsx first (Excel or WPS: Save As → Excel Workbook), then run policy-card import on it, or build the .xlsx directly',
};
const DRAFT_FIX: Localized = {
  zh: '这是政策原文：用 policy-card draft 从中起草卡片 JSON，核对后再生成',
  en: 'this is a policy document: run policy-card draft on it to draft a card JSON, check it, then build',
};
const OLD_DOCUMENT_FIX: Localized = {
  zh: '这是旧格式的文档：先另存为 .docx，再用 policy-card draft 从中起草卡片 JSON',
  en: 'this is an old document format: save it as .docx first, then run policy-card draft on it to draft a card JSON',
};

const BY_EXTENSION: Record<string, Kind> = {
  '.numbers': { what: { zh: 'Numbers 表格', en: 'a Numbers spreadsheet' }, fix: { zh: '请在 Numbers 中选“文件 → 导出为 → Excel”存成 .xlsx，再用 policy-card import 导入', en: 'in Numbers choose File → Export To → Excel to save an .xlsx, then run policy-card import on it' } },
  '.xls': { what: { zh: 'Excel 97-2003 表格（.xls）', en: 'an Excel 97-2003 spreadsheet (.xls)' }, fix: SPREADSHEET_FIX },
  '.et': { what: { zh: 'WPS 表格', en: 'a WPS spreadsheet' }, fix: SPREADSHEET_FIX },
  '.ods': { what: { zh: 'OpenDocument 表格', en: 'an OpenDocument spreadsheet' }, fix: SPREADSHEET_FIX },
  '.docx': { what: { zh: 'Word 文档', en: 'a Word document' }, fix: DRAFT_FIX },
  '.pdf': { what: { zh: 'PDF 文件', en: 'a PDF file' }, fix: DRAFT_FIX },
  '.txt': { what: { zh: '文本文件', en: 'a text file' }, fix: DRAFT_FIX },
  '.doc': { what: { zh: 'Word 97-2003 文档（.doc）', en: 'a Word 97-2003 document (.doc)' }, fix: OLD_DOCUMENT_FIX },
  '.wps': { what: { zh: 'WPS 文字文档', en: 'a WPS Writer document' }, fix: OLD_DOCUMENT_FIX },
  '.pages': { what: { zh: 'Pages 文稿', en: 'a Pages document' }, fix: { zh: '请在 Pages 中导出为 Word（.docx），再用 policy-card draft 从中起草卡片 JSON', en: 'export it to Word (.docx) in Pages, then run policy-card draft on it' } },
  '.odt': { what: { zh: 'OpenDocument 文档', en: 'an OpenDocument text' }, fix: OLD_DOCUMENT_FIX },
  '.rtf': { what: { zh: 'RTF 文档', en: 'an RTF document' }, fix: OLD_DOCUMENT_FIX },
  '.pptx': { what: { zh: 'PowerPoint 演示文稿', en: 'a PowerPoint presentation' }, fix: { zh: '演示文稿不能直接生成卡片；请把政策原文（.docx 或 .pdf）交给 policy-card draft 起草卡片', en: 'a presentation cannot become a card; run policy-card draft on the policy document (.docx or .pdf) instead' } },
  '.ppt': { what: { zh: 'PowerPoint 97-2003 演示文稿', en: 'a PowerPoint 97-2003 presentation' }, fix: { zh: '演示文稿不能直接生成卡片；请把政策原文（.docx 或 .pdf）交给 policy-card draft 起草卡片', en: 'a presentation cannot become a card; run policy-card draft on the policy document (.docx or .pdf) instead' } },
  '.key': { what: { zh: 'Keynote 演示文稿', en: 'a Keynote presentation' }, fix: { zh: '演示文稿不能直接生成卡片；请把政策原文（.docx 或 .pdf）交给 policy-card draft 起草卡片', en: 'a presentation cannot become a card; run policy-card draft on the policy document (.docx or .pdf) instead' } },
  '.zip': { what: { zh: 'ZIP 压缩包', en: 'a ZIP archive' }, fix: { zh: '请先解压，再给出其中的卡片文件或文件夹', en: 'unpack it first, then name the card files or folder inside' } },
  '.rar': { what: { zh: 'RAR 压缩包', en: 'a RAR archive' }, fix: { zh: '请先解压，再给出其中的卡片文件或文件夹', en: 'unpack it first, then name the card files or folder inside' } },
  '.7z': { what: { zh: '7z 压缩包', en: 'a 7z archive' }, fix: { zh: '请先解压，再给出其中的卡片文件或文件夹', en: 'unpack it first, then name the card files or folder inside' } },
};

const IMAGE: Kind = {
  what: { zh: '图片', en: 'an image' },
  fix: { zh: '图片不能作为卡片；要把它用作发文单位标志，请放在卡片旁边并在卡片中写 "logo": "文件名"', en: 'an image is not a card; to use it as the issuer logo, put it next to the card and write "logo": "<file name>" in the card' },
};
const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.gif', '.bmp', '.webp', '.tif', '.tiff', '.heic', '.svg'];

/** What the bytes say when the extension does not (a renamed file, or an unknown extension). */
const BY_CONTAINER: Record<Exclude<Container, undefined>, Kind> = {
  zip: { what: { zh: 'ZIP 格式的文件（Word、Excel、Numbers 等办公文档或压缩包）', en: 'a ZIP-based file (an office document such as Word, Excel or Numbers, or an archive)' }, fix: { zh: '表格请用 policy-card import 导入（.xlsx），政策原文请用 policy-card draft 起草（.docx）；卡片本身是 .json 文本文件', en: 'use policy-card import for spreadsheets (.xlsx) and policy-card draft for policy documents (.docx); a card itself is a .json text file' } },
  ole: { what: { zh: 'Office 97-2003 格式的文件（.doc、.xls 或 .wps）', en: 'an Office 97-2003 file (.doc, .xls or .wps)' }, fix: { zh: '请先另存为新格式：表格存为 .xlsx 后用 policy-card import，文档存为 .docx 后用 policy-card draft', en: 'save it in the current format first: a spreadsheet as .xlsx for policy-card import, a document as .docx for policy-card draft' } },
  pdf: BY_EXTENSION['.pdf']!,
  image: IMAGE,
  rar: BY_EXTENSION['.rar']!,
  '7z': BY_EXTENSION['.7z']!,
};

/**
 * The message for a file that is not a card, or undefined when it may be one (it is then
 * decoded and parsed as JSON, with the messages of parse-card-json.ts).
 */
export function describeNonCardFile(file: string, bytes: Uint8Array): Localized | undefined {
  const extension = path.extname(file).toLowerCase();
  const container = containerOf(bytes);
  const kind =
    (extension !== '.json' && Object.hasOwn(BY_EXTENSION, extension) ? BY_EXTENSION[extension] : undefined) ??
    (extension !== '.json' && IMAGE_EXTENSIONS.includes(extension) ? IMAGE : undefined) ??
    (container ? BY_CONTAINER[container] : undefined);
  if (!kind) return undefined;
  // A .txt that holds a card is still a card: only call it a document when it does not look like JSON.
  if (extension === '.txt' && !container && /^\s*(\uFEFF)?\s*[{[]/.test(new TextDecoder().decode(bytes.subarray(0, 64)))) return undefined;
  const renamed = extension === '.json' ? { zh: '（扩展名虽是 .json）', en: ' (despite its .json extension)' } : { zh: '', en: '' };
  return {
    zh: `这不是卡片 JSON，而是${kind.what.zh}${renamed.zh}；${kind.fix.zh}`,
    en: `this is not a card JSON file but ${kind.what.en}${renamed.en}; ${kind.fix.en}`,
  };
}
