/**
 * JSON text for an edited value that looks like the file it replaces: keys keep their original
 * order (new keys go last), every part whose value did not change is copied byte for byte, and
 * changed parts follow the style of what they replace (one-line `{ "a": 1 }` objects stay on one
 * line, lists stay one item per line), with the file's indent, line ends, BOM and final newline.
 * So saving a card after changing its title changes one line of the file, and a diff in review
 * shows exactly what the editor changed.
 */

type JsonNode =
  | { kind: 'object'; start: number; end: number; entries: Array<{ key: string; node: JsonNode }> }
  | { kind: 'array'; start: number; end: number; items: JsonNode[] }
  | { kind: 'scalar'; start: number; end: number };

/** Parse JSON text into nodes that remember where each value is written. Throws on invalid JSON. */
function parseWithSpans(text: string): JsonNode {
  let at = 0;
  const fail = (): never => {
    throw new SyntaxError(`invalid JSON at ${at}`);
  };
  const skipSpace = (): void => {
    while (at < text.length && /\s/.test(text[at]!)) at++;
  };
  const readString = (): void => {
    at++;
    while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    if (text[at] !== '"') fail();
    at++;
  };
  const value = (): JsonNode => {
    skipSpace();
    const start = at;
    const char = text[at];
    if (char === '{') {
      at++;
      const entries: Array<{ key: string; node: JsonNode }> = [];
      skipSpace();
      if (text[at] === '}') return { kind: 'object', start, end: ++at, entries };
      for (;;) {
        skipSpace();
        const keyStart = at;
        if (text[at] !== '"') fail();
        readString();
        const key = JSON.parse(text.slice(keyStart, at)) as string;
        skipSpace();
        if (text[at++] !== ':') fail();
        entries.push({ key, node: value() });
        skipSpace();
        if (text[at] === ',') at++;
        else if (text[at] === '}') return { kind: 'object', start, end: ++at, entries };
        else fail();
      }
    }
    if (char === '[') {
      at++;
      const items: JsonNode[] = [];
      skipSpace();
      if (text[at] === ']') return { kind: 'array', start, end: ++at, items };
      for (;;) {
        items.push(value());
        skipSpace();
        if (text[at] === ',') at++;
        else if (text[at] === ']') return { kind: 'array', start, end: ++at, items };
        else fail();
      }
    }
    if (char === '"') readString();
    else {
      const literal = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(at, at + 400));
      if (!literal) fail();
      at += literal![0].length;
    }
    return { kind: 'scalar', start, end: at };
  };
  const root = value();
  skipSpace();
  if (at !== text.length) fail();
  return root;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
  }
  return false;
}

/**
 * `value` as JSON text shaped like `originalText`. Without a usable original (a new file, or one
 * that is not valid JSON) it is plain 2-space JSON.
 */
export function stringifyLikeOriginal(value: unknown, originalText?: string): string {
  const bom = originalText?.startsWith('\uFEFF') ? '\uFEFF' : '';
  const crlf = originalText?.includes('\r\n') ?? false;
  const source = (originalText ?? '').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  let root: JsonNode | undefined;
  try {
    root = originalText === undefined ? undefined : parseWithSpans(source);
  } catch {
    root = undefined;
  }
  if (!root) return `${JSON.stringify(value, null, 2)}\n`;

  const unit = /\n([ \t]+)\S/.exec(source)?.[1] ?? '  ';
  const parsed = new Map<JsonNode, unknown>();
  const valueOf = (node: JsonNode): unknown => {
    if (!parsed.has(node)) parsed.set(node, JSON.parse(source.slice(node.start, node.end)));
    return parsed.get(node);
  };
  const isMultiline = (node: JsonNode): boolean => source.slice(node.start, node.end).includes('\n');
  const indent = (depth: number): string => unit.repeat(depth);

  const emit = (next: unknown, node: JsonNode | undefined, depth: number, inline: boolean): string => {
    if (node && deepEqual(next, valueOf(node))) return source.slice(node.start, node.end);
    if (Array.isArray(next)) {
      const items = node?.kind === 'array' ? node.items : [];
      const oneLine = node?.kind === 'array' ? !isMultiline(node) : inline;
      // New items look like the list's existing ones.
      const itemsInline = oneLine || (items[0] !== undefined && !isMultiline(items[0]));
      const used = new Set<number>();
      const parts = next.map((item, index) => {
        const same = items.findIndex((candidate, at) => !used.has(at) && deepEqual(item, valueOf(candidate)));
        if (same >= 0) {
          used.add(same);
          return source.slice(items[same]!.start, items[same]!.end);
        }
        return emit(item, items[index], depth + 1, itemsInline);
      });
      if (parts.length === 0) return '[]';
      return oneLine ? `[${parts.join(', ')}]` : `[\n${indent(depth + 1)}${parts.join(`,\n${indent(depth + 1)}`)}\n${indent(depth)}]`;
    }
    if (isPlainObject(next)) {
      const entries = node?.kind === 'object' ? node.entries : [];
      const oneLine = node?.kind === 'object' ? !isMultiline(node) : inline;
      const originalKeys = entries.map((entry) => entry.key).filter((key) => Object.hasOwn(next, key));
      const keys = [...originalKeys, ...Object.keys(next).filter((key) => !originalKeys.includes(key))];
      const parts = keys.map((key) => `${JSON.stringify(key)}: ${emit(next[key], entries.find((entry) => entry.key === key)?.node, depth + 1, oneLine)}`);
      if (parts.length === 0) return '{}';
      return oneLine ? `{ ${parts.join(', ')} }` : `{\n${indent(depth + 1)}${parts.join(`,\n${indent(depth + 1)}`)}\n${indent(depth)}}`;
    }
    return JSON.stringify(next);
  };

  const body = emit(value, root, 0, false);
  const finalNewline = /\n\s*$/.test(source) ? '\n' : '';
  const text = `${body}${finalNewline}`;
  return bom + (crlf ? text.replace(/\n/g, '\r\n') : text);
}
