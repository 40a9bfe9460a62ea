/**
 * Where a centre logo may sit without making the code unreadable. Error correction works per
 * block, and the codewords of a centre square are not spread evenly over the blocks (the zig-zag
 * placement aliases with the interleaving), so an area rule alone ("H restores 30%") fails: at
 * version 13 a pad of 11% of the area already puts 12 damaged codewords in a block that can
 * correct 11. So the pad is sized by counting, block by block, the codewords it covers, and it
 * uses at most LOGO_DAMAGE_BUDGET of each block's correction, leaving the rest for print flaws
 * and camera noise. It never exceeds LOGO_MAX_AREA of the code either.
 */
import type QRCode from 'qrcode';

/** The most of the code's area (without the quiet zone) that the logo and its pad may cover. */
export const LOGO_MAX_AREA = 0.2;

/** Share of each block's error correction the logo may use up. */
export const LOGO_DAMAGE_BUDGET = 0.6;

/** Error correction codewords in all blocks and number of blocks at level H, versions 1–40 (ISO/IEC 18004 table 9). */
const H_EC_CODEWORDS = [
  17, 28, 44, 64, 88, 112, 130, 156, 192, 224, 264, 308, 352, 384, 432, 480, 532, 588, 650, 700, 750, 816, 900, 960, 1050, 1110, 1200, 1260, 1350,
  1440, 1530, 1620, 1710, 1800, 1890, 1980, 2100, 2220, 2310, 2430,
];
const H_BLOCKS = [
  1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81,
];

export interface LogoPad {
  /** First covered row and column, in modules from the code's corner (quiet zone excluded). */
  start: number;
  /** Side of the covered square in modules. */
  side: number;
}

/** The largest centred square of a level-H code that stays within the damage budget. */
export function logoPad(qr: QRCode.QRCode): LogoPad {
  const count = qr.modules.size;
  const blockOf = codewordBlocks(qr);
  const ecPerBlock = H_EC_CODEWORDS[qr.version - 1]! / H_BLOCKS[qr.version - 1]!;
  const allowed = Math.floor(Math.floor(ecPerBlock / 2) * LOGO_DAMAGE_BUDGET);
  let side = Math.floor(Math.sqrt(LOGO_MAX_AREA) * count);
  // Same parity as the code, so the square sits exactly in the middle of the module grid.
  if ((count - side) % 2 !== 0) side -= 1;
  const centre = (count - 1) / 2;
  const reserved = qr.modules.reservedBit;
  candidates: for (; side > 0; side -= 2) {
    const start = (count - side) / 2;
    const damaged = new Map<number, Set<number>>();
    for (let row = start; row < start + side; row++) {
      for (let col = start; col < start + side; col++) {
        // Alignment patterns let decoders follow a warped grid; only the one in the very centre
        // (versions 7+, odd pattern counts) may be hidden, as the logo cannot avoid it.
        const inCentrePattern = Math.abs(row - centre) <= 2 && Math.abs(col - centre) <= 2;
        if (reserved[row * count + col] && !inCentrePattern) continue candidates;
        const codeword = blockOf.codewordAt[row * count + col]!;
        if (codeword < 0) continue;
        const block = blockOf.blockOf[codeword]!;
        damaged.set(block, (damaged.get(block) ?? new Set()).add(codeword));
      }
    }
    if (Math.max(0, ...[...damaged.values()].map((set) => set.size)) <= allowed) return { start, side };
  }
  return { start: count / 2, side: 0 };
}

/** The share of the code's area that its logo pad may cover. */
export function logoShare(qr: QRCode.QRCode): number {
  return (logoPad(qr).side / qr.modules.size) ** 2;
}

/**
 * For every module, the codeword it carries (-1 for function patterns and remainder bits), and
 * for every codeword its block: data codewords are interleaved block by block, then EC codewords.
 */
function codewordBlocks(qr: QRCode.QRCode): { codewordAt: Int32Array; blockOf: number[] } {
  const count = qr.modules.size;
  const reserved = qr.modules.reservedBit;
  const codewordAt = new Int32Array(count * count).fill(-1);
  let bit = 0;
  let upward = true;
  for (let right = count - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5; // the vertical timing pattern
    for (let step = 0; step < count; step++) {
      const row = upward ? count - 1 - step : step;
      for (const col of [right, right - 1]) {
        if (reserved[row * count + col]) continue;
        codewordAt[row * count + col] = bit >> 3;
        bit++;
      }
    }
    upward = !upward;
  }
  const total = bit >> 3;
  for (let index = 0; index < codewordAt.length; index++) if (codewordAt[index]! >= total) codewordAt[index] = -1;
  const blocks = H_BLOCKS[qr.version - 1]!;
  const ecPerBlock = H_EC_CODEWORDS[qr.version - 1]! / blocks;
  const dataTotal = total - H_EC_CODEWORDS[qr.version - 1]!;
  const shortBlocks = blocks - (dataTotal % blocks);
  const shortData = Math.floor(dataTotal / blocks);
  const blockOf: number[] = [];
  for (let index = 0; index <= shortData; index++) {
    for (let block = 0; block < blocks; block++) if (index < shortData || block >= shortBlocks) blockOf.push(block);
  }
  for (let index = 0; index < ecPerBlock; index++) for (let block = 0; block < blocks; block++) blockOf.push(block);
  return { codewordAt, blockOf };
}
