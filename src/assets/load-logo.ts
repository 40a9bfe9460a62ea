/**
 * An issuer logo named by the card → a checked data URI. The file must sit inside the card's
 * folder (no `../`, no absolute paths, no symlinks leading out), be a real PNG or JPEG, and be
 * of a sane size. SVG is refused on purpose: resvg would resolve its references on disk.
 *
 * Containment is checked twice: first on the path as written, before the file system is asked
 * anything, so a path outside the folder gets the same answer whether or not that file exists
 * (the render API must not tell a caller which files exist on the server); then on the real
 * path, so a symlink inside the folder cannot lead out of it.
 *
 * This module sits in its own folder because both `render/` (the card's logo) and `qr/` (a
 * code's centre logo) load images: neither depends on the other for it.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';
import { CardError, type Localized } from '../errors.js';
import { uprightJpeg } from './exif-orientation.js';
import { isInside } from '../files/is-inside.js';


export interface LogoImage {
  dataUri: string;
  width: number;
  height: number;
}

const LABEL = { zh: '标志图片', en: 'logo' };

/** The way out of a size limit: a print-shop original is far larger than a card needs. */
const SHRINK = { zh: '请把图片缩小到 1000 像素左右另存，或在 policy-card.config.json 的 ', en: 'save a copy about 1000 px wide, or raise ' };

/**
 * @param at where the path was given, for messages (a QR code's centre logo is `/qr/0/logo`).
 */
export async function loadLogo(
  logoPath: string,
  cardFolder: string,
  file?: string,
  at: { path: string; label: Localized } = { path: '/logo', label: LABEL },
  limits: Pick<Limits, 'logoBytes' | 'logoPixels'> = DEFAULT_LIMITS,
): Promise<LogoImage> {
  const fail = (zh: string, en: string): CardError => new CardError('E_ASSET', { zh, en }, { file, ...at });
  if (!isRelativeFilePath(logoPath)) {
    throw fail(
      `标志图片必须是相对于卡片文件夹的路径（如 "logo.png"），收到 ${JSON.stringify(logoPath)}`,
      `the logo must be a path relative to the card's folder (e.g. "logo.png"), received ${JSON.stringify(logoPath)}`,
    );
  }
  const outside = (): CardError =>
    fail(
      `标志图片 ${logoPath} 位于卡片文件夹之外；请把图片放进卡片所在的文件夹`,
      `the logo ${logoPath} lies outside the card's folder; put the image next to the card`,
    );
  if (!isLexicallyInside(logoPath, cardFolder)) throw outside();
  const folder = await realpath(cardFolder);
  const real = await realpath(path.resolve(folder, logoPath)).catch(() => undefined);
  if (!real) throw fail(`找不到标志图片 ${logoPath}`, `logo file not found: ${logoPath}`);
  if (!isInside(real, folder)) throw outside();
  const info = await stat(real);
  if (!info.isFile() || info.size > limits.logoBytes) {
    const limit = Math.round(limits.logoBytes / 1024);
    throw fail(
      `标志图片应为不超过 ${limit} KB 的文件（limits.logoKb），收到 ${Math.round(info.size / 1024)} KB；${SHRINK.zh}limits.logoKb 中提高上限`,
      `the logo must be a file of at most ${limit} KB (limits.logoKb), received ${Math.round(info.size / 1024)} KB; ${SHRINK.en}limits.logoKb in policy-card.config.json`,
    );
  }
  const bytes = await readFile(real);
  const isPng = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const isJpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (!isPng && !isJpeg) {
    throw fail(`标志图片 ${logoPath} 不是 PNG 或 JPEG 图片`, `the logo ${logoPath} is not a PNG or JPEG image`);
  }
  // A file cut short (an interrupted copy) still has a valid header; check that it ends properly.
  const complete = isPng ? bytes.subarray(-8).toString('latin1').startsWith('IEND') : bytes[bytes.length - 2] === 0xff && bytes[bytes.length - 1] === 0xd9;
  if (!complete) {
    throw fail(`标志图片 ${logoPath} 不完整（文件被截断），请重新导出`, `the logo ${logoPath} is incomplete (the file is cut short); export it again`);
  }
  let size: { width?: number; height?: number; orientation?: number };
  try {
    // Loaded here, not at the top: most cards have no logo, and a cold `build` of one card
    // would pay about 20 ms to load image-size for nothing.
    const { imageSize } = await import('image-size');
    size = imageSize(bytes);
  } catch {
    throw fail(`标志图片 ${logoPath} 已损坏，无法读取尺寸`, `the logo ${logoPath} is damaged; its size cannot be read`);
  }
  const { width = 0, height = 0 } = size;
  if (width < 1 || height < 1 || width > limits.logoPixels || height > limits.logoPixels) {
    throw fail(
      `标志图片尺寸 ${width}×${height} 不合适，应在 1–${limits.logoPixels} 像素之间（limits.logoPixels）；标志在卡片上只有几百像素宽，${SHRINK.zh}limits.logoPixels 中提高上限`,
      `the logo is ${width}×${height}; each side must be 1–${limits.logoPixels} pixels (limits.logoPixels); a card shows it a few hundred pixels wide, so ${SHRINK.en}limits.logoPixels in policy-card.config.json`,
    );
  }
  // A JPEG stored sideways (EXIF orientation) is turned upright; PNG has no such tag.
  if (isJpeg) {
    try {
      return await uprightJpeg(bytes, width, height, size.orientation);
    } catch {
      // jpeg-js's own text ("unknown marker…") helps nobody who has the file.
      throw fail(`标志图片 ${logoPath} 已损坏，无法解码；请重新导出为 PNG 或 JPEG`, `the logo ${logoPath} is damaged and cannot be decoded; export it again as PNG or JPEG`);
    }
  }
  return { dataUri: `data:image/png;base64,${bytes.toString('base64')}`, width, height };
}

/** Not absolute, no NUL, no URL scheme (`file:`, `data:`, `C:` on Windows). */
function isRelativeFilePath(imagePath: string): boolean {
  return !path.isAbsolute(imagePath) && !imagePath.includes('\0') && !/^[a-z][a-z0-9+.-]*:/i.test(imagePath);
}

/** `target` is `folder` or below it (the folder itself then fails as "not a file"). */
/** Whether `imagePath`, as written, names something inside `cardFolder`: `a/../logo.png` does, `../logo.png` does not. */
function isLexicallyInside(imagePath: string, cardFolder: string): boolean {
  // Backslashes count as separators too, so `..\logo.png` cannot slip past on any system.
  const folder = path.resolve(cardFolder);
  return isInside(path.resolve(folder, imagePath.replace(/\\/g, '/')), folder);
}

/**
 * The real path of an image named by a card, only if it lies inside the card's folder
 * (otherwise undefined). Used where a file must be read without the full checks, e.g. hashing
 * for incremental builds: nothing outside the card folder is ever read, nor even looked up.
 */
export async function containedImagePath(imagePath: string, cardFolder: string): Promise<string | undefined> {
  if (!isRelativeFilePath(imagePath) || !isLexicallyInside(imagePath, cardFolder)) return undefined;
  const folder = await realpath(cardFolder).catch(() => undefined);
  const real = folder ? await realpath(path.resolve(folder, imagePath)).catch(() => undefined) : undefined;
  return folder && real && isInside(real, folder) ? real : undefined;
}
