// A form generated from the card's JSON Schema (served at /api/schema), so it follows the
// spec format without being rewritten when a field is added. Strings become inputs (dates:
// date inputs, enums: selects), arrays become rows that can be added, removed and reordered,
// objects become groups. The form edits a plain JS value in place and keeps every key it does
// not show (e.g. "$schema"), so saving never loses anything from the file.
import { h, lang, t } from './common.js';
import { ADVANCED, FIELDS, GROUPS, HIDDEN } from './i18n.js';

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const COLOR_PATTERN = '^#[0-9a-fA-F]{6}$';
const fields = FIELDS[lang];

/** JSON Pointer of a list of keys and indexes: ['conditions', 2] → /conditions/2 */
export function pointer(parts) {
  return parts.length === 0 ? '/' : parts.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function parentPointer(path) {
  const cut = path.lastIndexOf('/');
  return cut <= 0 ? undefined : path.slice(0, cut);
}

function classify(node) {
  if (node.anyOf) {
    const object = node.anyOf.find((branch) => branch.type === 'object');
    const array = node.anyOf.find((branch) => branch.type === 'array');
    const string = node.anyOf.find((branch) => branch.type === 'string');
    if (object && array) return { kind: 'oneOrMany', item: object, max: array.maxItems ?? 2 };
    if (object && string) return { kind: 'textOrObject', object, string };
    return { kind: 'text' };
  }
  if (node.type === 'array') return { kind: 'list', item: node.items ?? {}, min: node.minItems ?? 0, max: node.maxItems ?? Infinity };
  if (node.type === 'object') return { kind: 'object' };
  if (node.enum) return { kind: 'enum' };
  if (node.pattern === DATE_PATTERN) return { kind: 'date' };
  if (node.pattern === COLOR_PATTERN) return { kind: 'color' };
  return { kind: (node.maxLength ?? 0) >= 200 ? 'textarea' : 'text' };
}

/** The smallest value of a schema node that has every required part, for "add" buttons. */
function emptyOf(node) {
  const info = classify(node);
  if (info.kind === 'list') return info.min > 0 ? [emptyOf(info.item)] : [];
  if (info.kind === 'oneOrMany') return emptyOf(info.item);
  if (info.kind === 'object') {
    const value = {};
    for (const key of node.required ?? []) value[key] = emptyOf(node.properties[key]);
    return value;
  }
  return '';
}

/** An object of `columns` (texts) and `rows` (lists of texts): edited as a table. */
function isTable(node) {
  const { columns, rows } = node.properties ?? {};
  return Object.keys(node.properties ?? {}).length === 2 && columns?.type === 'array' && columns.items?.type === 'string' && rows?.type === 'array' && rows.items?.type === 'array';
}

function metaOf(metaKey) {
  const meta = fields[metaKey] ?? fields[metaKey.replace(/\.\*$/, '')] ?? {};
  const last = metaKey.split('.').filter((part) => part !== '*').pop() ?? metaKey;
  return { label: meta.label ?? last, hint: meta.hint, placeholder: meta.placeholder };
}

function controlId(parts) {
  return `f${pointer(parts).replace(/[^A-Za-z0-9]/g, '_')}`;
}

function visualLength(text) {
  return [...text].length;
}

export class CardForm {
  /**
   * @param schema    the card JSON Schema
   * @param value     the spec (edited in place)
   * @param choices   { template: [[name, label]], theme: [...] } for selects
   * @param defaults  { template, theme } shown as the default choice
   * @param idEditable  the id may be typed (a new card)
   * @param onChange  called after every edit
   */
  constructor({ schema, value, choices = {}, defaults = {}, idEditable = false, readOnly = false, onChange = () => undefined }) {
    this.schema = schema;
    this.value = value;
    this.choices = choices;
    this.defaults = defaults;
    this.idEditable = idEditable;
    this.readOnly = readOnly;
    this.onChange = onChange;
    this.element = h('div', { class: 'card-form' });
    this.render();
  }

  setValue(value) {
    this.value = value;
    this.render();
  }

  // ---- reading and writing the value ----

  get(parts) {
    let node = this.value;
    for (const part of parts) {
      if (node === null || typeof node !== 'object') return undefined;
      node = node[part];
    }
    return node;
  }

  set(parts, next) {
    let node = this.value;
    for (const part of parts.slice(0, -1)) node = node[part];
    node[parts.at(-1)] = next;
  }

  remove(parts) {
    const parent = this.get(parts.slice(0, -1));
    if (Array.isArray(parent)) parent.splice(parts.at(-1), 1);
    else if (parent) delete parent[parts.at(-1)];
  }

  changed({ structure = false } = {}) {
    if (structure) this.render();
    this.onChange(this.value);
  }

  // ---- rendering ----

  /** Rebuild the form, keeping the focused control and its caret. */
  render() {
    const active = document.activeElement;
    const focusId = active && this.element.contains(active) ? active.id : undefined;
    const selection = focusId && 'selectionStart' in active ? [active.selectionStart, active.selectionEnd] : undefined;
    const properties = this.schema.properties ?? {};
    const required = new Set(this.schema.required ?? []);
    const placed = new Set();
    const sections = [];
    const groups = [...GROUPS, { name: 'other', keys: Object.keys(properties).filter((key) => !GROUPS.some((group) => group.keys.includes(key))) }];
    for (const group of groups) {
      const keys = group.keys.filter((key) => properties[key] && !HIDDEN.has(key) && !placed.has(key));
      if (keys.length === 0) continue;
      keys.forEach((key) => placed.add(key));
      sections.push(
        h(
          'section',
          { class: 'form-section', dataset: { group: group.name } },
          h('h2', { class: 'form-section-title' }, t('groups')[group.name] ?? group.name),
          // A section of one field already says its name: the field need not repeat it.
          keys.map((key) => this.renderNode(properties[key], [key], key, required.has(key) || (key === 'id' && this.idEditable), { bare: keys.length === 1 })),
        ),
      );
    }
    this.element.replaceChildren(...sections);
    if (focusId) {
      const again = document.getElementById(focusId);
      if (again) {
        again.focus({ preventScroll: true });
        if (selection && 'setSelectionRange' in again) {
          try {
            again.setSelectionRange(selection[0], selection[1]);
          } catch {
            // Not every input type has a caret (date, select).
          }
        }
      }
    }
    for (const area of this.element.querySelectorAll('textarea')) fitTextarea(area);
  }

  renderNode(node, parts, metaKey, required, options = {}) {
    const info = classify(node);
    if (info.kind === 'list') return this.renderList(node, info, parts, metaKey, required, options);
    if (info.kind === 'oneOrMany') return this.renderOneOrMany(info, parts, metaKey, required);
    if (info.kind === 'object' && isTable(node)) return this.renderTable(node, parts, metaKey, required);
    if (info.kind === 'object') return this.renderObject(node, parts, metaKey, required, options);
    if (info.kind === 'textOrObject') return this.renderStep(info, parts, metaKey, options);
    return this.renderScalar(node, info, parts, metaKey, required, options);
  }

  /** The label row of a field: name, required/optional, hint. */
  /** An optional section or list that is not in the card yet: one button that adds it. */
  absentField(parts, label, makeEmpty, hint) {
    return h(
      'div',
      { class: 'field field-absent', dataset: { path: pointer(parts) } },
      h(
        'button',
        {
          type: 'button',
          class: 'add-button',
          disabled: this.readOnly,
          onclick: () => {
            this.set(parts, makeEmpty());
            this.changed({ structure: true });
          },
        },
        '+ ',
        t('addSection', label),
      ),
      hint ? h('p', { class: 'field-hint' }, hint) : null,
      h('div', { class: 'field-error', role: 'alert' }),
    );
  }

  fieldHead(meta, forId, required, extra, locked = false) {
    return h(
      'div',
      { class: 'field-head' },
      h('label', { class: 'field-label', for: forId }, meta.label, locked ? null : required ? h('span', { class: 'req', title: t('required') }, '*') : h('span', { class: 'opt' }, t('optional'))),
      extra,
    );
  }

  renderScalar(node, info, parts, metaKey, required, { inRow = false, rowLabel } = {}) {
    const meta = metaOf(metaKey);
    const id = controlId(parts);
    const value = this.get(parts);
    const idLocked = metaKey === 'id' && !this.idEditable;
    // A card without "id" takes its file name; show it, locked.
    const text = typeof value === 'string' ? value : value === undefined ? (idLocked ? (this.defaults.id ?? '') : '') : JSON.stringify(value);
    const common = { id, name: pointer(parts), disabled: this.readOnly || idLocked, 'aria-label': inRow ? `${metaOf(metaKey.replace(/\.\*$/, '')).label} ${rowLabel ?? ''}`.trim() : undefined };
    let control;
    const choices = this.choices[metaKey];
    if (choices) {
      control = h(
        'select',
        common,
        h('option', { value: '' }, t('defaultValue', this.defaults[metaKey] ?? '')),
        choices.map(([choice, label]) => h('option', { value: choice, selected: choice === text }, label)),
        text && !choices.some(([choice]) => choice === text) ? h('option', { value: text, selected: true }, text) : null,
      );
    } else if (info.kind === 'enum') {
      control = h(
        'select',
        common,
        required ? null : h('option', { value: '' }, t('none')),
        node.enum.map((choice) => h('option', { value: choice, selected: choice === text }, choice)),
      );
    } else if (info.kind === 'date') {
      control = h('input', { ...common, type: 'date', value: text });
    } else if (info.kind === 'textarea') {
      control = h('textarea', { ...common, rows: 1, placeholder: meta.placeholder }, text);
    } else {
      control = h('input', { ...common, type: 'text', value: text, placeholder: meta.placeholder ?? (info.kind === 'color' ? '#000000' : undefined), spellcheck: 'false', autocomplete: 'off' });
    }
    const counter = node.maxLength && info.kind !== 'date' && info.kind !== 'enum' && !choices ? h('span', { class: 'counter', 'aria-hidden': 'true' }) : null;
    const updateCounter = () => {
      if (!counter) return;
      const length = visualLength(control.value);
      counter.textContent = t('counter', length, node.maxLength);
      counter.classList.toggle('counter-over', length > node.maxLength);
      counter.hidden = length < node.maxLength * 0.6 && length <= node.maxLength;
    };
    updateCounter();
    const onEdit = () => {
      const next = control.value;
      if (next === '' && !required && !inRow) this.remove(parts);
      else this.set(parts, next);
      updateCounter();
      if (control.tagName === 'TEXTAREA') fitTextarea(control);
      this.changed();
    };
    control.addEventListener(control.tagName === 'SELECT' || info.kind === 'date' ? 'change' : 'input', onEdit);
    if (info.kind === 'date') control.addEventListener('input', onEdit);
    if (inRow) {
      return h('div', { class: 'field field-inline', dataset: { path: pointer(parts) } }, control, counter, h('div', { class: 'field-error', role: 'alert' }));
    }
    return h(
      'div',
      { class: `field field-${info.kind}`, dataset: { path: pointer(parts) } },
      this.fieldHead(meta, id, required, counter, idLocked),
      control,
      meta.hint ? h('p', { class: 'field-hint' }, meta.hint) : null,
      h('div', { class: 'field-error', role: 'alert' }),
    );
  }

  /** A process step: a short title and an optional detail; written as a plain string when it has no detail. */
  renderStep(info, parts, metaKey, { rowLabel } = {}) {
    const item = this.get(parts);
    const isObject = item !== null && typeof item === 'object';
    const title = isObject ? (item.title ?? '') : (item ?? '');
    const detail = isObject ? (item.detail ?? '') : '';
    const titleId = controlId([...parts, 'title']);
    const detailId = controlId([...parts, 'detail']);
    const titleMeta = metaOf(`${metaKey}.title`);
    const detailMeta = metaOf(`${metaKey}.detail`);
    const titleInput = h('input', { id: titleId, type: 'text', value: title, disabled: this.readOnly, 'aria-label': `${titleMeta.label} ${rowLabel ?? ''}`, placeholder: titleMeta.label });
    const detailInput = h('textarea', { id: detailId, rows: 1, disabled: this.readOnly, 'aria-label': `${detailMeta.label} ${rowLabel ?? ''}`, placeholder: `${detailMeta.label}（${t('optional')}）` }, detail);
    titleInput.addEventListener('input', () => {
      const current = this.get(parts);
      if (current !== null && typeof current === 'object') current.title = titleInput.value;
      else this.set(parts, titleInput.value);
      this.changed();
    });
    detailInput.addEventListener('input', () => {
      const current = this.get(parts);
      fitTextarea(detailInput);
      if (current !== null && typeof current === 'object') {
        if (detailInput.value === '') delete current.detail;
        else current.detail = detailInput.value;
        this.changed();
      } else if (detailInput.value !== '') {
        this.set(parts, { title: current ?? '', detail: detailInput.value });
        this.changed({ structure: true });
      }
    });
    const titlePath = isObject ? pointer([...parts, 'title']) : pointer(parts) + '#title';
    return h(
      'div',
      { class: 'step-fields' },
      h('div', { class: 'field field-inline', dataset: { path: titlePath } }, titleInput, h('div', { class: 'field-error', role: 'alert' })),
      h('div', { class: 'field field-inline', dataset: { path: pointer([...parts, 'detail']) } }, detailInput, h('div', { class: 'field-error', role: 'alert' })),
    );
  }

  renderObject(node, parts, metaKey, required, { inRow = false, bare = false } = {}) {
    const meta = metaOf(metaKey);
    const value = this.get(parts);
    const properties = node.properties ?? {};
    const requiredKeys = new Set(node.required ?? []);
    if (value === undefined || value === null || typeof value !== 'object') {
      return this.absentField(parts, meta.label, () => emptyOf(node), meta.hint);
    }
    const keys = Object.keys(properties).filter((key) => !HIDDEN.has(key));
    const plain = keys.filter((key) => !ADVANCED.has(`${metaKey}.${key}`));
    const advanced = keys.filter((key) => ADVANCED.has(`${metaKey}.${key}`));
    const child = (key) => this.renderNode(properties[key], [...parts, key], `${metaKey}.${key}`, requiredKeys.has(key));
    const hasAdvancedValue = advanced.some((key) => value[key] !== undefined);
    return h(
      'div',
      { class: `object${inRow ? ' object-in-row' : ''}${bare ? ' object-bare' : ''}`, dataset: { path: pointer(parts) } },
      inRow || (bare && required)
        ? null
        : h(
            'div',
            { class: 'object-head' },
            h('h3', { class: 'object-title' }, meta.label, required ? null : h('span', { class: 'opt' }, t('optional'))),
            required
              ? null
              : h(
                  'button',
                  {
                    type: 'button',
                    class: 'link-button link-danger',
                    disabled: this.readOnly,
                    onclick: () => {
                      this.remove(parts);
                      this.changed({ structure: true });
                    },
                  },
                  t('removeSection', meta.label),
                ),
          ),
      !inRow && meta.hint ? h('p', { class: 'field-hint' }, meta.hint) : null,
      h('div', { class: 'field-error', role: 'alert' }),
      h('div', { class: 'object-fields' }, plain.map(child)),
      advanced.length ? h('details', { class: 'advanced', open: hasAdvancedValue }, h('summary', {}, t('more')), h('div', { class: 'object-fields' }, advanced.map(child))) : null,
    );
  }

  /**
   * A tier table: header cells and rows of cells in a grid. Adding or removing a column does it
   * in every row, so rows always have as many cells as the header.
   */
  renderTable(node, parts, metaKey, required) {
    const meta = metaOf(metaKey);
    const table = this.get(parts);
    if (table === undefined || table === null || typeof table !== 'object') return this.renderObject(node, parts, metaKey, required);
    const columns = Array.isArray(table.columns) ? table.columns : (table.columns = ['']);
    const rows = Array.isArray(table.rows) ? table.rows : (table.rows = [['']]);
    const maxColumns = node.properties.columns.maxItems ?? Infinity;
    const maxRows = node.properties.rows.maxItems ?? Infinity;
    const cellInput = (cellParts, value, label, header = false) => {
      const input = h('input', { id: controlId(cellParts), type: 'text', value: value ?? '', disabled: this.readOnly, 'aria-label': label, class: header ? 'cell-head' : undefined, placeholder: header ? metaOf(`${metaKey}.columns`).label : '' });
      input.addEventListener('input', () => {
        this.set(cellParts, input.value);
        this.changed();
      });
      return h('td', { dataset: { path: pointer(cellParts) } }, input);
    };
    const structural = (change) => () => {
      change();
      this.changed({ structure: true });
    };
    const tool = (text, symbol, onclick, disabled) => h('button', { type: 'button', class: 'icon-button', title: text, 'aria-label': text, disabled: disabled || this.readOnly, onclick }, symbol);
    const columnLabel = (index) => `${metaOf(`${metaKey}.columns`).label} ${index + 1}`;
    return h(
      'div',
      { class: 'object table-editor', dataset: { path: pointer(parts) } },
      h(
        'div',
        { class: 'object-head' },
        h('h3', { class: 'object-title' }, meta.label, required ? null : h('span', { class: 'opt' }, t('optional'))),
        required ? null : h('button', { type: 'button', class: 'link-button link-danger', disabled: this.readOnly, onclick: structural(() => this.remove(parts)) }, t('removeSection', meta.label)),
      ),
      h('div', { class: 'field-error', role: 'alert' }),
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { class: 'cells' },
          h(
            'thead',
            {},
            h(
              'tr',
              { dataset: { path: pointer([...parts, 'columns']) } },
              h('th', { class: 'cells-index' }),
              columns.map((column, index) => cellInput([...parts, 'columns', index], column, columnLabel(index), true)),
              h(
                'th',
                { class: 'cells-tools' },
                tool(t('addColumn'), '+', structural(() => {
                  columns.push('');
                  for (const row of rows) row.push('');
                }), columns.length >= maxColumns),
                tool(t('removeColumn'), '−', structural(() => {
                  columns.pop();
                  for (const row of rows) if (row.length > columns.length) row.pop();
                }), columns.length <= 1),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            rows.map((row, index) =>
              h(
                'tr',
                { dataset: { path: pointer([...parts, 'rows', index]) } },
                h('th', { class: 'cells-index', scope: 'row' }, String(index + 1)),
                (Array.isArray(row) ? row : []).map((cell, at) => cellInput([...parts, 'rows', index, at], cell, `${t('row', index + 1)} ${columnLabel(at)}`)),
                h(
                  'td',
                  { class: 'cells-tools' },
                  tool(`${t('moveUp')} ${t('row', index + 1)}`, '↑', structural(() => ([rows[index - 1], rows[index]] = [rows[index], rows[index - 1]])), index === 0),
                  tool(`${t('moveDown')} ${t('row', index + 1)}`, '↓', structural(() => ([rows[index + 1], rows[index]] = [rows[index], rows[index + 1]])), index === rows.length - 1),
                  tool(`${t('remove')} ${t('row', index + 1)}`, '×', structural(() => rows.splice(index, 1)), rows.length <= 1),
                ),
              ),
            ),
          ),
        ),
      ),
      rows.length < maxRows ? h('button', { type: 'button', class: 'add-button', disabled: this.readOnly, onclick: structural(() => rows.push(columns.map(() => ''))) }, '+ ', t('addRow')) : null,
    );
  }

  /** One object or a short list of them (QR codes): edited as rows, written back in the shorter form. */
  renderOneOrMany(info, parts, metaKey, required) {
    const meta = metaOf(metaKey);
    const value = this.get(parts);
    const rows = value === undefined ? [] : Array.isArray(value) ? value : [value];
    const dataParts = (index) => (Array.isArray(value) ? [...parts, index] : parts);
    const addRow = () => {
      const fresh = emptyOf(info.item);
      if (value === undefined) this.set(parts, fresh);
      else this.set(parts, [...rows, fresh]);
      this.changed({ structure: true });
    };
    const removeRow = (index) => {
      const rest = rows.filter((_, at) => at !== index);
      if (rest.length === 0) this.remove(parts);
      else this.set(parts, rest.length === 1 ? rest[0] : rest);
      this.changed({ structure: true });
    };
    const moveRow = (index, by) => {
      const next = [...rows];
      [next[index], next[index + by]] = [next[index + by], next[index]];
      this.set(parts, next);
      this.changed({ structure: true });
    };
    return h(
      'div',
      { class: 'field list', dataset: { path: pointer(parts) } },
      this.fieldHead(meta, undefined, required, h('span', { class: 'counter' }, `${rows.length}/${info.max}`)),
      meta.hint ? h('p', { class: 'field-hint' }, meta.hint) : null,
      h('div', { class: 'field-error', role: 'alert' }),
      h(
        'ol',
        { class: 'rows' },
        rows.map((_, index) =>
          this.row({
            parts: dataParts(index),
            index,
            count: rows.length,
            label: t('code', index + 1),
            body: this.renderObject(info.item, dataParts(index), `${metaKey}.*`, true, { inRow: true }),
            canRemove: true,
            onRemove: () => removeRow(index),
            onMove: (by) => moveRow(index, by),
            canMove: Array.isArray(value),
          }),
        ),
      ),
      rows.length < info.max ? h('button', { type: 'button', class: 'add-button', disabled: this.readOnly, onclick: addRow }, '+ ', t('addSection', meta.label)) : null,
    );
  }

  renderList(node, info, parts, metaKey, required, { bare = false } = {}) {
    const meta = metaOf(metaKey);
    const items = this.get(parts);
    const itemInfo = classify(info.item);
    const isSteps = itemInfo.kind === 'textOrObject';
    const isCells = itemInfo.kind === 'list';
    const ordinal = (index) => (isSteps ? t('step', index + 1) : isCells || metaKey.endsWith('rows') ? t('row', index + 1) : t('item', index + 1));
    if (!Array.isArray(items)) {
      return this.absentField(parts, meta.label, () => [emptyOf(info.item)]);
    }
    const minimum = Math.max(info.min, required ? 1 : 0);
    const add = () => {
      items.push(emptyOf(info.item));
      this.changed({ structure: true });
      const added = this.element.querySelector(`[data-path="${CSS.escape(pointer([...parts, items.length - 1]))}"] input, [data-path="${CSS.escape(pointer([...parts, items.length - 1]))}"] textarea`);
      added?.focus();
    };
    const removeAt = (index) => {
      items.splice(index, 1);
      if (items.length === 0 && !required) this.remove(parts);
      this.changed({ structure: true });
    };
    const move = (index, by) => {
      [items[index], items[index + by]] = [items[index + by], items[index]];
      this.changed({ structure: true });
      this.element.querySelector(`[data-path="${CSS.escape(pointer([...parts, index + by]))}"] .row-tools button[data-move="${by}"]`)?.focus();
    };
    return h(
      'div',
      { class: `field list${isSteps ? ' list-steps' : ''}`, dataset: { path: pointer(parts) } },
      bare
        ? h('div', { class: 'field-head field-head-bare' }, meta.hint ? h('p', { class: 'field-hint' }, meta.hint) : h('span'), Number.isFinite(info.max) ? h('span', { class: 'counter' }, `${items.length}/${info.max}`) : null)
        : this.fieldHead(meta, undefined, required, Number.isFinite(info.max) ? h('span', { class: 'counter' }, `${items.length}/${info.max}`) : null),
      !bare && meta.hint ? h('p', { class: 'field-hint' }, meta.hint) : null,
      h('div', { class: 'field-error', role: 'alert' }),
      h(
        'ol',
        { class: 'rows' },
        items.map((_, index) =>
          this.row({
            parts: [...parts, index],
            index,
            count: items.length,
            label: ordinal(index),
            body: this.renderNode(info.item, [...parts, index], `${metaKey}.*`, true, { inRow: true, rowLabel: ordinal(index) }),
            canRemove: items.length > (required ? minimum : 0),
            onRemove: () => removeAt(index),
            onMove: (by) => move(index, by),
            canMove: true,
          }),
        ),
      ),
      items.length < info.max
        ? h('button', { type: 'button', class: 'add-button', disabled: this.readOnly, onclick: add }, '+ ', isSteps ? t('addStep') : isCells ? t('addRow') : t('addItem'))
        : null,
    );
  }

  row({ parts, index, count, label, body, canRemove, onRemove, onMove, canMove }) {
    const tool = (text, symbol, onclick, disabled, extra = {}) =>
      h('button', { type: 'button', class: 'icon-button', title: text, 'aria-label': `${text} ${label}`, disabled: disabled || this.readOnly, onclick, ...extra }, symbol);
    return h(
      'li',
      { class: 'row', dataset: { path: pointer(parts) } },
      h('span', { class: 'row-index', 'aria-hidden': 'true' }, String(index + 1)),
      h('div', { class: 'row-body' }, body, h('div', { class: 'field-error', role: 'alert' })),
      h(
        'div',
        { class: 'row-tools' },
        canMove ? tool(t('moveUp'), '↑', () => onMove(-1), index === 0, { 'data-move': '-1' }) : null,
        canMove ? tool(t('moveDown'), '↓', () => onMove(1), index === count - 1, { 'data-move': '1' }) : null,
        tool(t('remove'), '×', onRemove, !canRemove, { class: 'icon-button icon-danger' }),
      ),
    );
  }

  // ---- messages ----

  /**
   * Show each API message beside its field (the nearest enclosing field when the exact one is
   * not in the form). Returns the messages that found no place.
   */
  showErrors(errors) {
    for (const slot of this.element.querySelectorAll('.field-error')) slot.replaceChildren();
    for (const marked of this.element.querySelectorAll('.has-error')) marked.classList.remove('has-error');
    const unplaced = [];
    for (const error of errors) {
      let path = error.path;
      let target;
      let exact = true;
      while (path && path !== '/') {
        target = this.element.querySelector(`[data-path="${CSS.escape(`${path}#title`)}"]`) ?? this.element.querySelector(`[data-path="${CSS.escape(path)}"]`);
        if (target) break;
        path = parentPointer(path);
        exact = false;
      }
      if (!target) {
        unplaced.push(error);
        continue;
      }
      target.classList.add('has-error');
      // The message goes to the field's own slot, else to the nearest enclosing field's.
      let slot;
      for (let node = target; node && node !== this.element && !slot; node = node.parentElement) {
        slot = node.querySelector(':scope > .field-error') ?? node.querySelector(':scope > .row-body > .field-error');
        if (!slot) exact = false;
      }
      slot?.append(h('p', {}, exact || !error.label ? error.text : `${error.label}${lang === 'zh' ? '：' : ': '}${error.text}`));
    }
    return unplaced;
  }

  /** Scroll to and focus the field of a JSON path (from a message). */
  focusPath(path) {
    let current = path;
    while (current && current !== '/') {
      const target = this.element.querySelector(`[data-path="${CSS.escape(current)}"]`) ?? this.element.querySelector(`[data-path="${CSS.escape(`${current}#title`)}"]`);
      if (target) {
        target.scrollIntoView({ block: 'center', behavior: 'smooth' });
        target.querySelector('input, textarea, select, button')?.focus({ preventScroll: true });
        return;
      }
      current = parentPointer(current);
    }
  }
}

/** Grow a textarea with its text (where CSS field-sizing is not available). */
function fitTextarea(area) {
  if (CSS.supports?.('field-sizing', 'content')) return;
  area.style.height = 'auto';
  area.style.height = `${area.scrollHeight + 2}px`;
}
