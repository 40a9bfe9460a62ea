/**
 * The one script of the site, inlined into every page and allowed by its hash in the
 * Content-Security-Policy. It reads no card data from code: everything it needs is in `data-*`
 * attributes, so the script is the same bytes on every page. Plain ES2015 for old WebViews.
 *   - large type: `?large=1`, or the 大字 button (remembered in localStorage)
 *   - the print button
 *   - 申报中 / 已截止 badges, computed from today's date in the browser
 *   - the index filter: words, category, open/closed
 */
export const SITE_SCRIPT = `(function () {
  var root = document.documentElement;
  var params = new URLSearchParams(location.search);
  var stored = null;
  try { stored = localStorage.getItem('policy-card-large'); } catch (error) { stored = null; }
  var large = params.get('large') === '1' || (params.get('large') !== '0' && stored === '1');
  root.classList.toggle('large', large);

  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function today() { var d = new Date(); return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()); }
  function statusOf(node, now) {
    var start = node.getAttribute('data-start');
    var end = node.getAttribute('data-end');
    if (end && end < now) return 'closed';
    if (start && start > now) return 'upcoming';
    return 'open';
  }
  var LABELS = { open: '申报中', upcoming: '未开始', closed: '已截止' };
  function norm(text) { return text.normalize('NFKC').toLowerCase(); }
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  document.addEventListener('DOMContentLoaded', function () {
    var now = today();
    var toggle = document.getElementById('large-toggle');
    if (toggle) {
      toggle.hidden = false;
      toggle.setAttribute('aria-pressed', String(large));
      toggle.addEventListener('click', function () {
        large = !large;
        root.classList.toggle('large', large);
        toggle.setAttribute('aria-pressed', String(large));
        try { localStorage.setItem('policy-card-large', large ? '1' : '0'); } catch (error) { /* private mode */ }
      });
    }
    var print = document.getElementById('print-page');
    if (print) {
      print.hidden = false;
      print.addEventListener('click', function () { window.print(); });
    }
    each(document.querySelectorAll('.status'), function (node) {
      var status = statusOf(node, now);
      node.textContent = LABELS[status];
      node.className = 'status status-' + status;
      node.hidden = false;
    });

    var panel = document.getElementById('filter');
    if (!panel) return;
    var query = document.getElementById('filter-text');
    var category = document.getElementById('filter-category');
    var state = document.getElementById('filter-status');
    var count = document.getElementById('filter-count');
    var empty = document.getElementById('filter-empty');
    var items = document.querySelectorAll('.policy');
    var groups = document.querySelectorAll('.category-group');
    if (params.get('q')) query.value = params.get('q');
    if (params.get('category')) category.value = params.get('category');
    if (params.get('status')) state.value = params.get('status');
    function apply() {
      var words = norm(query.value).split(/\\s+/).filter(Boolean);
      var shown = 0;
      each(items, function (item) {
        var text = item.getAttribute('data-search');
        var match = words.every(function (word) { return text.indexOf(word) >= 0; }) &&
          (!category.value || item.getAttribute('data-category') === category.value) &&
          (!state.value || (statusOf(item, now) === 'closed') === (state.value === 'closed'));
        item.hidden = !match;
        if (match) shown++;
      });
      each(groups, function (group) { group.hidden = !group.querySelector('.policy:not([hidden])'); });
      count.textContent = '显示 ' + shown + ' 条，共 ' + items.length + ' 条';
      empty.hidden = shown > 0;
    }
    query.addEventListener('input', apply);
    category.addEventListener('change', apply);
    state.addEventListener('change', apply);
    panel.hidden = false;
    apply();
  });
})();
`;
