// The form editor: the card as a form, a live preview rendered by the API as you type
// (debounced), messages beside the fields, save (atomic, only over the version you opened),
// and "new card" starting from a sample or from a policy document's draft (draft.js).
import { api, ApiError, appHeader, cardUrl, config, errorList, fetchImage, h, t, toast, watchCatalogue } from './common.js';
import { CardForm } from './form-builder.js';
import { decorateDraftForm, draftIntro, expiredDraftNotice, loadDraft } from './draft.js';

const PREVIEW_DELAY_MS = 450;

const state = {
  id: config.cardId ?? undefined,
  isNew: !config.cardId,
  tag: undefined,
  saved: undefined, // JSON text of the last saved/loaded value
  form: undefined,
  samples: [],
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

function showProblems(errors) {
  state.errors = errors;
  const unplaced = state.form.showErrors(errors);
  const box = document.querySelector('.preview-problems');
  if (errors.length === 0) {
    box.replaceChildren();
    box.hidden = true;
    return;
  }
  box.hidden = false;
  box.replaceChildren(
    h('p', { class: 'problems-title' }, t('previewProblems', errors.length)),
    errorList(errors, { onPick: (error) => focusField(error.path) }),
    unplaced.length && unplaced.length !== errors.length ? h('p', { class: 'field-hint' }, t('otherProblems')) : null,
  );
}

function focusField(path) {
  document.body.dataset.tab = 'form';
  state.form.focusPath(path);
}

function schedulePreview() {
  clearTimeout(state.previewTimer);
  state.previewTimer = setTimeout(renderPreview, PREVIEW_DELAY_MS);
}

async function renderPreview() {
  state.previewController?.abort();
  const controller = new AbortController();
  state.previewController = controller;
  const count = ++state.previewCount;
  const pane = document.querySelector('.preview-frame');
  const meta = document.querySelector('.preview-meta');
  pane.dataset.state = 'loading';
  meta.textContent = t('previewUpdating');
  const query = state.isNew ? '' : `?card=${encodeURIComponent(state.id)}`;
  try {
    const image = await fetchImage(`/api/render${query}`, {
      method: 'POST',
      body: state.form.value,
      signal: controller.signal,
      onWait: (seconds) => (meta.textContent = t('retrying', seconds)),
    });
    if (count !== state.previewCount) return;
    if (state.previewUrl) URL.revokeObjectURL(state.previewUrl);
    state.previewUrl = URL.createObjectURL(image.blob);
    const img = pane.querySelector('img') ?? h('img', { class: 'preview-image', alt: t('preview') });
    img.src = state.previewUrl;
    img.width = image.width;
    img.height = image.height;
    pane.replaceChildren(img);
    pane.dataset.state = 'ready';
    pane.dataset.renders = String(count);
    meta.textContent = t('previewReady', image.width, image.height, image.renderMs);
    showProblems([]);
  } catch (error) {
    if (error?.name === 'AbortError' || count !== state.previewCount) return;
    pane.dataset.state = pane.querySelector('img') ? 'stale' : 'empty';
    meta.textContent = error instanceof ApiError && error.status === 422 ? t('problems', error.errors.length) : error.message;
    showProblems(error.errors ?? []);
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
    state.saved = undefined;
    intro = draftIntro(draft, { onPick: focusField });
  } else if (state.isNew) {
    const sampleId = config.from ?? state.samples[0]?.id;
    const sample = sampleId ? (await api(`/api/cards/${encodeURIComponent(sampleId)}`)).body.spec : {};
    const taken = new Set(cards.body.cards.map((card) => card.id));
    value = { ...clone(sample ?? {}) };
    delete value.id;
    value = { id: uniqueId(sampleId ?? 'new-card', taken), ...value };
    state.saved = undefined;
    intro = h(
      'div',
      { class: 'new-intro' },
      h('p', {}, t('newHint')),
      state.samples.length
        ? h(
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
              state.samples.map((card) => h('option', { value: card.id, selected: card.id === sampleId }, card.title ?? card.id)),
            ),
          )
        : null,
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
