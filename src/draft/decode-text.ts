/**
 * Bytes of a text document → string. Chinese text files and web pages come as UTF-8 or as
 * GBK/GB2312 (GB18030 is their superset) or Big5; the bytes decide when nothing declares the charset.
 */
import { decodeLegacyChinese } from '../text/decode-legacy-chinese.js';

/**
 * UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else GBK or Big5; UTF-16 when its BOM
 * says so. A declared charset is followed unless the bytes are UTF-8 holding more than ASCII: a
 * GBK page re-saved as UTF-8 by an editor (Notepad saves UTF-8) keeps its <meta charset=gbk>, and
 * Chinese text in GBK or Big5 is practically never valid UTF-8, so the bytes are the better witness.
 */
export function decodeText(bytes: Uint8Array, declared?: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const utf8 = validUtf8(bytes);
  const label = declared?.trim().toLowerCase();
  if (label && !/^utf-?8$/.test(label) && !(utf8 !== undefined && /[^\x00-\x7f]/.test(utf8))) {
    const decoder = decoderFor(label);
    if (decoder) return decoder.decode(bytes);
  }
  // Not UTF-8 (or a page that declares UTF-8 but was saved as GBK): GBK, or Big5 from Taiwan and
  // Hong Kong, whichever reads as Chinese; GB18030 reads GBK and GB2312 too.
  return utf8 ?? decodeLegacyChinese(bytes)?.text ?? new TextDecoder('gb18030').decode(bytes);
}

/** The text when the bytes are valid UTF-8, without a BOM. */
function validUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function decoderFor(label: string): { decode(bytes: Uint8Array): string } | undefined {
  // GB2312 pages routinely hold GBK characters; decode them all as GB18030.
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn)$/.test(label)) return new TextDecoder('gb18030');
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}
