import { describe, expect, it } from 'vitest';
import { escapeHtml, html, trustedHtml } from '../../src/site/html.js';
import { phoneLinks } from '../../src/site/policy-view.js';

describe('html`…`', () => {
  it('escapes every interpolated value, in text and in attributes', () => {
    const title = '<script>alert(1)</script>';
    const condition = '"><img src=x onerror=alert(1)>';
    expect(html`<h1 title="${condition}">${title}</h1>`.value).toBe(
      '<h1 title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&lt;script&gt;alert(1)&lt;/script&gt;</h1>',
    );
  });

  it('joins lists and passes nested html through once', () => {
    const items = ['a&b', "c'd"];
    expect(html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`.value).toBe('<ul><li>a&amp;b</li><li>c&#39;d</li></ul>');
  });

  it('drops null, undefined and false, keeps 0', () => {
    expect(html`${null}${undefined}${false}${0}`.value).toBe('0');
  });

  it('leaves trusted markup alone', () => {
    expect(html`<style>${trustedHtml('a>b{}')}</style>`.value).toBe('<style>a>b{}</style>');
    expect(escapeHtml('&<>"\'')).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});

describe('phoneLinks: each number as the card prints it, dialled by its digits', () => {
  it.each([
    ['0512-68616000', [{ text: '0512-6861 6000', href: 'tel:051268616000' }]],
    ['051268616000', [{ text: '0512-6861 6000', href: 'tel:051268616000' }]],
    ['0512-68616000、0512-68616001', [{ text: '0512-6861 6000', href: 'tel:051268616000' }, { text: '0512-6861 6001', href: 'tel:051268616001' }]],
    ['0512-68616000 13800000000', [{ text: '0512-6861 6000', href: 'tel:051268616000' }, { text: '138 0000 0000', href: 'tel:13800000000' }]],
    ['0512-65221000转8001', [{ text: '0512-6522 1000转8001', href: 'tel:051265221000' }]],
    ['+86 512 6522 1000', [{ text: '+86 512 6522 1000', href: 'tel:+8651265221000' }]],
    ['12345', [{ text: '12345', href: 'tel:12345' }]],
    ['见官网', [{ text: '见官网', href: null }]],
  ])('%s', (phone, links) => {
    expect(phoneLinks(phone)).toEqual(links);
  });
});
