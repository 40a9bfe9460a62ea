/**
 * Template folders → compiled templates. A template is a folder `templates/<name>/` with:
 *   manifest.json   size, description, QR size (see `manifestSchema`)
 *   card.hbs        the card's HTML (Handlebars), rendered with the card view
 *   style.css.hbs   its stylesheet (Handlebars), rendered with the theme only
 * Shared partials live in `templates/_partials/*.hbs` and are available as `{{> name}}`.
 * Adding a template is adding a folder.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import Handlebars from 'handlebars';
import { z } from 'zod';
import { CardError } from '../errors.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { NAME_PATTERN } from '../spec/card-schema.js';
import { parseCardJson } from '../spec/parse-card-json.js';
import { describeSettingsIssue } from '../spec/describe-issue.js';
import { SECTION_KEYS } from './card-view.js';

export const TEMPLATES_DIR = path.join(PACKAGE_ROOT, 'templates');

export const manifestSchema = z.strictObject({
  description: z.strictObject({ zh: z.string().max(120), en: z.string().max(200) }),
  /** Width in pixels. */
  width: z.number().int().min(200).max(8000),
  /** Fixed height in pixels, or null when the height follows the content. */
  height: z.number().int().min(200).max(8000).nullable(),
  /** Upper bound of a content-sized card. Rasterisers go blank beyond ~8000 px. @default 8000 */
  maxHeight: z.number().int().min(200).max(8000).default(8000),
  /** Largest side of the QR code in pixels; the code uses the largest whole module size that fits. */
  qrSize: z.number().int().min(60).max(2000),
  /**
   * Smallest text scale a fixed-size card may shrink to when its content overflows. Chosen per
   * template so body text stays readable (about 8 pt at print size). @default 0.7
   */
  minScale: z.number().min(0.5).max(1).default(0.7),
  /**
   * What a fixed-size card does when its content overflows at `minScale`: `back` continues on a
   * back side of the same size (full handouts), `abridge` shows as many items of the `abridge`
   * sections as fit (render/abridged-items.ts) and says so on the card (summary cards), `refuse` fails with E_OVERFLOW.
   * @default 'refuse'
   */
  overflow: z.enum(['refuse', 'back', 'abridge']).default('refuse'),
  /** The lists an abridged card may shorten, in reading order. @default ['parties', 'conditions'] */
  abridge: z.array(z.enum(SECTION_KEYS)).max(5).default(['parties', 'conditions']),
  /**
   * Two-column templates get `columns`: the sections flowed into two columns of about equal
   * height, breaking only between list items. @default 1
   */
  columns: z.union([z.literal(1), z.literal(2)]).default(1),
  /** The order of the sections in the template, for splitting a card over a front and a back side. @default reading order */
  sectionOrder: z.array(z.enum(SECTION_KEYS)).length(5).optional(),
  /**
   * A template of the same family whose card.hbs, partials and stylesheet this one uses when it
   * has none of its own (a5 is a4's layout with its own sizes), so a layout fix is made once.
   */
  extends: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/).optional(),
  /** Physical trim size and design resolution of print templates. */
  physical: z.strictObject({ widthMm: z.number().positive(), heightMm: z.number().positive(), dpi: z.number().int().min(72).max(1200) }).optional(),
});

export type TemplateManifest = z.infer<typeof manifestSchema>;

export interface CardTemplate {
  name: string;
  /** The template's folder (for messages). */
  folder: string;
  manifest: TemplateManifest;
  renderHtml: (view: object) => string;
  renderCss: (theme: object) => string;
}

function templateError(zh: string, en: string): CardError {
  return new CardError('E_TEMPLATE', { zh, en });
}

function createEnvironment(): typeof Handlebars {
  const env = Handlebars.create();
  env.registerHelper('inc', (value: unknown) => Number(value) + 1);
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  env.registerHelper('add', (a: unknown, b: unknown) => Number(a) + Number(b));
  // True when any argument is: an empty list counts as false, as in {{#if}}.
  env.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some((value) => (Array.isArray(value) ? value.length > 0 : Boolean(value))));
  // A section's title, marked when the section continues from the previous page.
  env.registerHelper('sectionTitle', (title: unknown, continued: unknown, options: Handlebars.HelperOptions) => {
    const labels = (options.data as { root?: { labels?: { continued?: string } } }).root?.labels;
    return continued ? `${String(title)}${labels?.continued ?? ''}` : title;
  });
  // Scales a pixel size by the theme's font scale: {{fs 40}} → "48px" when fontScale is 1.2.
  env.registerHelper('fs', function (this: { fontScale?: number }, size: unknown) {
    return `${Math.round(Number(size) * (this.fontScale ?? 1))}px`;
  });
  // Scales a spacing (gap, padding) by the fit's spacing scale: {{sp 48}} → "34px" at 0.7. A
  // fixed-size card tightens its spacing before it makes the text smaller.
  env.registerHelper('sp', function (this: { spaceScale?: number }, size: unknown) {
    return `${Math.round(Number(size) * (this.spaceScale ?? 1))}px`;
  });
  // A body line height that tightens with the spacing, from the theme's down to 1.4 at the
  // tightest spacing (0.55): still above the 1.3 that age-friendly guidance asks for.
  env.registerHelper('lh', function (this: { spaceScale?: number }, lineHeight: unknown) {
    const given = Number(lineHeight);
    const space = this.spaceScale ?? 1;
    if (given <= 1.4 || space >= 1) return String(given);
    const tightened = 1.4 + ((given - 1.4) * Math.max(0, space - 0.55)) / 0.45;
    return String(Math.round(tightened * 1000) / 1000);
  });
  return env;
}

async function readTemplateSource(file: string, name: string): Promise<string> {
  const source = await readFile(file, 'utf8');
  // Raw output ({{{ }}} or {{& }}) would let a spec field inject markup; no template may use it.
  if (/\{\{\{|\{\{&|\{\{~?\s*&/.test(source)) {
    throw templateError(
      `模板 "${name}" 的 ${path.basename(file)} 使用了不转义输出 {{{ }}}；为安全起见不允许`,
      `template "${name}" uses unescaped output {{{ }}} in ${path.basename(file)}; it is not allowed`,
    );
  }
  if (path.basename(file) === 'style.css.hbs') refuseDoubledUnit(source, name);
  return source;
}

/**
 * {{fs N}} and {{sp N}} end in px, so `{{fs 60}}px` becomes 75pxpx, which satori drops without a
 * word: the template's author would only see a title in the default 16 px.
 */
function refuseDoubledUnit(source: string, name: string): void {
  const doubled = /\{\{~?\s*(?:fs|sp)\s[^}]*\}\}px/.exec(source);
  if (!doubled) return;
  const line = source.slice(0, doubled.index).split('\n').length;
  throw templateError(
    `模板 "${name}" 的 style.css.hbs 第 ${line} 行写了 ${doubled[0]}：{{fs}} 和 {{sp}} 算出的尺寸已带单位 px，请去掉后面的 px`,
    `template "${name}" has ${doubled[0]} in style.css.hbs line ${line}: {{fs}} and {{sp}} give a size with its px unit; remove the px after it`,
  );
}

/**
 * Parse now, so a syntax error names the file and line instead of surfacing mid-batch. The tree
 * is handed on to compile, which would otherwise parse the file a second time (about 10 ms of a
 * cold single-card run). It is the tree before whitespace control: compile applies that itself,
 * so the output is the same as compiling the source text.
 */
function parseOrThrow(env: typeof Handlebars, source: string, file: string, name: string): hbs.AST.Program {
  try {
    return env.parseWithoutProcessing(source);
  } catch (error) {
    const message = (error as Error).message;
    const unclosed = /^Parse error on line (\d+):/.exec(message);
    const mismatched = /^(\S+) doesn't match (\S+) - (\d+):\d+/.exec(message);
    if (unclosed || mismatched) {
      const line = unclosed?.[1] ?? mismatched![3];
      const zh = mismatched ? `{{#${mismatched[1]}}} 和 {{/${mismatched[2]}}} 不配对` : '块标签没有闭合或括号不成对（如 {{#if}} 缺少 {{/if}}）';
      const en = mismatched ? `{{#${mismatched[1]}}} is closed by {{/${mismatched[2]}}}` : 'a block is not closed or braces do not pair (e.g. {{#if}} without {{/if}})';
      throw templateError(`模板 "${name}" 的 ${file} 有语法错误，在第 ${line} 行或之前：${zh}`, `template "${name}" has a syntax error in ${file} at or before line ${line}: ${en}`);
    }
    throw templateError(`模板 "${name}" 的 ${file} 有语法错误：${message.split('\n')[0]}`, `template "${name}" has a syntax error in ${file}: ${message.split('\n')[0]}`);
  }
}

async function registerPartials(env: typeof Handlebars, folder: string, name: string): Promise<void> {
  const files = await readdir(folder).catch(() => [] as string[]);
  for (const file of files.filter((entry) => entry.endsWith('.hbs')).sort()) {
    const source = await readTemplateSource(path.join(folder, file), name);
    parseOrThrow(env, source, path.join(path.basename(folder), file), name);
    // As text: Handlebars compiles a partial on first use and accepts no parsed tree for one.
    env.registerPartial(file.slice(0, -4), source);
  }
}

/** Run a compiled template; a runtime error (unknown partial, misspelt field) names the file. */
function runTemplate(render: (data: object) => string, data: object, file: string, name: string): string {
  try {
    return render(data);
  } catch (error) {
    // Handlebars' own words for the two mistakes an author makes most, said in ours.
    const detail = (error as Error).message.split('\n')[0] ?? '';
    const field = /^"(.+)" not defined in .* - (\d+):\d+$/.exec(detail);
    if (field) {
      throw templateError(
        `模板 "${name}" 的 ${file} 第 ${field[2]} 行的 {{${field[1]}}} 不是卡片数据里的字段（拼写错误？可用的字段见 docs/templates.md）`,
        `template "${name}" uses {{${field[1]}}} in ${file} line ${field[2]}, which is not a field of the card data (a typo? the fields are listed in docs/templates.md)`,
      );
    }
    const partial = /^The partial (.+) could not be found$/.exec(detail);
    if (partial) {
      throw templateError(
        `模板 "${name}" 的 ${file} 用到的片段 {{> ${partial[1]}}} 不存在：片段放在模板的 partials/ 或模板文件夹的 _partials/ 里，内置片段见 docs/templates.md`,
        `template "${name}" uses the partial {{> ${partial[1]}}} in ${file}, which does not exist: partials go in the template's partials/ or the templates folder's _partials/; the built-in ones are in docs/templates.md`,
      );
    }
    throw templateError(`模板 "${name}" 的 ${file} 出错：${detail}`, `template "${name}" failed in ${file}: ${detail}`);
  }
}

const cache = new Map<string, Promise<CardTemplate>>();

/** Forget every compiled template, so the next load reads the files again (after they changed on disk). */
export function clearTemplateCache(): void {
  cache.clear();
}

/**
 * Load and compile a template once per process. With `templatesDir` (a user's own folder of
 * templates), a template there wins over a built-in one of the same name; built-in partials
 * stay available to it.
 */
export function loadTemplate(name: string, templatesDir?: string): Promise<CardTemplate> {
  const key = `${templatesDir ?? ''}|${name}`;
  let loading = cache.get(key);
  if (!loading) {
    loading = resolveTemplateDir(name, templatesDir).then((dir) => compileTemplate(name, dir));
    cache.set(key, loading);
    loading.catch(() => cache.delete(key));
  }
  return loading;
}

async function resolveTemplateDir(name: string, templatesDir: string | undefined): Promise<string> {
  if (templatesDir && NAME_PATTERN.test(name) && (await isTemplateFolder(path.join(templatesDir, name)))) return templatesDir;
  return TEMPLATES_DIR;
}

/** A folder meant as a template: its manifest, a look-alike of it (manifest.json.txt) or a card.hbs. */
async function isTemplateFolder(folder: string): Promise<boolean> {
  const files = await readdir(folder).catch(() => [] as string[]);
  return files.some((file) => file === 'card.hbs' || /^manifest\b/i.test(file));
}

async function compileTemplate(name: string, templatesDir: string): Promise<CardTemplate> {
  if (!NAME_PATTERN.test(name)) {
    throw templateError(
      `模板名 ${JSON.stringify(name)} 无效：只能包含小写字母、数字、- 和 _`,
      `invalid template name ${JSON.stringify(name)}: only lowercase letters, digits, - and _`,
    );
  }
  const folder = path.join(templatesDir, name);
  const isFolder = await stat(folder).then((info) => info.isDirectory(), () => false);
  if (!isFolder) {
    const known = (await listTemplateNames(templatesDir)).join('、');
    throw templateError(`没有名为 "${name}" 的模板；可用模板：${known}`, `no template named "${name}"; available: ${known}`);
  }
  const manifest = await readManifest(folder, name);
  const env = createEnvironment();
  await registerPartials(env, path.join(TEMPLATES_DIR, '_partials'), name);
  if (templatesDir !== TEMPLATES_DIR) await registerPartials(env, path.join(templatesDir, '_partials'), name);
  const base = manifest.extends ? await baseTemplateFolder(manifest.extends, templatesDir, name) : undefined;
  if (base) await registerPartials(env, path.join(base, 'partials'), name);
  await registerPartials(env, path.join(folder, 'partials'), name);
  // A file of the template's own wins over the one of the template it extends.
  const sourceFolder = async (file: string): Promise<string> =>
    base && !(await stat(path.join(folder, file)).then(() => true, () => false)) ? base : folder;
  const compile = async (file: string): Promise<(data: object) => string> => {
    const source = await readTemplateSource(path.join(await sourceFolder(file), file), name).catch((error: unknown) => {
      if (error instanceof CardError) throw error;
      throw templateError(`模板 "${name}" 缺少文件 ${file}`, `template "${name}" is missing ${file}`);
    });
    const parsed = parseOrThrow(env, source, file, name);
    // strict: a misspelt field in a template is an error, not a silently empty section.
    const render = env.compile(parsed, { strict: true });
    return (data) => runTemplate(render, data, file, name);
  };
  const html = await compile('card.hbs');
  const css = await compile('style.css.hbs');
  return { name, manifest, folder, renderHtml: html, renderCss: css };
}

/** The folder of the template that `name` extends: a custom one first, then a built-in one. */
export async function baseTemplateFolder(base: string, templatesDir: string, name: string): Promise<string> {
  for (const dir of [templatesDir, TEMPLATES_DIR]) {
    const folder = path.join(dir, base);
    if (await stat(path.join(folder, 'manifest.json')).then(() => true, () => false)) return folder;
  }
  throw templateError(`模板 "${name}" 的 manifest.json 中 extends 指向的模板 "${base}" 不存在`, `template "${name}" extends "${base}", which does not exist`);
}

/** Names of all template folders (those with a manifest), built-in and custom. */
/**
 * The manifest, or an error in the office's words: JSON.parse's and zod's English never reach
 * the message. Windows hides known extensions, so a manifest saved from Notepad is often
 * manifest.json.txt; that is named.
 */
async function readManifest(folder: string, name: string): Promise<TemplateManifest> {
  const text = await readFile(path.join(folder, 'manifest.json'), 'utf8').catch(() => undefined);
  if (text === undefined) {
    const lookalike = (await readdir(folder).catch(() => [] as string[])).find((file) => /^manifest\b/i.test(file));
    throw templateError(
      `模板 "${name}" 的文件夹里没有 manifest.json${lookalike ? `（有 ${lookalike}：Windows 可能隐藏了扩展名，请把它改名为 manifest.json）` : '；格式见 docs/templates.md 的 manifest.json 一节'}`,
      `template "${name}" has no manifest.json${lookalike ? ` (there is ${lookalike}: Windows may hide the extension; rename it to manifest.json)` : '; docs/templates.md (manifest.json) shows its form'}`,
    );
  }
  let json: unknown;
  try {
    json = parseCardJson(text);
  } catch (error) {
    const { zh, en } = (error as CardError).text;
    throw templateError(`模板 "${name}" 的 manifest.json 有误：${zh}`, `template "${name}" has an invalid manifest.json: ${en}`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  // Told as the config's errors are: what is wrong with the value, or the nearest known key.
  const { text: problem, at } = describeSettingsIssue(parsed.error.issues[0]!, json, manifestSchema);
  const told = { zh: problem.zh.replace('（见 schema/card.schema.json）', ''), en: problem.en.replace(' (see schema/card.schema.json)', '') };
  throw templateError(
    `模板 "${name}" 的 manifest.json 中 ${at.join('.')}：${told.zh}；各项的写法见 docs/templates.md 的 manifest.json 一节`,
    `template "${name}" has an invalid manifest.json at ${at.join('.')}: ${told.en}; docs/templates.md (manifest.json) says what each key takes`,
  );
}

export async function listTemplateNames(templatesDir?: string): Promise<string[]> {
  const names = new Set(await templateNamesIn(TEMPLATES_DIR));
  if (templatesDir) for (const name of await templateNamesIn(templatesDir)) names.add(name);
  return [...names].sort();
}

async function templateNamesIn(templatesDir: string): Promise<string[]> {
  const entries = await readdir(templatesDir, { withFileTypes: true }).catch(() => []);
  const names: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('_')) continue;
    if (await isTemplateFolder(path.join(templatesDir, entry.name))) names.push(entry.name);
  }
  return names.sort();
}

export type TemplateListing = { name: string; manifest: TemplateManifest; error?: undefined } | { name: string; manifest?: undefined; error: CardError };

/** Every template with its manifest, for `policy-card templates`; a broken one is listed with its error. */
export async function listTemplates(templatesDir?: string): Promise<TemplateListing[]> {
  const names = await listTemplateNames(templatesDir);
  return Promise.all(
    names.map(async (name): Promise<TemplateListing> => {
      try {
        return { name, manifest: (await loadTemplate(name, templatesDir)).manifest };
      } catch (error) {
        if (error instanceof CardError) return { name, error };
        throw error;
      }
    }),
  );
}
