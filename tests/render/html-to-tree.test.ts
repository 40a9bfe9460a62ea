import { describe, expect, it } from 'vitest';
import { CardError } from '../../src/errors.js';
import { htmlToTree } from '../../src/render/html-to-tree.js';

const assets = { slots: { 'qr-0': 'data:image/svg+xml;base64,AAAA' }, icon: (name: string) => (name === 'parties' ? 'data:icon' : undefined) };

describe('htmlToTree', () => {
  it('maps classes, inline styles, <style> and decoded entities', () => {
    const tree = htmlToTree('<div class="a b" style="font-size: 12px; --x: #fff"><style>.a > .b { color: red }</style><p>A &amp; B &lt;C&gt; &quot;D&quot;</p></div>', assets);
    expect(tree).toEqual({
      type: 'div',
      props: {
        className: 'a b',
        style: { fontSize: '12px', '--x': '#fff' },
        children: [
          { type: 'style', props: { dangerouslySetInnerHTML: { __html: '.a > .b { color: red }' } } },
          { type: 'p', props: { children: 'A & B <C> "D"' } },
        ],
      },
    });
  });

  it('drops indentation between tags but keeps spaces inside a line of text', () => {
    const tree = htmlToTree('<div>\n  <span>甲</span> <span>乙</span>\n</div>', assets);
    expect(tree.props.children).toEqual([
      { type: 'span', props: { children: '甲' } },
      ' ',
      { type: 'span', props: { children: '乙' } },
    ]);
  });

  it('keeps a > inside a quoted attribute and unquoted attributes', () => {
    const tree = htmlToTree('<div title="a > b" lang=zh-CN>x</div>', assets);
    expect(tree.props).toEqual({ title: 'a > b', lang: 'zh-CN', children: 'x' });
  });

  it('fills image slots and icons from prepared assets only', () => {
    const tree = htmlToTree('<div><img data-slot="qr-0" width="10" height="10"><img data-icon="parties" width="4" height="4"></div>', assets);
    expect(tree.props.children).toEqual([
      { type: 'img', props: { width: 10, height: 10, src: 'data:image/svg+xml;base64,AAAA' } },
      { type: 'img', props: { width: 4, height: 4, src: 'data:icon' } },
    ]);
  });

  it.each([
    ['<div><img src="http://169.254.169.254/"></div>', /不允许在模板中直接写 src/],
    ['<div><img data-slot="nope"></div>', /必须使用 data-slot 或 data-icon/],
    ['<div><script>alert(1)</script></div>', /不允许 <script>/],
    ['text at the top', /不能在最外层放文字/],
  ])('refuses %j', (html, message) => {
    expect(() => htmlToTree(html, assets)).toThrow(CardError);
    expect(() => htmlToTree(html, assets)).toThrow(message);
  });
});
