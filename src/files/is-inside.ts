import path from 'node:path';

/** Whether `target` is `folder` or lies under it (compared as resolved paths, not as written). */
export function isInside(target: string, folder: string): boolean {
  const relative = path.relative(folder, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
