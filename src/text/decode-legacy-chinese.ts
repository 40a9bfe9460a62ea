/**
 * Chinese text that is not UTF-8 comes in the Windows code page: GBK (GB18030 is its superset) in
 * mainland China, Big5 in Taiwan and Hong Kong. Both decoders accept almost any bytes, so the one
 * that reads as Chinese text rather than kana, box drawing and private-use characters wins.
 * Shared by CSV import and the draft readers (.txt, .html).
 */
import iconv from 'iconv-lite';

/**
 * Characters a policy text almost never holds, but that GBK bytes read as Big5 (or Big5 as GBK)
 * produce in numbers: kana, Greek and Cyrillic, box drawing, Hangul, private use.
 */
const UNLIKELY = /[\u0370-\u04ff\u2500-\u257f\u3040-\u30ff\uac00-\ud7af\ue000-\uf8ff\ufffd]/gu;

function unlikelyCount(text: string): number {
  return text.match(UNLIKELY)?.length ?? 0;
}

/** The bytes as GBK or Big5 text, whichever reads as Chinese; undefined when neither decodes them. */
export function decodeLegacyChinese(bytes: Uint8Array): { text: string; encoding: 'gb18030' | 'big5' } | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const gb = iconv.decode(buffer, 'gb18030');
  const big5 = iconv.decode(buffer, 'big5');
  const gbUnlikely = gb.includes('\ufffd') ? Number.POSITIVE_INFINITY : unlikelyCount(gb);
  const big5Unlikely = big5.includes('\ufffd') ? Number.POSITIVE_INFINITY : unlikelyCount(big5);
  if (gbUnlikely === Number.POSITIVE_INFINITY && big5Unlikely === Number.POSITIVE_INFINITY) return undefined;
  // GBK unless Big5 is clearly better: most files here come from mainland offices.
  return big5Unlikely < gbUnlikely && gbUnlikely >= 2 ? { text: big5, encoding: 'big5' } : { text: gb, encoding: 'gb18030' };
}
