/**
 * A card id no other card uses: the id itself, or `id-2`, `id-3`… The studio's 新建卡片 and
 * 从政策文件起草 and `draft` over several documents all number a taken id this way. A long id is
 * cut to 60 characters first, so the numbered one still fits the 64-character id limit.
 */

/** Longest stem before `-N`: room for the number within the id limit (LIMITS.id, 64). */
const MAX_STEM = 60;

/** `base`, or `base-2`, `base-3`… when `taken` holds it. */
export function freeId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  const stem = base.length > MAX_STEM ? base.slice(0, MAX_STEM).replace(/-+$/, '') : base;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}
