// Shared by the studio pages: configuration, texts, a small DOM builder, API calls, live reload.
import { STRINGS } from './i18n.js';

export const config = JSON.parse(document.getElementById('studio-config')?.textContent ?? '{}');
export const lang = config.lang === 'en' ? 'en' : 'zh';
export const strings = STRINGS[lang];

/** A text of the current language; functions are called with `args`. */
export function t(key, ...args) {
  const value = strings[key];
  return typeof value === 'function' ? value(...args) : (value ?? key);
}

/**
 * Build an element: h('a', { href: '/', class: 'x', onclick }, 'text', child). Text is always
 * set as text, never parsed as HTML.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name === 'value') element.value = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** An error answered by the API, with its structured messages. */
export class ApiError extends Error {
  constructor(status, errors, retryAfter) {
    super(errors[0]?.message ?? `HTTP ${status}`);
    this.status = status;
    this.errors = errors;
    this.retryAfter = retryAfter;
  }
}

function withLang(url) {
  return url.includes('?') ? `${url}&lang=${lang}` : `${url}?lang=${lang}`;
}

async function failure(response) {
  let errors = [];
  try {
    errors = (await response.json()).errors ?? [];
  } catch {
    errors = [{ code: 'E_INTERNAL', message: `${t('serverError')} (HTTP ${response.status})`, text: `${t('serverError')} (HTTP ${response.status})` }];
  }
  return new ApiError(response.status, errors, Number(response.headers.get('retry-after') ?? 0) || undefined);
}

async function request(url, options = {}) {
  try {
    return await fetch(withLang(url), { credentials: 'same-origin', ...options });
  } catch (error) {
    if (error?.name === 'AbortError') throw error;
    throw new ApiError(0, [{ code: 'E_NETWORK', message: t('networkError'), text: t('networkError') }]);
  }
}

/** GET/PUT/POST JSON; resolves with { body, headers } or throws ApiError. */
export async function api(url, { method = 'GET', body, headers = {}, signal } = {}) {
  const response = await request(url, {
    method,
    signal,
    headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw await failure(response);
  return { body: await response.json(), headers: response.headers };
}

/**
 * An image from the API as a blob, waiting and retrying when the render queue is full (503).
 * `onWait(seconds)` is told about each wait.
 */
export async function fetchImage(url, { method = 'GET', body, signal, onWait } = {}) {
  for (let attempt = 0; ; attempt++) {
    const response = await request(url, {
      method,
      signal,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.ok) {
      const timing = /dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '');
      return {
        blob: await response.blob(),
        width: Number(response.headers.get('x-card-width')),
        height: Number(response.headers.get('x-card-height')),
        pages: Number(response.headers.get('x-card-pages')) || 1,
        renderMs: timing ? Number(timing[1]) : 0,
      };
    }
    const error = await failure(response);
    if (response.status !== 503 || attempt >= 20) throw error;
    const seconds = error.retryAfter ?? 1;
    onWait?.(seconds);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
  }
}

/**
 * Listen for changes on disk; `onChange(change)` gets { version, reason, ids, configError }.
 * `onConnect(hello)` gets { version } on every (re)connection, so a page can catch up with
 * changes made while it was loading or disconnected.
 */
export function watchCatalogue(onChange, onConnect) {
  const source = new EventSource('/api/events');
  source.addEventListener('hello', (event) => {
    document.body.dataset.live = 'true';
    onConnect?.(JSON.parse(event.data));
  });
  source.addEventListener('error', () => delete document.body.dataset.live);
  source.addEventListener('catalogue', (event) => onChange(JSON.parse(event.data)));
  return () => source.close();
}

/** The page header: brand, navigation, and actions on the right. */
export function appHeader({ crumbs = [], actions = [] } = {}) {
  return h(
    'header',
    { class: 'app-header' },
    h(
      'div',
      { class: 'app-header-inner' },
      h('a', { class: 'brand', href: '/' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '明'), h('span', { class: 'brand-name' }, t('appName'))),
      crumbs.length ? h('nav', { class: 'crumbs', 'aria-label': 'breadcrumb' }, crumbs.map((crumb) => [h('span', { class: 'crumb-sep', 'aria-hidden': 'true' }, '/'), crumb])) : null,
      h('div', { class: 'header-actions' }, actions),
    ),
  );
}

let toastTimer;
/** A short message at the bottom of the screen. */
export function toast(message, kind = 'info') {
  let element = document.querySelector('.toast');
  if (!element) {
    element = h('div', { class: 'toast', role: 'status', 'aria-live': 'polite' });
    document.body.append(element);
  }
  element.textContent = message;
  element.className = `toast toast-${kind} toast-show`;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => element.classList.remove('toast-show'), 3200);
}

/** A list of API messages, each with its field label when it has one. */
export function errorList(errors, { onPick } = {}) {
  return h(
    'ul',
    { class: 'error-list' },
    errors.map((error) =>
      h(
        'li',
        // The code stays available (hover, tests, support calls) without standing in the message.
        { 'data-code': error.code, title: error.code },
        error.label && onPick ? h('button', { type: 'button', class: 'link-button', onclick: () => onPick(error) }, error.label) : error.label ? h('strong', {}, error.label) : null,
        error.label ? (lang === 'zh' ? '：' : ': ') : null,
        error.label ? error.text : error.message,
      ),
    ),
  );
}

/** A select whose options are [value, label] pairs. */
export function select({ id, label, options, value, onchange, name }) {
  return h(
    'label',
    { class: 'control', for: id },
    h('span', { class: 'control-label' }, label),
    h(
      'select',
      { id, name: name ?? id, onchange },
      options.map(([optionValue, optionLabel]) => h('option', { value: optionValue, selected: optionValue === value }, optionLabel)),
    ),
  );
}

export function cardUrl(id) {
  return `/cards/${encodeURIComponent(id)}`;
}
