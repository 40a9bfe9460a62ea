/**
 * Font subsets kept on disk between runs, so a single card from a cold CLI does not parse the
 * two 10 MB faces every time (about 0.5 s of its 1.5 s). The first run of a character set renders
 * with the full faces while a child process cuts the subset (subset-fonts.ts) and this module
 * stores it; later runs whose characters it holds load 2 × ~200 KB instead.
 *
 * Where: `<os.tmpdir()>/policy-card-cache-<uid>/fonts/` (per user, gone after a reboot or a temp
 * clean-up, and under CI's own TMPDIR), or `$POLICY_CARD_CACHE/fonts/`; `POLICY_CARD_CACHE=off`
 * turns it off. A folder that is not ours alone (another owner, group/world-writable, a symlink)
 * is never used.
 *
 * Safety: the cache only ever saves time. An entry is one file, written to a temporary name and
 * renamed, so it is whole or absent. It records the SHA-256 of the full faces it was cut from
 * (compared with the faces' hashes now, see fontFileHash) and of each subset face, checked on
 * every read. An
 * entry that fails any check is deleted and made again; one for other fonts is never used.
 * A character an entry lacks is still laid out with the full faces (layout-svg.ts), so output
 * is byte-for-byte the same with or without the cache (tests check this).
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, statSync, type Stats } from 'node:fs';
import { open, readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FONT_DIR, FONT_FAMILY, FONT_FILES, registerFontFaces, SOURCE_HASHES_FILE, SUBSET_CHARACTERS_FILE, type FontFace } from './load-fonts.js';
import { writeFontSubset } from './subset-fonts.js';
import { writeFileAtomic } from '../batch/write-file-atomic.js';

const MAGIC = 'policy-card font subset v1\n';
const SUFFIX = '.subset';
/** Entries kept; the least recently used go first. */
export const MAX_ENTRIES = 8;
/** Bytes kept in all entries together. */
export const MAX_BYTES = 32 * 1024 * 1024;
/**
 * A new entry takes over the characters of the last one used, so a card edited run after run
 * keeps hitting; past this many characters it starts afresh (a larger subset parses slower).
 */
export const MAX_CHARACTERS = 3000;
/** Temporary files older than this are left over from a killed run. */
const STALE_TEMP_MS = 60 * 60 * 1000;

interface SourceFace {
  file: string;
  sha256: string;
  size: number;
  ino: number;
  mtimeMs: number;
  ctimeMs: number;
}

interface EntryHeader {
  /** The full faces the subset was cut from. */
  sources: SourceFace[];
  characters: string;
  faces: Array<{ file: string; weight: 400 | 700; length: number; sha256: string }>;
}

/** The cache folder to use, or undefined when the cache is off or the folder is not safe. */
export function fontCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const setting = env['POLICY_CARD_CACHE'];
  if (setting === 'off' || setting === '0') return undefined;
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const root = setting ? path.resolve(setting) : path.join(os.tmpdir(), `policy-card-cache-${uid ?? 'user'}`);
  const dir = path.join(root, 'fonts');
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    for (const folder of [root, dir]) if (!isPrivateFolder(lstatSync(folder), uid)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** A real folder, ours, that nobody else may write into (a shared /tmp lets anyone make folders). */
function isPrivateFolder(info: Stats, uid: number | undefined): boolean {
  if (!info.isDirectory() || info.isSymbolicLink()) return false;
  if (uid === undefined) return true; // Windows: the temp folder is per user already.
  return info.uid === uid && (info.mode & 0o022) === 0;
}

const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Size, inode and times of the bundled faces: the cheap part of their identity. */
function statFaces(fontDir: string): Array<Omit<SourceFace, 'sha256'>> {
  return FONT_FILES.map(({ file }) => {
    const info = statSync(path.join(fontDir, file));
    return { file, size: info.size, ino: info.ino, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs };
  });
}

const HASHES_FILE = 'hashes.json';
/** A file whose ctime is younger than this is hashed on every use (see fontFileHash). */
const RACY_MS = 2000;
interface RememberedHash {
  size: number;
  ino: number;
  mtimeMs: number;
  ctimeMs: number;
  sha256: string;
}
const rememberedHashes = new Map<string, Promise<Record<string, RememberedHash>>>();

/**
 * SHA-256 of a font file, remembered in the cache folder under the file's size, inode and times:
 * reading and hashing the 20 MB of bundled faces would cost every cold run about 50 ms (the
 * font cache and the build record both need it). Any rewrite of a file changes its ctime, and
 * then it is read and hashed again. Without a cache folder it is simply computed.
 */
export async function fontFileHash(file: string, cacheDir = fontCacheDir()): Promise<string> {
  const absolute = path.resolve(file);
  const info = await stat(absolute);
  const now = { size: info.size, ino: info.ino, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs };
  const memoFile = cacheDir ? path.join(cacheDir, HASHES_FILE) : undefined;
  let remembered: Record<string, RememberedHash> = {};
  if (memoFile) {
    if (!rememberedHashes.has(memoFile)) rememberedHashes.set(memoFile, readFile(memoFile, 'utf8').then((text) => JSON.parse(text) as Record<string, RememberedHash>, () => ({})));
    remembered = await rememberedHashes.get(memoFile)!;
    const known = remembered[absolute];
    if (known && typeof known.sha256 === 'string' && known.size === now.size && known.ino === now.ino && known.mtimeMs === now.mtimeMs && known.ctimeMs === now.ctimeMs) return known.sha256;
  }
  const hash = sha256(await readFile(absolute));
  // A file changed within the last moments could change again within the same clock tick of its
  // ctime, unseen (git's "racy clean" case): such a hash is used now but not remembered.
  if (memoFile && Date.now() - info.ctimeMs > RACY_MS) {
    remembered[absolute] = { ...now, sha256: hash };
    // Remembering is an optimisation: a failed write only means hashing again next time.
    await writeFileAtomic(memoFile, JSON.stringify(remembered), { mode: 0o600 }).catch(() => undefined);
  }
  return hash;
}

/** Whether an entry was cut from the faces in `fontDir` as they are now (by content). */
async function sameSources(sources: SourceFace[], fontDir: string, cacheDir: string): Promise<boolean> {
  if (sources.length !== FONT_FILES.length || sources.some((source, index) => source.file !== FONT_FILES[index]!.file)) return false;
  for (const source of sources) if ((await fontFileHash(path.join(fontDir, source.file), cacheDir)) !== source.sha256) return false;
  return true;
}

/** Reads and checks one entry; undefined (and the file deleted) if anything is wrong with it. */
async function readEntry(file: string): Promise<{ header: EntryHeader; faces: Buffer[] } | undefined> {
  try {
    const data = await readFile(file);
    const magic = Buffer.from(MAGIC);
    if (data.length < magic.length + 4 || !data.subarray(0, magic.length).equals(magic)) throw new Error('not an entry');
    const headerLength = data.readUInt32BE(magic.length);
    let offset = magic.length + 4;
    const header = JSON.parse(data.subarray(offset, offset + headerLength).toString('utf8')) as EntryHeader;
    offset += headerLength;
    if (!Array.isArray(header.sources) || typeof header.characters !== 'string' || !Array.isArray(header.faces)) throw new Error('bad header');
    if (header.faces.length !== FONT_FILES.length) throw new Error('wrong faces');
    const faces: Buffer[] = [];
    for (const [index, face] of header.faces.entries()) {
      const bytes = data.subarray(offset, offset + face.length);
      offset += face.length;
      if (face.file !== FONT_FILES[index]!.file || face.weight !== FONT_FILES[index]!.weight) throw new Error('wrong faces');
      if (bytes.length !== face.length || sha256(bytes) !== face.sha256) throw new Error('face checksum');
      faces.push(bytes);
    }
    if (offset !== data.length) throw new Error('trailing bytes');
    return { header, faces };
  } catch {
    await rm(file, { force: true }).catch(() => undefined);
    return undefined;
  }
}

/** Only the header of an entry (to choose one without reading every face). */
async function readHeader(file: string): Promise<EntryHeader | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
    const start = Buffer.alloc(MAGIC.length + 4);
    await handle.read(start, 0, start.length, 0);
    if (start.subarray(0, MAGIC.length).toString('utf8') !== MAGIC) return undefined;
    const headerLength = start.readUInt32BE(MAGIC.length);
    if (headerLength > 1024 * 1024) return undefined;
    const header = Buffer.alloc(headerLength);
    await handle.read(header, 0, headerLength, start.length);
    return JSON.parse(header.toString('utf8')) as EntryHeader;
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}

async function listEntries(cacheDir: string): Promise<Array<{ file: string; mtimeMs: number; size: number }>> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  const entries = [];
  for (const name of names.filter((each) => each.endsWith(SUFFIX))) {
    const file = path.join(cacheDir, name);
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) entries.push({ file, mtimeMs: info.mtimeMs, size: info.size });
  }
  // Most recently used first.
  return entries.sort((a, b) => b.mtimeMs - a.mtimeMs);
}

function holds(characters: string, needed: string): boolean {
  const have = new Set(characters);
  for (const char of needed) if (!have.has(char)) return false;
  return true;
}

export interface CachedFontSubset {
  /** What `RenderOptions.fontDir` takes: the faces are registered under this key in this process. */
  fontDir: string;
  characters: number;
}

/**
 * The smallest cached subset of the bundled faces that holds every character in `characters`,
 * loaded and registered for satori; undefined when there is none (or the cache is off).
 */
export async function readCachedFontSubset(characters: string, cacheDir = fontCacheDir(), fontDir = FONT_DIR): Promise<CachedFontSubset | undefined> {
  if (!cacheDir) return undefined;
  const candidates: Array<{ file: string; length: number }> = [];
  for (const entry of await listEntries(cacheDir)) {
    const header = await readHeader(entry.file);
    // Entries appear whole (renamed into place), so an unreadable one is damaged: make room for a new one.
    if (!header || typeof header.characters !== 'string') await rm(entry.file, { force: true }).catch(() => undefined);
    else if (holds(header.characters, characters)) candidates.push({ file: entry.file, length: header.characters.length });
  }
  for (const candidate of candidates.sort((a, b) => a.length - b.length)) {
    const entry = await readEntry(candidate.file);
    if (!entry || !(await sameSources(entry.header.sources, fontDir, cacheDir).catch(() => false))) continue;
    // Its modification time is its last use, for pruning.
    const now = new Date();
    await utimes(candidate.file, now, now).catch(() => undefined);
    const faces: FontFace[] = entry.header.faces.map((face, index) => ({ name: FONT_FAMILY, data: entry.faces[index]!, weight: face.weight, style: 'normal' }));
    registerFontFaces(candidate.file, faces, entry.header.characters);
    return { fontDir: candidate.file, characters: [...entry.header.characters].length };
  }
  return undefined;
}

/**
 * Cuts a subset holding `characters` (plus those of the last entry used, up to MAX_CHARACTERS)
 * in a child process and stores it. Resolves to the entry's path, or undefined when the cache is
 * off or anything fails: a cache that cannot be written only costs time.
 */
export async function writeCachedFontSubset(characters: string, cacheDir = fontCacheDir(), fontDir = FONT_DIR): Promise<string | undefined> {
  if (!cacheDir) return undefined;
  try {
    const before = statFaces(fontDir);
    const merged = new Set(characters);
    const recent = (await listEntries(cacheDir))[0];
    const recentHeader = recent ? await readHeader(recent.file) : undefined;
    if (recentHeader && typeof recentHeader.characters === 'string') {
      const union = new Set([...merged, ...recentHeader.characters]);
      if (union.size <= MAX_CHARACTERS) for (const char of union) merged.add(char);
    }
    const wanted = [...merged].sort().join('');
    const subset = await writeFontSubset(wanted, fontDir);
    try {
      const faces = await Promise.all(FONT_FILES.map(({ file }) => readFile(path.join(subset.dir, file))));
      const written = await readFile(path.join(subset.dir, SUBSET_CHARACTERS_FILE), 'utf8');
      const sourceHashes = JSON.parse(await readFile(path.join(subset.dir, SOURCE_HASHES_FILE), 'utf8')) as Record<string, string>;
      // The fonts changed while the child read them: which version it cut is unknown.
      const after = statFaces(fontDir);
      if (JSON.stringify(before) !== JSON.stringify(after) || written !== wanted) return undefined;
      const header: EntryHeader = {
        sources: before.map((face) => ({ ...face, sha256: sourceHashes[face.file] ?? '' })),
        characters: wanted,
        faces: FONT_FILES.map(({ file, weight }, index) => ({ file, weight, length: faces[index]!.length, sha256: sha256(faces[index]!) })),
      };
      const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
      const length = Buffer.alloc(4);
      length.writeUInt32BE(headerBytes.length);
      const body = Buffer.concat([Buffer.from(MAGIC), length, headerBytes, ...faces]);
      const target = path.join(cacheDir, `${sha256(body).slice(0, 32)}${SUFFIX}`);
      await writeFileAtomic(target, body, { mode: 0o600 });
      await pruneFontCache(cacheDir);
      return target;
    } finally {
      await subset.remove();
    }
  } catch {
    return undefined;
  }
}

/** Keeps the MAX_ENTRIES most recently used entries within MAX_BYTES; removes stale temporary files. */
export async function pruneFontCache(cacheDir: string, limits = { maxEntries: MAX_ENTRIES, maxBytes: MAX_BYTES }): Promise<void> {
  let bytes = 0;
  for (const [index, entry] of (await listEntries(cacheDir)).entries()) {
    bytes += entry.size;
    if (index >= limits.maxEntries || bytes > limits.maxBytes) await rm(entry.file, { force: true }).catch(() => undefined);
  }
  for (const name of await readdir(cacheDir).catch(() => [] as string[])) {
    if (!name.endsWith('.tmp')) continue;
    const file = path.join(cacheDir, name);
    const info = await stat(file).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > STALE_TEMP_MS) await rm(file, { force: true }).catch(() => undefined);
  }
}
