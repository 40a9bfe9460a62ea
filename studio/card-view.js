// The card view: one card at full size; switch template, theme and label language; download.
import { api, appHeader, cardUrl, config, errorList, fetchImage, h, select, t, toast, watchCatalogue } from './common.js';

const id = config.cardId;
const state = { card: undefined, templates: [], themes: [], options: { template: '', theme: '', locale: '' }, renderCount: 0 };
let currentUrls = [];

function imageQuery(extra = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...state.options, ...extra })) if (value) query.set(key, value);
  query.set('v', `${state.card?.tag ?? ''}`);
  return query.toString();
}

function downloadLinks() {
  const base = `/api/cards/${encodeURIComponent(id)}`;
  return ['png', 'svg', 'pdf'].map((format) =>
    h('a', { class: 'button button-small button-quiet', href: `${base}.${format}?${imageQuery({ download: '1' })}`, download: `${id}.${format}`, dataset: { format } }, format.toUpperCase()),
  );
}

async function renderImage() {
  const stage = document.querySelector('.stage');
  const meta = document.querySelector('.stage-meta');
  const problems = document.querySelector('.view-problems');
  document.querySelector('.downloads').replaceChildren(h('span', { class: 'downloads-label' }, t('download')), ...downloadLinks());
  if (!state.card.valid) {
    stage.dataset.state = 'invalid';
    problems.replaceChildren(errorList(state.card.errors));
    stage.replaceChildren(h('div', { class: 'stage-message' }, t('renderFailed')));
    meta.textContent = '';
    return;
  }
  const count = ++state.renderCount;
  stage.dataset.state = 'loading';
  meta.textContent = t('rendering');
  try {
    const onWait = (s) => (meta.textContent = t('retrying', s));
    const first = await fetchImage(`/api/cards/${encodeURIComponent(id)}.png?${imageQuery()}`, { onWait });
    // A phone card split into pages, or an a4/a5 card with a back side: every page, in order
    // (one render makes them all; the later pages come from the server's cache).
    const images = [first];
    for (let page = 2; page <= first.pages; page++) {
      if (count !== state.renderCount) return;
      images.push(await fetchImage(`/api/cards/${encodeURIComponent(id)}.png?${imageQuery({ page })}`, { onWait }));
    }
    if (count !== state.renderCount) return;
    for (const url of currentUrls) URL.revokeObjectURL(url);
    currentUrls = images.map((image) => URL.createObjectURL(image.blob));
    const title = state.card.title ?? id;
    stage.replaceChildren(
      ...images.map((image, index) =>
        h('img', { src: currentUrls[index], alt: images.length > 1 ? `${title} ${index + 1}/${images.length}` : title, width: image.width, height: image.height, class: 'full-card' }),
      ),
    );
    stage.dataset.state = 'ready';
    problems.replaceChildren();
    meta.textContent = [t('size', first.width, first.height), ...(images.length > 1 ? [t('pages', images.length)] : []), t('seconds', first.renderMs)].join(' · ');
  } catch (error) {
    if (count !== state.renderCount) return;
    stage.dataset.state = 'failed';
    stage.replaceChildren(h('div', { class: 'stage-message' }, t('renderFailed')));
    problems.replaceChildren(errorList(error.errors ?? []));
    meta.textContent = '';
  }
}

function renderControls() {
  const change = (key) => (event) => {
    state.options[key] = event.target.value;
    renderImage();
  };
  const templateOptions = state.templates.filter((template) => !template.error).map((template) => [template.name, template.description ? `${template.name} · ${template.description}` : template.name]);
  const themeOptions = state.themes.filter((theme) => !theme.error).map((theme) => [theme.name, theme.description ? `${theme.name} · ${theme.description}` : theme.name]);
  const locales = Object.entries(t('locales'));
  return h(
    'div',
    { class: 'controls' },
    select({ id: 'view-template', label: t('template'), options: templateOptions, value: state.options.template, onchange: change('template') }),
    select({ id: 'view-theme', label: t('theme'), options: themeOptions, value: state.options.theme, onchange: change('theme') }),
    select({ id: 'view-locale', label: t('locale'), options: locales, value: state.options.locale, onchange: change('locale') }),
  );
}

async function loadCard() {
  const { body } = await api(`/api/cards/${encodeURIComponent(id)}`);
  state.card = body;
  document.title = `${body.title ?? id} · ${t('appName')}`;
  document.querySelector('.view-title').textContent = body.title ?? id;
  document.querySelector('.view-file').textContent = body.file;
}

async function main() {
  const [cards, templates, themes] = await Promise.all([api('/api/cards'), api('/api/templates'), api('/api/themes')]);
  state.templates = templates.body.templates;
  state.themes = themes.body.themes;
  const defaults = cards.body.defaults;
  const summary = cards.body.cards.find((card) => card.id === id);
  state.options = { template: summary?.template ?? defaults.template, theme: summary?.theme ?? defaults.theme, locale: defaults.locale };

  document.getElementById('app').replaceChildren(
    appHeader({
      crumbs: [h('a', { href: '/' }, t('back'))],
      actions: [config.readOnly ? null : h('a', { class: 'button button-primary', href: `${cardUrl(id)}/edit` }, t('edit'))],
    }),
    h(
      'main',
      { class: 'page page-view' },
      h('div', { class: 'page-head' }, h('div', {}, h('h1', { class: 'view-title' }, id), h('p', { class: 'view-file mono' }))),
      h('div', { class: 'view-bar' }, renderControls(), h('div', { class: 'downloads' })),
      h('div', { class: 'view-problems' }),
      h('p', { class: 'stage-meta', 'aria-live': 'polite' }),
      h('div', { class: 'stage', dataset: { state: 'loading' } }),
    ),
  );
  try {
    await loadCard();
    await renderImage();
  } catch (error) {
    document.querySelector('.stage').replaceChildren(h('div', { class: 'stage-message' }, error.status === 404 ? t('notFound') : error.message));
  }
  watchCatalogue(async (change) => {
    if (change.reason === 'cards' && !change.ids.includes(id)) return;
    if (change.configError) toast(`${t('configError')}${change.configError}`, 'error');
    await loadCard();
    await renderImage();
    toast(t('reloaded'));
  });
}

main();
