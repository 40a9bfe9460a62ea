// The form editor: the card as a form, a live preview rendered by the API as you type
// (debounced), messages beside the fields, save (atomic, only over the version you opened),
// and "new card" starting from a card of the folder, a bundled sample, a blank card or a policy
// document's draft (draft.js), its id following the title as it is typed.
import { api, ApiError, appHeader, cardUrl, config, errorList, fetchImage, h, t, toast, watchCatalogue } from './common.js';
import { CardForm } from './form-builder.js';
import { decorateDraftForm, draftIntro, expiredDraftNotice, loadDraft } from './draft.js';

// A keystroke's preview should be on screen within about 0.3 s: a short pause groups fast typing,
// the API only lays the card out (satori's SVG; downloads stay PNG), and a newer keystroke aborts
// the request in flight, which also takes it out of the server's queue.
const PREVIEW_DELAY_MS = 30;

const state = {
  id: config.cardId ?? undefined,
  isNew: !config.cardId,
  tag: undefined,
  saved: undefined, // JSON text of the last saved/loaded value
  form: undefined,
  samples: [],
  idTouched: false, // the id was typed by hand: the title no longer sets it
  idTitle: undefined, // the title the current id was made from
  idTimer: undefined,
  previewTimer: undefined,
  previewController: undefined,
  previewCount: 0,
  previewUrl: undefined,
  errors: [],
  saving: false,
};

const clone = (value) => JSON.parse(JSON.stringify(value));
const isDirty = () => state.form && JSON.stringify(state.form.value) !== state.saved;

function setStatus(text, kind = 'neutral') {
  const pill = document.querySelector('.save-status');
  pill.textContent = text;
  pill.dataset.kind = kind;
}

function refreshSaveState() {
  const dirty = isDirty();
  const button = document.querySelector('.save-button');
  if (button) button.disabled = config.readOnly || state.saving || (!dirty && !state.isNew);
  if (!state.saving) setStatus(config.readOnly ? t('readOnly') : dirty || state.isNew ? t('unsaved') : t('upToDate'), dirty ? 'dirty' : 'neutral');
}

/** The value at a JSON pointer of the form's value. */
function valueAt(pointer) {
  let node = state.form.value;
  for (const part of (pointer ?? '').split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

/** A problem of a field nobody has filled in yet: on a new card, a to-do rather than an error. */
function isUnfilled(error) {
  if (error.code !== 'E_SCHEMA' || !error.path) return false;
  const value = valueAt(error.path);
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0) || (Array.isArray(value) && value.every((item) => item === ''));
}

function showProblems(errors) {
  state.errors = errors;
  // A new card starts empty: what is still empty is listed as what to fill in, not marked red.
  const toFill = state.isNew ? errors.filter(isUnfilled) : [];
  const problems = errors.filter((error) => !toFill.includes(error));
  const unplaced = state.form.showErrors(problems);
  const box = document.querySelector('.preview-problems');
  box.dataset.kind = problems.length ? 'errors' : 'todo';
  if (errors.length === 0) {
    box.replaceChildren();
    box.hidden = true;
    return;
  }
  box.hidden = false;
  const parts = [];
  if (problems.length) {
    parts.push(h('p', { class: 'problems-title' }, t('previewProblems', problems.length)), errorList(problems, { onPick: (error) => focusField(error.path) }));
    if (unplaced.length && unplaced.length !== problems.length) parts.push(h('p', { class: 'field-hint' }, t('otherProblems')));
  }
  if (toFill.length) {
    parts.push(
      h('p', { class: 'problems-title todo-title' }, problems.length ? t('toFill', toFill.length) : t('fillFirst', toFill.length)),
      h(
        'ul',
        { class: 'todo-list' },
        toFill.map((error) => h('li', {}, h('button', { type: 'button', class: 'link-button', onclick: () => focusField(error.path) }, error.label ?? error.path))),
      ),
    );
  }
  // replaceChildren would print a null or a 0 as text: pass elements only.
  box.replaceChildren(...parts);
}

/** While the id has not been typed by hand, it follows the title: the pinyin id `import` makes. */
function followTitle() {
  if (!state.isNew || state.idTouched) return;
  const title = (state.form.value.title ?? '').trim();
  if (title === state.idTitle) return;
  clearTimeout(state.idTimer);
  state.idTimer = setTimeout(async () => {
    let body;
    try {
      ({ body } = await api(`/api/new-id?title=${encodeURIComponent(title)}`));
    } catch {
      return; // the id stays as it is; the user can still type one
    }
    state.idTitle = title;
    if (state.idTouched || !state.isNew) return;
    state.form.value.id = body.id;
    const input = document.getElementById('f_id');
    if (input) input.value = body.id;
    document.body.dataset.newId = body.id;
  }, 250);
}

function focusField(path) {
  document.body.dataset.tab = 'form';
  state.form.focusPath(path);
}

function schedulePreview() {
  // A keystroke after a pause is sent at once; while typing goes on (a preview is pending or on
  // its way), after a short pause, so a burst of keystrokes asks for one preview.
  const typing = state.previewTimer !== undefined || state.previewController !== undefined;
  clearTimeout(state.previewTimer);
  state.previewTimer = undefined;
  if (!typing) return void renderPreview();
  state.previewTimer = setTimeout(() => {
    state.previewTimer = undefined;
    renderPreview();
  }, PREVIEW_DELAY_MS);
}

async function renderPreview() {
  state.previewController?.abort();
  const controller = new AbortController();
  state.previewController = controller;
  const count = ++state.previewCount;
  const pane = document.querySelector('.preview-frame');
  const meta = document.querySelector('.preview-meta');
  pane.dataset.state = 'loading';
  // Which request the preview on screen answers (data-renders) and the newest one sent: tests and
  // bench/studio-preview.mjs read them.
  pane.dataset.requested = String(count);
  meta.textContent = t('previewUpdating');
  const query = state.isNew ? '?format=svg' : `?format=svg&card=${encodeURIComponent(state.id)}`;
  try {
    const image = await fetchImage(`/api/render${query}`, {
      method: 'POST',
      body: state.form.value,
      signal: controller.signal,
      onWait: (seconds) => (meta.textContent = t('retrying', seconds)),
    });
    if (count !== state.previewCount) return;
    const url = URL.createObjectURL(image.blob);
    const img = h('img', { class: 'preview-image', alt: t('preview'), src: url, width: image.width, height: image.height });
    // Decoded before it replaces the shown one (no blank frame); a newer preview may come first.
    await img.decode().catch(() => undefined);
    if (count !== state.previewCount) return URL.revokeObjectURL(url);
    if (state.previewUrl) URL.revokeObjectURL(state.previewUrl);
    state.previewUrl = url;
    pane.replaceChildren(img);
    pane.dataset.state = 'ready';
    pane.dataset.renders = String(count);
    meta.textContent = t('previewReady', image.width, image.height, image.renderMs);
    showProblems([]);
  } catch (error) {
    if (error?.name === 'AbortError' || count !== state.previewCount) return;
    pane.dataset.state = pane.querySelector('img') ? 'stale' : 'empty';
    showProblems(error.errors ?? []);
    const toFill = state.isNew ? state.errors.filter(isUnfilled).length : 0;
    meta.textContent =
      error instanceof ApiError && error.status === 422 ? (toFill === state.errors.length ? t('toFill', toFill) : t('problems', state.errors.length - toFill)) : error.message;
  } finally {
    if (state.previewController === controller) state.previewController = undefined;
  }
}

async function save() {
  if (config.readOnly || state.saving) return;
  state.saving = true;
  refreshSaveState();
  setStatus(t('saving'), 'busy');
  try {
    const value = state.form.value;
    if (state.isNew) {
      const { body, headers } = await api('/api/cards', { method: 'POST', body: value });
      state.id = body.id;
      state.isNew = false;
      state.tag = (headers.get('etag') ?? '').replace(/"/g, '');
      history.replaceState(null, '', `${cardUrl(state.id)}/edit`);
      renderHeader();
      state.form.idEditable = false;
      state.form.render();
    } else {
      const { body, headers } = await api(`/api/cards/${encodeURIComponent(state.id)}`, { method: 'PUT', body: value, headers: state.tag ? { 'If-Match': `"${state.tag}"` } : {} });
      state.tag = (headers.get('etag') ?? '').replace(/"/g, '');
      if (!body.written) toast(t('savedUnchanged'));
    }
    state.saved = JSON.stringify(value);
    state.saving = false;
    refreshSaveState();
    setStatus(t('saved'), 'ok');
    toast(t('saved'), 'ok');
    document.body.dataset.saved = String(Date.now());
  } catch (error) {
    state.saving = false;
    refreshSaveState();
    if (error.status === 422) {
      showProblems(error.errors);
      toast(t('saveBlocked', error.errors.length), 'error');
    } else if (error.status === 412) {
      showBanner(t('conflict'), [[t('loadDisk'), () => loadFromDisk()]]);
    } else {
      toast(error.message, 'error');
    }
    setStatus(error.status === 422 ? t('saveBlocked', error.errors.length) : error.message, 'error');
  }
}

function showBanner(message, actions = []) {
  const banner = document.querySelector('.editor-banner');
  banner.hidden = false;
  banner.replaceChildren(
    h('p', {}, message),
    h(
      'div',
      { class: 'banner-actions' },
      actions.map(([label, onclick]) =>
        h('button', {
          type: 'button',
          class: 'button button-small',
          onclick: () => {
            banner.hidden = true;
            onclick();
          },
        }, label),
      ),
    ),
  );
}

async function loadFromDisk() {
  const { body } = await api(`/api/cards/${encodeURIComponent(state.id)}`);
  state.tag = body.tag;
  const value = body.spec && typeof body.spec === 'object' ? body.spec : {};
  state.saved = JSON.stringify(value);
  state.form.defaults.id = body.id;
  state.form.setValue(clone(value));
  document.querySelector('.editor-title').textContent = body.title ?? state.id;
  refreshSaveState();
  showProblems(body.errors ?? []);
  schedulePreview();
  return body;
}

function renderHeader() {
  const header = appHeader({
    crumbs: [h('a', { href: '/' }, t('back')), h('span', { class: 'editor-title' }, state.isNew ? t('newTitle') : (state.form?.value.title ?? state.id))],
    actions: [
      h('span', { class: 'save-status', dataset: { kind: 'neutral' }, 'aria-live': 'polite' }),
      state.isNew ? null : h('a', { class: 'button button-quiet', href: cardUrl(state.id) }, t('view')),
      config.readOnly ? null : h('button', { type: 'button', class: 'button button-primary save-button', onclick: save }, t('save')),
    ],
  });
  const existing = document.querySelector('.app-header');
  if (existing) existing.replaceWith(header);
  else document.getElementById('app').prepend(header);
  refreshSaveState();
}

function uniqueId(base, taken) {
  if (!taken.has(base)) return base;
  const stem = base.replace(/-\d+$/, '');
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

async function main() {
  const [schema, templates, themes, cards] = await Promise.all([api('/api/schema'), api('/api/templates'), api('/api/themes'), api('/api/cards')]);
  const choices = {
    template: templates.body.templates.filter((entry) => !entry.error).map((entry) => [entry.name, entry.description ? `${entry.name} · ${entry.description}` : entry.name]),
    theme: themes.body.themes.filter((entry) => !entry.error).map((entry) => [entry.name, entry.description ? `${entry.name} · ${entry.description}` : entry.name]),
  };
  const defaults = { template: cards.body.defaults.template, theme: cards.body.defaults.theme, id: state.id };
  state.samples = cards.body.cards.filter((card) => card.valid && card.id);

  let value = {};
  let intro = null;
  const draft = state.isNew && config.draft ? loadDraft(config.draft) : undefined;
  if (draft) {
    value = clone(draft.spec);
    state.idTitle = (value.title ?? '').trim();
    state.saved = undefined;
    intro = draftIntro(draft, { onPick: focusField });
  } else if (state.isNew) {
    // Where a new card starts: ?from=<id of a card here>, ?from=sample:<bundled sample>, ?from=blank;
    // by default the folder's first card, else the first bundled sample (so an empty folder has one too).
    const bundled = (await api('/api/samples')).body.samples;
    const from = config.from ?? (state.samples[0] ? state.samples[0].id : bundled[0] ? `sample:${bundled[0].id}` : 'blank');
    const taken = new Set(cards.body.cards.map((card) => card.id));
    let base = 'new-card';
    let sample = {};
    if (from.startsWith('sample:')) {
      const found = bundled.find((entry) => `sample:${entry.id}` === from);
      sample = found?.spec ?? {};
      base = found ? found.id : base;
    } else if (from !== 'blank') {
      sample = (await api(`/api/cards/${encodeURIComponent(from)}`)).body.spec ?? {};
      base = from;
    }
    value = { ...clone(sample) };
    delete value.id;
    value = { id: uniqueId(base, taken), ...value };
    state.idTitle = (value.title ?? '').trim();
    state.saved = undefined;
    intro = h(
      'div',
      { class: 'new-intro' },
      h('p', {}, from === 'blank' ? t('newHintBlank') : t('newHint')),
      h(
        'label',
        { class: 'control' },
        h('span', { class: 'control-label' }, t('newFrom')),
        h(
          'select',
          {
            id: 'sample-select',
            onchange: (event) => {
              location.href = `/new?from=${encodeURIComponent(event.target.value)}`;
            },
          },
          h('option', { value: 'blank', selected: from === 'blank' }, t('blankCard')),
          state.samples.length
            ? h('optgroup', { label: t('ownCards') }, state.samples.map((card) => h('option', { value: card.id, selected: card.id === from }, card.title ?? card.id)))
            : null,
          bundled.length
            ? h('optgroup', { label: t('bundledSamples') }, bundled.map((entry) => h('option', { value: `sample:${entry.id}`, selected: `sample:${entry.id}` === from }, entry.title)))
            : null,
        ),
      ),
    );
  } else {
    const { body } = await api(`/api/cards/${encodeURIComponent(state.id)}`);
    state.tag = body.tag;
    value = body.spec && typeof body.spec === 'object' ? body.spec : {};
    state.saved = JSON.stringify(value);
    defaults.id = body.id;
  }

  state.form = new CardForm({
    schema: schema.body,
    value: clone(value),
    choices,
    defaults,
    idEditable: state.isNew,
    readOnly: config.readOnly,
    onChange: () => {
      refreshSaveState();
      followTitle();
      const title = document.querySelector('.editor-title');
      if (title && !state.isNew) title.textContent = state.form.value.title || state.id;
      schedulePreview();
    },
  });

  document.getElementById('app').replaceChildren(
    h(
      'main',
      { class: 'editor' },
      h(
        'div',
        { class: 'editor-tabs', role: 'tablist' },
        h('button', { type: 'button', role: 'tab', class: 'tab', dataset: { tab: 'form' }, onclick: () => (document.body.dataset.tab = 'form') }, t('form')),
        h('button', { type: 'button', role: 'tab', class: 'tab', dataset: { tab: 'preview' }, onclick: () => (document.body.dataset.tab = 'preview') }, t('preview')),
      ),
      h(
        'div',
        { class: 'editor-columns' },
        h(
          'section',
          { class: 'editor-form', 'aria-label': t('form') },
          config.readOnly ? h('p', { class: 'notice' }, t('readOnly')) : null,
          h('div', { class: 'editor-banner', role: 'alert', hidden: true }),
          intro,
          state.form.element,
        ),
        h(
          'aside',
          { class: 'editor-preview', 'aria-label': t('preview') },
          h('div', { class: 'preview-head' }, h('h2', {}, t('preview')), h('p', { class: 'preview-meta', 'aria-live': 'polite' })),
          h('div', { class: 'preview-problems', hidden: true }),
          h('div', { class: 'preview-frame', dataset: { state: 'empty' } }, h('p', { class: 'preview-empty' }, t('previewEmpty'))),
        ),
      ),
    ),
  );
  if (draft) decorateDraftForm(state.form, draft);
  else if (config.draft) state.form.element.before(expiredDraftNotice());
  document.body.dataset.tab = 'form';
  // Typing in the id field takes it over from the title.
  state.form.element.addEventListener('input', (event) => {
    if (event.target?.id === 'f_id') state.idTouched = true;
  });
  renderHeader();
  renderPreview();

  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      save();
    }
  });
  window.addEventListener('beforeunload', (event) => {
    if (isDirty() && !config.readOnly) {
      event.preventDefault();
      event.returnValue = t('leaveWarning');
    }
  });
  watchCatalogue(async (change) => {
    if (change.configError) toast(`${t('configError')}${change.configError}`, 'error');
    if (state.isNew) return;
    if (change.reason !== 'cards') {
      schedulePreview();
      return;
    }
    if (!change.ids.includes(state.id)) return;
    const { body } = await api(`/api/cards/${encodeURIComponent(state.id)}`);
    if (body.tag === state.tag) return;
    if (!isDirty()) {
      await loadFromDisk();
      toast(t('reloaded'));
    } else {
      showBanner(t('changedOnDisk'), [
        [t('loadDisk'), () => loadFromDisk()],
        [t('keepMine'), () => (state.tag = body.tag)],
      ]);
    }
  });
}

main().catch((error) => {
  document.getElementById('app').replaceChildren(appHeader({ crumbs: [h('a', { href: '/' }, t('back'))] }), h('main', { class: 'page' }, h('p', { class: 'notice notice-error' }, error.status === 404 ? t('notFound') : error.message)));
});
