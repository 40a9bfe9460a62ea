// "从政策文件起草": a policy document dropped on the gallery (or chosen) is sent to POST /api/draft;
// the draft opens in the form editor as a new, unsaved card. Beside each field the editor shows
// the lines of the document it came from, and every gap (a 待补充 placeholder, a field the
// document did not give) is highlighted until it is filled. Saving is the editor's own "new
// card" save, which never overwrites an existing card.
//
// The draft travels from the gallery to the editor in sessionStorage (one tab, one draft), under
// a nonce that is also in the editor's address, so a stale or foreign address never opens it.
import { ApiError, h, lang, t, toast } from './common.js';
import { FIELDS } from './i18n.js';

const STORAGE_KEY = 'policy-card-draft';
const PLACEHOLDER = '待补充';
const DOCUMENT_ACCEPT = '.docx,.pdf,.html,.htm,.txt';

// A run of lines: one line, or the first and last of consecutive ones.
const span = (run) => (run.first === run.last ? String(run.first) : `${run.first}–${run.last}`);

// Kept beside the feature rather than in i18n.js, so the texts of this one screen change together.
const TEXTS = {
  zh: {
    button: '从政策文件起草',
    buttonShort: '起草',
    buttonHint: '选择或拖入 .docx、.pdf、.html 或 .txt 政策文件',
    drop: '松开鼠标，从这份政策文件起草卡片',
    reading: (name) => `正在读取《${name}》并起草…`,
    failed: (name) => `无法从《${name}》起草：`,
    expired: '这份草稿已不在本窗口中（可能在别的标签页起草，或已关闭过窗口）。请回到卡片库重新选择政策文件。',
    intro: (name) => `已从《${name}》起草。请对照每项旁边的原文核对；黄色标出的是待补充的内容，填好后才能保存。`,
    found: (n) => `找到 ${n} 项内容`,
    gaps: (n) => (n === 0 ? '没有待补充的内容' : `${n} 处待补充`),
    doubtful: (n) => `${n} 项需留意`,
    gapList: '待补充：',
    notFound: '原文中没有找到（可选，确认后可不填）：',
    programmes: (n) => `文件中有 ${n} 个子项目，草稿把它们合在了一起；可能需要各做一张卡片：`,
    doubtfulList: '需留意：',
    source: '原文',
    places: (runs, unit) => runs.map((run) => `${run.page !== undefined ? `第${run.page}页` : ''}第${span(run)}${unit === 'paragraph' ? '段' : '行'}`).join('、'),
    morePlaces: (first, all) => `${first}等 ${all} 处`,
    colon: '：',
    gapBadge: '待补充',
    fromDefaults: '来自配置 draft.defaults',
    exists: (id, file, free) => `编号 "${id}" 已被 ${file} 使用，这份文件可能已起草过；草稿改用编号 "${free}"，可在“编号”一栏修改。已有卡片不会被覆盖。`,
    editId: '修改编号',
    skipped: (names) => `一次只起草一份文件：同时拖入的${names.map((name) => `《${name}》`).join('、')}没有起草。保存这张卡片后，请回到卡片库逐份拖入；要一次起草整个文件夹，可用命令 policy-card draft 文件夹。`,
    byModel: '〔来自模型〕',
    model: (name, endpoint, added, dropped) => `模型 ${name}（${endpoint}）作第二读者：补充 ${added} 项，丢弃 ${dropped} 项。标有〔来自模型〕的内容也已在原文中找到，请同样核对。`,
    modelWarning: '模型未能使用：',
    modelDropped: '模型提出但原文中找不到，已丢弃：',
    modelOverLimit: '模型提出但超过列表上限，已丢弃：',
    modelConflicts: '模型与规则读法不同，保留了规则的值：',
    conflict: (label, rule, model) => `${label}：规则“${rule}”，模型“${model}”`,
  },
  en: {
    button: 'Draft from a policy document',
    buttonShort: 'Draft',
    buttonHint: 'Choose or drop a .docx, .pdf, .html or .txt policy document',
    drop: 'Drop to draft a card from this policy document',
    reading: (name) => `Reading “${name}” and drafting…`,
    failed: (name) => `Cannot draft from “${name}”: `,
    expired: 'This draft is no longer in this window (drafted in another tab, or the window was closed). Go back to the gallery and choose the document again.',
    intro: (name) => `Drafted from “${name}”. Check each field against the source text beside it; the gaps highlighted in yellow must be filled before saving.`,
    found: (n) => (n === 1 ? '1 item found' : `${n} items found`),
    gaps: (n) => (n === 0 ? 'no gaps' : n === 1 ? '1 gap to fill' : `${n} gaps to fill`),
    doubtful: (n) => `${n} to check`,
    gapList: 'To fill: ',
    notFound: 'Not found in the document (optional; leave empty if right): ',
    programmes: (n) => `The document holds ${n} programmes, merged in this draft; each may deserve a card of its own: `,
    doubtfulList: 'To check: ',
    source: 'Source',
    places: (runs, unit) =>
      [...new Set(runs.map((run) => run.page))]
        .map((page) => {
          const onPage = runs.filter((run) => run.page === page);
          const plural = onPage.length > 1 || onPage[0].first !== onPage[0].last;
          return `${page !== undefined ? `page ${page}, ` : ''}${unit}${plural ? 's' : ''} ${onPage.map(span).join(', ')}`;
        })
        .join('; '),
    morePlaces: (first, _all, more) => `${first} and ${more} more`,
    colon: ': ',
    gapBadge: 'to fill',
    fromDefaults: 'from the config’s draft.defaults',
    exists: (id, file, free) => `The id "${id}" is used by ${file}; this document may have been drafted before. The draft takes the id "${free}" instead; change it in the id field if you like. The existing card is never overwritten.`,
    editId: 'Change the id',
    skipped: (names) => `One document is drafted at a time: ${names.map((name) => `“${name}”`).join(', ')}, dropped with it, ${names.length === 1 ? 'was' : 'were'} not drafted. Save this card, then drop ${names.length === 1 ? 'it' : 'them one by one'} on the gallery; to draft a whole folder at once, run policy-card draft FOLDER.`,
    byModel: '[from the model]',
    model: (name, endpoint, added, dropped) => `Model ${name} (${endpoint}) as second reader: ${added} added, ${dropped} dropped. Values marked [from the model] were found in the source too; check them the same way.`,
    modelWarning: 'The model could not be used: ',
    modelDropped: 'Proposed by the model but not found in the source, dropped: ',
    modelOverLimit: 'Proposed by the model but over the list limit, dropped: ',
    modelConflicts: 'The model read these differently; the rules’ value was kept: ',
    conflict: (label, rule, model) => `${label}: rules “${rule}”, model “${model}”`,
  },
};
const text = TEXTS[lang];

// ---- the gallery: choose or drop a document ----

function isDocument(file) {
  return /\.(docx|pdf|html?|txt)$/i.test(file.name);
}

/** Send one document to the API; resolves with { file, spec, report, problems, existing }. */
async function requestDraft(file) {
  let response;
  try {
    response = await fetch(`/api/draft?lang=${lang}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) },
      body: file,
    });
  } catch {
    throw new ApiError(0, [{ code: 'E_NETWORK', message: t('networkError'), text: t('networkError') }]);
  }
  const body = await response.json().catch(() => ({ errors: [{ code: 'E_INTERNAL', message: `${t('serverError')} (HTTP ${response.status})` }] }));
  if (!response.ok) throw new ApiError(response.status, body.errors ?? []);
  return body;
}

/**
 * Draft from a file and open the result in the editor. `skipped` names the other files of the
 * same drop: the editor holds one draft, so they are named above it rather than dropped unsaid.
 */
async function draftAndOpen(file, status, skipped = []) {
  // One document at a time: a second drop while the first is read would race it to the editor.
  if (document.body.dataset.drafting) return;
  status.hidden = false;
  status.className = 'draft-status notice';
  status.replaceChildren(h('span', { class: 'spinner', 'aria-hidden': 'true' }), ' ', text.reading(file.name));
  document.body.dataset.drafting = 'true';
  try {
    const draft = await requestDraft(file);
    const nonce = Math.random().toString(36).slice(2, 10);
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ nonce, ...draft, skipped }));
    location.href = `/new?draft=${nonce}`;
  } catch (error) {
    delete document.body.dataset.drafting;
    status.className = 'draft-status notice notice-error';
    const messages = error.errors?.length ? error.errors.map((entry) => entry.message) : [error.message];
    status.replaceChildren(h('strong', {}, text.failed(file.name)), h('ul', { class: 'error-list' }, messages.map((message) => h('li', {}, message))));
    toast(`${text.failed(file.name)}${messages[0] ?? ''}`, 'error');
  }
}

/**
 * The gallery's entry: a button that opens the file chooser (a real `<input type=file>`, so it
 * also works from the keyboard and in tests), a status line, and drag and drop on the whole page.
 * Returns { button, status } for the page to place.
 */
export function draftEntry() {
  const status = h('div', { class: 'draft-status', role: 'status', 'aria-live': 'polite', hidden: true });
  const input = h('input', {
    type: 'file',
    id: 'draft-file',
    class: 'visually-hidden',
    accept: DOCUMENT_ACCEPT,
    onchange: () => {
      const file = input.files?.[0];
      input.value = '';
      if (file) draftAndOpen(file, status);
    },
  });
  // A short label on phones, where the header has room for two short buttons only.
  const button = h(
    'label',
    { class: 'button draft-button', for: 'draft-file', title: text.buttonHint, 'aria-label': text.button, tabindex: '0', hidden: true },
    h('span', { class: 'draft-label-full' }, text.button),
    h('span', { class: 'draft-label-short', 'aria-hidden': 'true' }, text.buttonShort),
    input,
  );
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      input.click();
    }
  });

  const overlay = h('div', { class: 'draft-drop', hidden: true }, h('p', {}, text.drop));
  document.body.append(overlay);
  let depth = 0;
  const carriesFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes('Files');
  document.addEventListener('dragenter', (event) => {
    if (!carriesFiles(event) || button.hidden) return;
    depth++;
    overlay.hidden = false;
  });
  document.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  document.addEventListener('dragover', (event) => {
    if (carriesFiles(event) && !button.hidden) event.preventDefault();
  });
  document.addEventListener('drop', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    if (button.hidden) return;
    const files = [...event.dataTransfer.files];
    const file = files.find(isDocument) ?? files[0];
    if (file) draftAndOpen(file, status, files.filter((other) => other !== file).map((other) => other.name));
  });
  return { button, status };
}

// ---- the editor: the draft as a new card, with its sources and gaps ----

/** The draft stored by the gallery for this address, or undefined. */
export function loadDraft(nonce) {
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');
    return stored && stored.nonce === nonce && stored.spec && typeof stored.spec === 'object' ? stored : undefined;
  } catch {
    return undefined;
  }
}

export function expiredDraftNotice() {
  return h('p', { class: 'notice notice-error draft-expired' }, text.expired);
}

/** The human name of a JSON pointer, e.g. /conditions/2 → 申报条件 第3项. */
function labelOf(path) {
  const parts = path.split('/').slice(1);
  const fields = FIELDS[lang];
  const names = [];
  let key = '';
  for (const part of parts) {
    if (/^\d+$/.test(part)) {
      key = `${key}.*`;
      names.push(lang === 'en' ? `#${Number(part) + 1}` : `第${Number(part) + 1}项`);
    } else {
      key = key ? `${key}.${part}` : part;
      const label = fields[key]?.label;
      if (label) names.push(label);
    }
  }
  return names.join(' ') || path;
}

/** Every place in a value that still holds a 待补充 placeholder, as JSON pointers. */
function placeholderPaths(value, prefix = '') {
  if (typeof value === 'string') return value.startsWith(PLACEHOLDER) ? [prefix || '/'] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholderPaths(item, `${prefix}/${index}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => placeholderPaths(item, `${prefix}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`));
  return [];
}

/**
 * The report's sources per JSON pointer: [{ from: [{ line, page }], text }] (the review report of
 * `policy-card draft --json`: for each value, the lines it came from and their text).
 */
function sourcesByPath(report) {
  const map = new Map();
  for (const entry of report?.sources ?? []) {
    if (typeof entry?.path !== 'string' || !Array.isArray(entry.from) || entry.from.length === 0) continue;
    map.set(entry.path, [...(map.get(entry.path) ?? []), entry]);
  }
  return map;
}

/** Required fields the document did not give (they hold a 待补充 placeholder). */
function requiredMissing(report) {
  return (report?.missing ?? []).filter((entry) => entry?.required).map((entry) => entry.path);
}

/** Optional fields the document did not give: worth a look, not a gap that blocks saving. */
function optionalMissing(report) {
  return (report?.missing ?? []).filter((entry) => entry && !entry.required && typeof entry.path === 'string');
}

function doubtsOf(report) {
  return (report?.doubts ?? []).filter((entry) => typeof entry?.text?.[lang] === 'string');
}

// More places than this are cut to the first SHOWN_RUNS and a count, as `policy-card draft` prints them.
const MAX_RUNS = 6;
const SHOWN_RUNS = 3;

/**
 * What the report's numbers count: lines of a .txt or of a PDF's page, paragraphs of a Word
 * document or of a web page's article (which have no lines a reviewer can find).
 */
function placeUnit(report) {
  return report?.format === 'docx' || report?.format === 'html' ? 'paragraph' : 'line';
}

/**
 * Where a value came from, as `policy-card draft` prints it (src/cli/format-draft-report.ts):
 * consecutive lines of a page as one range, a place met twice named once, lines that lie apart
 * kept apart (第7行、第21行, never 第7–21行), and a long list cut to its first places and their number;
 * paragraphs for a Word document or a web page (第7段、第21段).
 */
function placesText(from, unit) {
  const runs = [];
  // In document order, so that lines met as 10, 12, 11 make one run 10–12 (as src/cli/format-draft-report.ts).
  for (const place of [...from].sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || a.line - b.line)) {
    const run = runs.find((candidate) => candidate.page === place.page && place.line >= candidate.first - 1 && place.line <= candidate.last + 1);
    if (run) {
      run.first = Math.min(run.first, place.line);
      run.last = Math.max(run.last, place.line);
    } else runs.push({ page: place.page, first: place.line, last: place.line });
  }
  const shown = runs.length > MAX_RUNS ? runs.slice(0, SHOWN_RUNS) : runs;
  const where = text.places(shown, unit);
  return shown === runs ? where : text.morePlaces(where, runs.length, runs.length - SHOWN_RUNS);
}

function snippet(sources, path, unit) {
  return h(
    'div',
    { class: 'draft-source', dataset: { for: path } },
    sources.slice(0, 4).map((source) =>
      h(
        'p',
        { title: source.text },
        h('span', { class: 'draft-source-where' }, `${text.source} ${placesText(source.from, unit)}`),
        h('span', { class: 'draft-source-text' }, source.text),
        source.by === 'model' ? h('span', { class: 'draft-source-model' }, text.byModel) : null,
      ),
    ),
  );
}

/**
 * What the language model did (`serve --llm`), as `policy-card draft --llm` prints it: how many
 * values it added and dropped, why it could not be used, what it proposed that the source does
 * not hold, and where it read a value differently from the rules.
 */
function modelPanel(model) {
  if (!model || typeof model !== 'object') return null;
  const dropped = Array.isArray(model.dropped) ? model.dropped : [];
  const conflicts = Array.isArray(model.conflicts) ? model.conflicts : [];
  const warnings = (Array.isArray(model.warnings) ? model.warnings : []).filter((warning) => typeof warning?.text?.[lang] === 'string');
  const item = (entry) => h('li', {}, `${entry.path} ${entry.label?.[lang] ?? labelOf(entry.path)}${lang === 'zh' ? '：' : ': '}${entry.text}`);
  const list = (title, entries, render) => (entries.length ? h('div', { class: 'draft-doubtful' }, title, h('ul', {}, entries.map(render))) : null);
  return h(
    'div',
    { class: 'draft-model' },
    h('p', {}, text.model(model.model, model.endpoint, model.fromModel?.length ?? 0, dropped.length)),
    list(text.modelWarning, warnings, (warning) => h('li', { class: 'draft-model-warning' }, `[${warning.code}] ${warning.text[lang]}`)),
    list(text.modelDropped, dropped.filter((entry) => entry.reason !== 'over-limit'), item),
    list(text.modelOverLimit, dropped.filter((entry) => entry.reason === 'over-limit'), item),
    list(text.modelConflicts, conflicts, (conflict) => h('li', {}, text.conflict(conflict.label?.[lang] ?? labelOf(conflict.path), conflict.rule, conflict.model))),
  );
}

/**
 * The draft's summary above the form: where it came from, what was found, the gaps (each a link
 * to its field) and what to check.
 */
export function draftIntro(draft, { onPick }) {
  const gaps = placeholderPaths(draft.spec);
  const notFound = optionalMissing(draft.report);
  const doubts = doubtsOf(draft.report);
  const programmes = draft.report?.subProgrammes ?? [];
  const found = sourcesByPath(draft.report).size;
  const unit = placeUnit(draft.report);
  const missingLabels = new Map((draft.report?.missing ?? []).filter((entry) => typeof entry?.label?.[lang] === 'string').map((entry) => [entry.path, entry.label[lang]]));
  const links = (paths) => paths.map(({ path, label }, index) => [index ? '、' : '', h('button', { type: 'button', class: 'link-button', dataset: { path }, onclick: () => onPick(path) }, label ?? labelOf(path))]);
  return h(
    'div',
    { class: 'new-intro draft-intro' },
    h('p', {}, text.intro(draft.file)),
    h(
      'p',
      { class: 'draft-counts' },
      h('span', { class: 'chip' }, text.found(found)),
      h('span', { class: `chip ${gaps.length ? 'chip-gap' : ''}` }, text.gaps(gaps.length)),
      doubts.length ? h('span', { class: 'chip' }, text.doubtful(doubts.length)) : null,
    ),
    // A gap is named as the printed report names it (二维码 链接; a list's placeholder by its field, 申报流程), else by its place in the form.
    gaps.length ? h('p', { class: 'draft-gaps' }, text.gapList, links(gaps.map((path) => ({ path, label: missingLabels.get(path) ?? missingLabels.get(path.replace(/\/0$/, '')) })))) : null,
    notFound.length ? h('p', { class: 'draft-not-found' }, text.notFound, links(notFound.map((entry) => ({ path: entry.path, label: entry.label?.[lang] })))) : null,
    doubts.length
      ? h('div', { class: 'draft-doubtful' }, text.doubtfulList, h('ul', {}, doubts.map((doubt) => h('li', {}, doubt.from?.length ? `${placesText(doubt.from, unit)}${text.colon}` : '', doubt.text[lang]))))
      : null,
    programmes.length > 1
      ? h('div', { class: 'draft-doubtful draft-programmes' }, text.programmes(programmes.length), h('ul', {}, programmes.map((programme) => h('li', {}, `${placesText([programme.from], unit)}${text.colon}${programme.title}`))))
      : null,
    modelPanel(draft.report?.model),
    Array.isArray(draft.skipped) && draft.skipped.length > 0 ? h('p', { class: 'notice draft-skipped' }, text.skipped(draft.skipped)) : null,
    draft.existing
      ? h(
          'p',
          { class: 'notice draft-exists' },
          text.exists(draft.existing.id, draft.existing.file, draft.spec.id),
          ' ',
          h('button', { type: 'button', class: 'link-button', dataset: { path: '/id' }, onclick: () => onPick('/id') }, text.editId),
        )
      : null,
  );
}

/**
 * Decorate the form with the draft's sources and gaps, and keep doing so: the form rebuilds its
 * fields when rows are added or removed, and a gap stops being one as soon as it is filled.
 */
export function decorateDraftForm(form, draft) {
  const sources = sourcesByPath(draft.report);
  const unit = placeUnit(draft.report);
  const missing = new Set(requiredMissing(draft.report));
  const defaults = new Set((draft.report?.fromDefaults ?? []).map((entry) => entry.path));
  const isGapValue = (value) => typeof value === 'string' && (value === '' || value.startsWith(PLACEHOLDER));

  const markGap = (field) => {
    const control = field.querySelector(':scope > input, :scope > textarea, :scope > select');
    const gap = control ? control.value.startsWith(PLACEHOLDER) || (missing.has(field.dataset.path) && isGapValue(control.value)) : field.classList.contains('field-absent') && missing.has(field.dataset.path);
    field.classList.toggle('draft-gap', gap);
    let badge = field.querySelector(':scope > .field-head > .draft-gap-badge, :scope > .draft-gap-badge');
    if (gap && !badge) {
      badge = h('span', { class: 'draft-gap-badge' }, text.gapBadge);
      const head = field.querySelector(':scope > .field-head');
      if (head) head.append(badge);
      else field.prepend(badge);
    } else if (!gap && badge) badge.remove();
  };

  let observer;
  const decorate = () => {
    observer?.disconnect();
    for (const field of form.element.querySelectorAll('[data-path]')) {
      const path = field.dataset.path.replace(/#title$/, '');
      const own = sources.get(path);
      // A row and the field inside it share a path: the snippet goes once, to the outer one.
      const target = field.matches('.row') ? field.querySelector(':scope > .row-body') : field.matches('.field') ? field : undefined;
      if (own && target && !form.element.querySelector(`.draft-source[data-for="${CSS.escape(path)}"]`)) target.append(snippet(own, path, unit));
      if (defaults.has(path) && target && !form.element.querySelector(`.draft-default[data-for="${CSS.escape(path)}"]`)) {
        target.append(h('p', { class: 'draft-source draft-default', dataset: { for: path } }, text.fromDefaults));
      }
      if (field.matches('.field')) markGap(field);
    }
    observer?.observe(form.element, { childList: true, subtree: true });
  };
  observer = new MutationObserver(decorate);
  decorate();
  form.element.addEventListener('input', (event) => {
    const field = event.target.closest?.('.field[data-path]');
    if (field) markGap(field);
  });
  form.element.addEventListener('change', (event) => {
    const field = event.target.closest?.('.field[data-path]');
    if (field) markGap(field);
  });
}
