// The gallery: every card with a thumbnail and its validation state, filters, live reload.
import { api, appHeader, cardUrl, errorList, fetchImage, h, t, toast, watchCatalogue } from './common.js';
import { draftEntry } from './draft.js';

const state = {
  cards: [],
  templates: [],
  settingsVersion: 0,
  canCreate: false,
  filters: { text: '', category: '', template: '', status: '' },
};
const tiles = new Map(); // id|file → { element, card, imageKey }

// Thumbnails load a few at a time, nearest first, so a big catalogue never floods the queue.
const thumbnailQueue = [];
let thumbnailsRunning = 0;
const MAX_THUMBNAIL_LOADS = 2;

function keyOf(card) {
  return card.id ?? card.file;
}

function matches(card) {
  const { text, category, template, status } = state.filters;
  if (category && card.category !== category) return false;
  if (template && card.template !== template) return false;
  if (status === 'valid' && !card.valid) return false;
  if (status === 'invalid' && card.valid) return false;
  if (text) {
    const haystack = [card.title, card.id, card.file, card.category, card.docNo, card.issuer].filter(Boolean).join(' ').toLowerCase();
    if (!haystack.includes(text.toLowerCase())) return false;
  }
  return true;
}

function loadNextThumbnails() {
  while (thumbnailsRunning < MAX_THUMBNAIL_LOADS && thumbnailQueue.length > 0) {
    const job = thumbnailQueue.shift();
    if (!job.tile.element.isConnected || job.tile.imageKey !== job.imageKey) continue;
    thumbnailsRunning++;
    job.run().finally(() => {
      thumbnailsRunning--;
      loadNextThumbnails();
    });
  }
}

function queueThumbnail(tile) {
  const card = tile.card;
  const frame = tile.element.querySelector('.thumb');
  const imageKey = `${card.tag}:${state.settingsVersion}`;
  if (tile.imageKey === imageKey && frame.dataset.state === 'ready') return;
  tile.imageKey = imageKey;
  if (!card.valid || !card.id) {
    frame.dataset.state = 'invalid';
    frame.replaceChildren(h('div', { class: 'thumb-message' }, h('span', { class: 'thumb-icon', 'aria-hidden': 'true' }, '!'), t('renderFailed')));
    return;
  }
  if (frame.dataset.state !== 'ready') {
    frame.dataset.state = 'loading';
    frame.replaceChildren(h('div', { class: 'thumb-message' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), t('rendering')));
  }
  thumbnailQueue.push({
    tile,
    imageKey,
    run: async () => {
      try {
        const image = await fetchImage(`/api/cards/${encodeURIComponent(card.id)}.png?v=${encodeURIComponent(imageKey)}`);
        if (tile.imageKey !== imageKey) return;
        const url = URL.createObjectURL(image.blob);
        const img = h('img', { src: url, alt: card.title ?? card.id, width: image.width, height: image.height, decoding: 'async' });
        img.addEventListener('load', () => setTimeout(() => URL.revokeObjectURL(url), 1000), { once: true });
        frame.dataset.state = 'ready';
        frame.replaceChildren(img);
      } catch (error) {
        if (tile.imageKey !== imageKey) return;
        frame.dataset.state = 'failed';
        frame.replaceChildren(h('div', { class: 'thumb-message' }, h('span', { class: 'thumb-icon', 'aria-hidden': 'true' }, '!'), t('renderFailed')));
        // Problems found only by rendering (too tall, overflow) are shown like the others.
        const problems = tile.element.querySelector('.tile-problems');
        if (error.errors?.length && problems) {
          problems.replaceChildren(errorList(error.errors));
          tile.element.classList.add('tile-invalid');
          tile.element.querySelector('.status').replaceWith(statusBadge(false, error.errors.length));
        }
      }
    },
  });
  loadNextThumbnails();
}

function statusBadge(valid, problemCount) {
  return valid
    ? h('span', { class: 'status status-ok' }, h('span', { class: 'dot', 'aria-hidden': 'true' }), t('valid'))
    : h('span', { class: 'status status-bad' }, h('span', { class: 'dot', 'aria-hidden': 'true' }), t('problems', problemCount));
}

function templateLabel(name) {
  const template = state.templates.find((entry) => entry.name === name);
  return template?.description ? `${name} · ${template.description}` : name;
}

function renderTile(card) {
  const href = card.id ? cardUrl(card.id) : undefined;
  const element = h(
    'article',
    { class: `tile${card.valid ? '' : ' tile-invalid'}`, dataset: { id: card.id ?? '', file: card.file } },
    h('a', { class: 'thumb-link', href, tabindex: '-1', 'aria-hidden': 'true' }, h('div', { class: 'thumb', dataset: { state: 'empty' } })),
    h(
      'div',
      { class: 'tile-body' },
      h('div', { class: 'tile-top' }, statusBadge(card.valid, card.errors.length), card.category ? h('span', { class: 'chip' }, card.category) : null),
      h('h2', { class: 'tile-title' }, href ? h('a', { href }, card.title ?? card.id ?? card.file) : card.title ?? card.file),
      h('p', { class: 'tile-meta' }, h('span', { class: 'mono' }, card.file), h('span', {}, card.template), card.edition ? h('span', {}, card.edition) : null),
      h('div', { class: 'tile-problems' }, card.valid ? null : errorList(card.errors)),
      h(
        'div',
        { class: 'tile-actions' },
        href ? h('a', { class: 'button button-small', href }, t('view')) : null,
        card.id ? h('a', { class: 'button button-small button-quiet', href: `${cardUrl(card.id)}/edit` }, t('edit')) : null,
      ),
    ),
  );
  return element;
}

function renderGrid() {
  const grid = document.querySelector('.grid');
  const shown = state.cards.filter(matches);
  const elements = [];
  for (const card of shown) {
    const key = keyOf(card);
    let tile = tiles.get(key);
    if (!tile || tile.card.tag !== card.tag || tile.card.valid !== card.valid || JSON.stringify(tile.card.errors) !== JSON.stringify(card.errors) || tile.card.title !== card.title) {
      const previous = tile;
      tile = { element: renderTile(card), card, imageKey: undefined };
      // Keep showing the old picture until the new one is ready.
      const oldImage = previous?.element.querySelector('.thumb img');
      if (oldImage && card.valid) {
        const frame = tile.element.querySelector('.thumb');
        frame.dataset.state = 'ready';
        frame.replaceChildren(oldImage);
      }
      if (previous) tile.element.classList.add('tile-updated');
      tiles.set(key, tile);
    }
    elements.push(tile.element);
  }
  grid.replaceChildren(...elements);
  for (const card of shown) queueThumbnail(tiles.get(keyOf(card)));
  document.querySelector('.empty').hidden = shown.length > 0;
  document.querySelector('.empty').textContent = state.cards.length === 0 ? t('noCards') : t('noMatch');
  const valid = state.cards.filter((card) => card.valid).length;
  const parts = [h('span', { class: 'summary-count' }, t('cardsShown', shown.length, state.cards.length)), h('span', { class: 'summary-ok' }, t('summaryValid', valid))];
  if (state.cards.length > valid) parts.push(h('span', { class: 'summary-bad' }, t('summaryInvalid', state.cards.length - valid)));
  document.querySelector('.summary').replaceChildren(...parts);
}

function renderFilterOptions() {
  const fill = (selectElement, values, allLabel, labelOf = (value) => value) => {
    const current = selectElement.value;
    selectElement.replaceChildren(h('option', { value: '' }, allLabel), ...values.map((value) => h('option', { value, selected: value === current }, labelOf(value))));
  };
  const categories = [...new Set(state.cards.map((card) => card.category).filter(Boolean))].sort();
  const templates = [...new Set(state.cards.map((card) => card.template))].sort();
  fill(document.getElementById('filter-category'), categories, t('allCategories'));
  fill(document.getElementById('filter-template'), templates, t('allTemplates'), templateLabel);
}

async function loadCards() {
  const { body } = await api('/api/cards');
  state.version = body.version;
  state.cards = body.cards;
  state.settingsVersion = body.settingsVersion;
  state.canCreate = body.canCreate;
  document.querySelector('.new-card').hidden = !state.canCreate;
  document.querySelector('.draft-button').hidden = !state.canCreate;
  renderFilterOptions();
  renderGrid();
}

function layout() {
  const filter = (key) => (event) => {
    state.filters[key] = event.target.value;
    renderGrid();
  };
  const draft = draftEntry();
  document.getElementById('app').replaceChildren(
    appHeader({ actions: [draft.button, h('a', { class: 'button button-primary new-card', href: '/new', hidden: true }, '+ ', t('newCard'))] }),
    h(
      'main',
      { class: 'page' },
      h(
        'div',
        { class: 'page-head' },
        h('h1', {}, t('gallery')),
        h('p', { class: 'summary' }),
      ),
      draft.status,
      h(
        'div',
        { class: 'toolbar', role: 'search' },
        h('input', { type: 'search', id: 'filter-text', class: 'search', placeholder: t('search'), 'aria-label': t('search'), oninput: filter('text') }),
        h('select', { id: 'filter-category', 'aria-label': t('allCategories'), onchange: filter('category') }),
        h('select', { id: 'filter-template', 'aria-label': t('allTemplates'), onchange: filter('template') }),
        h(
          'select',
          { id: 'filter-status', 'aria-label': t('allStates'), onchange: filter('status') },
          h('option', { value: '' }, t('allStates')),
          h('option', { value: 'valid' }, t('stateValid')),
          h('option', { value: 'invalid' }, t('stateInvalid')),
        ),
      ),
      h('div', { class: 'grid', 'aria-live': 'polite' }),
      h('p', { class: 'empty', hidden: true }),
    ),
  );
}

async function main() {
  layout();
  const templates = await api('/api/templates').catch(() => ({ body: { templates: [] } }));
  state.templates = templates.body.templates;
  try {
    await loadCards();
  } catch (error) {
    toast(error.message, 'error');
  }
  document.body.dataset.version = 'ready';
  watchCatalogue(
    async (change) => {
      if (change.configError) toast(`${t('configError')}${change.configError}`, 'error');
      await loadCards();
      document.body.dataset.version = String(change.version);
    },
    (hello) => {
      if (hello.version !== state.version) loadCards();
    },
  );
}

main();
