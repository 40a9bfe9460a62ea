/**
 * Template HTML → the React-like element tree satori takes. htmlparser2 does the parsing
 * (entities, quoting, raw-text <style>); this module only maps nodes and fills image slots.
 *
 * Images never come from the HTML itself: `<img data-slot="qr-0">` and `<img data-icon="…">`
 * are filled from assets prepared by the renderer, and any other `src` is refused, so satori is
 * never handed a URL to fetch.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { CardError } from '../errors.js';

export interface SatoriElement {
  type: string;
  props: Record<string, unknown> & { children?: SatoriNode | SatoriNode[] };
}
export type SatoriNode = SatoriElement | string;

export interface TreeAssets {
  /** Data URIs by slot name (`qr-0`, `logo`). */
  slots: Record<string, string>;
  /** Data URI of a section icon by section name (`parties`, …). */
  icon: (name: string) => string | undefined;
}

const camelCase = (property: string): string =>
  property.startsWith('--') ? property : property.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** `color: red; font-size: 12px` → { color: 'red', fontSize: '12px' } (template-authored only). */
function parseInlineStyle(style: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim();
    const value = declaration.slice(colon + 1).trim();
    if (property && value) out[camelCase(property)] = value;
  }
  return out;
}

function templateError(detail: string): CardError {
  return new CardError('E_TEMPLATE', { zh: `模板错误：${detail}`, en: `template error: ${detail}` });
}

function imageSource(element: Element, assets: TreeAssets): string {
  const { attribs } = element;
  const slot = attribs['data-slot'];
  const icon = attribs['data-icon'];
  const source = slot !== undefined ? assets.slots[slot] : icon !== undefined ? assets.icon(icon) : undefined;
  if (source === undefined) {
    throw templateError(`<img> 必须使用 data-slot 或 data-icon 引用已准备好的图片（收到 ${JSON.stringify(attribs)}）`);
  }
  return source;
}

function convertElement(element: Element, assets: TreeAssets): SatoriElement {
  const props: SatoriElement['props'] = {};
  for (const [name, value] of Object.entries(element.attribs)) {
    if (name === 'style') props['style'] = parseInlineStyle(value);
    else if (name === 'class') props['className'] = value;
    else if (name === 'src' || name === 'href' || name === 'srcset') {
      throw templateError(`不允许在模板中直接写 ${name}="…"（收到 <${element.name} ${name}="${value.slice(0, 60)}">）`);
    } else if (!name.startsWith('data-')) props[name] = value;
  }
  if (element.name === 'img') {
    props['src'] = imageSource(element, assets);
    for (const dimension of ['width', 'height'] as const) {
      if (props[dimension] !== undefined) props[dimension] = Number(props[dimension]);
    }
    return { type: 'img', props };
  }
  if (element.name === 'style') {
    const css = element.children.map((child) => ('data' in child ? child.data : '')).join('');
    return { type: 'style', props: { dangerouslySetInnerHTML: { __html: css } } };
  }
  const children = convertChildren(element.children, assets);
  if (children.length > 0) props.children = children.length === 1 ? children[0] : children;
  return { type: element.name, props };
}

function convertChildren(nodes: ChildNode[], assets: TreeAssets): SatoriNode[] {
  const out: SatoriNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      // Indentation between tags is template formatting, not content.
      if (/^\s*$/.test(node.data) && node.data.includes('\n')) continue;
      out.push(node.data);
    } else if (node.type === 'tag' || node.type === 'style' || node.type === 'script') {
      if (node.type === 'script') throw templateError('模板中不允许 <script>');
      out.push(convertElement(node as Element, assets));
    }
  }
  return out;
}

/** Parse template HTML; the result must have exactly one root element. */
export function htmlToTree(html: string, assets: TreeAssets): SatoriElement {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseAttributeNames: true });
  const roots = convertChildren(document.children, assets).filter((node): node is SatoriElement => typeof node !== 'string' || node.trim() !== '');
  const elements = roots.filter((node): node is SatoriElement => typeof node !== 'string');
  if (elements.length !== roots.length || elements.length === 0) {
    throw templateError('模板的输出必须是元素（不能在最外层放文字）');
  }
  if (elements.length === 1) return elements[0] as SatoriElement;
  return { type: 'div', props: { style: { display: 'flex', flexDirection: 'column' }, children: elements } };
}
