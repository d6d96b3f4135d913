// ToyRec web page: plain DOM code, no libraries, nothing fetched but this server's API.
'use strict';

const $ = id => document.getElementById(id);
const views = ['search-view', 'product-view', 'basket-view', 'results-view'];
const state = { page: 1, pageSize: 20, total: 0, product: null };

const sessionId = (() => {
  let id = localStorage.getItem('toyrec-session');
  if (!id) {
    id = 's-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 10);
    localStorage.setItem('toyrec-session', id);
  }
  return id;
})();

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error(body && body.detail ? body.detail : `${response.status} ${response.statusText}`);
    error.status = response.status;
    throw error;
  }
  return body;
}

const postJson = (path, value) => api(path, {
  method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value),
});

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props || {});
  for (const child of children) if (child != null) node.append(child);
  return node;
}

function productCard(product, reason, extra) {
  const price = product.priceText ? ` · ${product.priceText}${product.priceImputed ? ' (est.)' : ''}` : '';
  const rating = product.rating != null ? ` · ${product.rating}★` : '';
  return el('li', { className: 'card' },
    el('a', { href: `#/product/${encodeURIComponent(product.id)}`, textContent: product.name }),
    el('div', { className: 'meta', textContent: `${product.manufacturer || 'unknown maker'}${price}${rating}` }),
    reason ? el('div', { className: 'reason', textContent: reason }) : null,
    extra || null);
}

function fill(list, items, toNode, empty) {
  list.replaceChildren(...items.map(toNode));
  if (items.length === 0) list.append(el('li', { className: 'empty', textContent: empty }));
}

function show(view) {
  for (const v of views) $(v).hidden = v !== view;
}

// Search ------------------------------------------------------------------------------------------------------
async function loadCategories() {
  const categories = await api('/api/categories');
  $('category').append(...categories.map(c => el('option', { value: c, textContent: c })));
}

async function search(page) {
  state.page = page;
  const params = new URLSearchParams({ q: $('q').value, page, pageSize: state.pageSize });
  if ($('category').value) params.set('category', $('category').value);
  if ($('min-price').value) params.set('minPrice', $('min-price').value);
  if ($('max-price').value) params.set('maxPrice', $('max-price').value);
  if ($('in-stock').checked) params.set('inStock', 'true');
  $('search-status').textContent = 'Searching…';
  try {
    const result = await api('/api/products?' + params);
    state.total = result.total;
    const first = result.total === 0 ? 0 : (page - 1) * state.pageSize + 1;
    const last = Math.min(result.total, page * state.pageSize);
    $('search-status').textContent = `${result.total} products` + (result.total ? `, showing ${first}–${last}` : '');
    fill($('search-results'), result.items, p => productCard(p, p.category), 'Nothing matches; try fewer filters.');
  } catch (e) {
    $('search-status').textContent = e.message;
  }
  $('prev-page').disabled = page <= 1;
  $('next-page').disabled = page * state.pageSize >= state.total;
}

// Product -----------------------------------------------------------------------------------------------------
async function showProduct(id) {
  show('product-view');
  $('product-title').textContent = 'Loading…';
  try {
    const details = await api(`/api/products/${encodeURIComponent(id)}`);
    const p = details.product;
    state.product = p;
    $('product-title').textContent = p.name;
    const price = p.priceText ? p.priceText + (p.priceImputed ? ' (estimated)' : '') : null;
    const reviews = p.reviewCount === 1 ? '1 review' : `${p.reviewCount ?? 0} reviews`;
    const rating = p.rating != null ? `${p.rating} of 5 from ${reviews}` : null;
    $('product-meta').textContent = [p.manufacturer, price, rating].filter(Boolean).join(' · ');
    const facts = [['Category', p.category || 'none'], ['Stock', details.stock || 'not stated'],
      ['Age', details.minimumAgeMonths != null ? `${Math.round(details.minimumAgeMonths / 12)} years and up` : null]];
    $('product-facts').replaceChildren(...facts.filter(f => f[1]).flatMap(([k, v]) =>
      [el('dt', { textContent: k }), el('dd', { textContent: v })]));
    $('product-description').textContent = details.productDescription || details.description || '';
    $('product-information').textContent = details.productInformation || 'none given';
    const [similar, alsoBought] = await Promise.all([
      api(`/api/products/${encodeURIComponent(id)}/similar?k=6`),
      api(`/api/products/${encodeURIComponent(id)}/also-bought?k=6`)]);
    fill($('similar'), similar.items, r => productCard(r.product, r.reason), 'No similar products.');
    fill($('also-bought'), alsoBought.items, r => productCard(r.product, r.reason),
      'No known or predicted co-purchases for this product.');
    recordEvent(p.id, 'view', false);
    $('main').focus();
  } catch (e) {
    $('product-title').textContent = e.message;
  }
}

// Basket and recommendations ----------------------------------------------------------------------------------
async function recordEvent(productId, type, refresh = true) {
  try {
    await postJson(`/api/sessions/${sessionId}/events`, { productId, type });
    if (refresh) await refreshSession();
  } catch (e) {
    $('for-you-status').textContent = e.message;
  }
}

// The server refuses (409) to remove a product that is not in the basket. The button is disabled at the first
// click, so a double click sends one removal; a 409 still means the product had already left the basket (removed
// or bought in another tab), so the page shows the basket as it now is instead of an error.
async function removeFromBasket(button, productId) {
  button.disabled = true;
  try {
    await postJson(`/api/sessions/${sessionId}/events`, { productId, type: 'remove_from_basket' });
  } catch (e) {
    if (e.status !== 409) {
      button.disabled = false;
      $('for-you-status').textContent = e.message;
      return;
    }
  }
  await refreshSession().catch(e => { $('for-you-status').textContent = e.message; });
}

// Several refreshes can be in flight (an add, then a page change); only the latest one's answer is drawn, so a
// slower earlier answer cannot put back an older basket.
let sessionRefreshes = 0;

async function refreshSession() {
  const ticket = ++sessionRefreshes;
  const session = await api(`/api/sessions/${sessionId}/recommendations?k=8`);
  if (ticket !== sessionRefreshes) return;
  $('basket-count').textContent = session.basket.length;
  fill($('basket-items'), session.basket, p => productCard(p, null,
    el('button', { type: 'button', className: 'secondary', textContent: 'Remove',
      onclick: event => removeFromBasket(event.currentTarget, p.id) })), 'Your basket is empty.');
  $('buy').disabled = session.basket.length === 0;
  $('buy').onclick = async () => {
    for (const p of session.basket) await recordEvent(p.id, 'purchase', false);
    await refreshSession();
  };
  const personal = session.events > 0;
  $('for-you-status').textContent = personal
    ? `From ${session.basket.length} basket items and ${session.events} events:` : 'Popular now:';
  fill($('recommendations'), session.items, r => productCard(r.product, r.reason), 'Nothing to recommend yet.');
}

// Results -----------------------------------------------------------------------------------------------------
async function showResults() {
  show('results-view');
  $('results-status').textContent = 'Loading…';
  try {
    const report = await api('/api/evaluation');
    $('results-status').textContent = report.results.length
      ? `${report.results.length} evaluation results from ${report.folder}.`
      : `No evaluation results yet in ${report.folder}: run 'toyrec run'.`;
    const skipped = report.skipped.length
      ? [el('h2', { textContent: 'Not evaluated' }),
        ...report.skipped.map(s => el('p', { className: 'status', textContent: s }))]
      : [];
    $('results').replaceChildren(...report.results.map(renderResult), ...skipped,
      ...report.problems.map(p => el('p', { className: 'status', textContent: p })));
  } catch (e) {
    $('results-status').textContent = e.message;
  }
}

function renderResult(result) {
  const section = el('section', { className: 'result' }, el('h2', { textContent: result.model }));
  const metrics = result.metrics || [];
  const systems = [...new Set(metrics.map(m => m.system))];
  const rows = [...new Set(metrics.map(m => `${m.metric}\u0000${m.variant}`))];
  const table = el('table', {},
    el('thead', {}, el('tr', {}, el('th', { textContent: 'metric' }), el('th', { textContent: 'variant' }),
      ...systems.map(s => el('th', { scope: 'col', textContent: s })))),
    el('tbody', {}, ...rows.map(key => {
      const [metric, variant] = key.split('\u0000');
      return el('tr', {}, el('td', { textContent: metric }), el('td', { textContent: variant }),
        ...systems.map(s => {
          const m = metrics.find(x => x.metric === metric && x.variant === variant && x.system === s);
          return el('td', { textContent: m ? m.value.toFixed(3) : '' });
        }));
    })));
  section.append(el('div', { className: 'table-wrap' }, table));
  const charts = el('div', { className: 'charts' });
  const curves = curveCharts(metrics);
  for (const chart of curves.charts) charts.append(chart);
  const bars = barChart(curves.rest);
  if (bars) charts.append(bars);
  for (const confusion of findConfusions(result.details || {})) charts.append(confusionChart(confusion));
  section.append(charts);
  return section;
}

// Curves of METRIC@K against K, one line per system, for each metric family (P@K, R@K, MAP@K-lenient, ...) and
// variant that was measured at two or more cut-offs. Returns the charts and the metrics left for the bars.
function curveCharts(metrics) {
  const groups = new Map();
  for (const m of metrics) {
    const match = /^(.*)@(\d+)(.*)$/.exec(m.metric);
    if (!match) continue;
    const key = `${match[1]}@K${match[3]} · ${m.variant}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push({ k: +match[2], system: m.system, value: m.value, metric: m });
  }
  const curves = [...groups].filter(([, points]) => new Set(points.map(p => p.k)).size > 1);
  const drawn = new Set(curves.flatMap(([, points]) => points.map(p => p.metric)));
  const charts = curves.map(([title, points]) => lineChart(title, points));
  return { charts, rest: metrics.filter(m => !drawn.has(m)) };
}

// Metrics not drawn as curves (accuracy, macro-F1, MRR, a single cut-off): for each metric and variant a group of
// bars, one per system, coloured as in the legend.
function barChart(metrics) {
  if (metrics.length === 0) return null;
  const systems = [...new Set(metrics.map(m => m.system))];
  const groups = [...new Set(metrics.map(m => `${m.metric} · ${m.variant}`))];
  const bar = 10, gap = 8, top = 22;
  const left = 12 + 6 * Math.max(...groups.map(g => g.length)), width = left + 260;
  const groupHeight = systems.length * (bar + 1) + gap;
  const height = top + groups.length * groupHeight;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', width, height,
    'aria-label': 'metrics without curves: one bar per system' });
  systems.forEach((system, i) => root.append(svg('text', { x: left + 80 * i, y: 12,
    fill: palette[i % palette.length] }, system)));
  const max = Math.max(0.05, ...metrics.map(m => m.value));
  const scale = v => (width - left - 50) * v / max;
  groups.forEach((group, g) => {
    const y0 = top + g * groupHeight;
    root.append(svg('text', { x: left - 6, y: y0 + groupHeight / 2, 'text-anchor': 'end' }, group));
    systems.forEach((system, i) => {
      const m = metrics.find(x => `${x.metric} · ${x.variant}` === group && x.system === system);
      if (!m) return;
      const y = y0 + i * (bar + 1);
      const rect = svg('rect', { x: left, y, width: scale(m.value), height: bar, fill: palette[i % palette.length] });
      rect.append(svg('title', {}, `${group} · ${system}: ${m.value.toFixed(3)}`));
      root.append(rect);
      root.append(svg('text', { x: left + scale(m.value) + 4, y: y + 9, 'font-size': 9 }, m.value.toFixed(3)));
    });
  });
  return root;
}

const palette = ['#1f5fbf', '#d1495b', '#2e933c', '#edae49', '#6c4ab6', '#00798c', '#8d6e63'];
const svgNs = 'http://www.w3.org/2000/svg';

function svg(tag, attributes, text) {
  const node = document.createElementNS(svgNs, tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  if (text != null) node.textContent = text;
  return node;
}

function lineChart(title, points) {
  const width = 380, height = 240, left = 40, right = 110, top = 24, bottom = 30;
  const ks = [...new Set(points.map(p => p.k))].sort((a, b) => a - b);
  const maxValue = Math.max(0.05, ...points.map(p => p.value));
  const x = k => left + (width - left - right) * (ks.indexOf(k) / Math.max(1, ks.length - 1));
  const y = v => top + (height - top - bottom) * (1 - v / maxValue);
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': title,
    width, height });
  root.append(svg('text', { x: left, y: 14, 'font-weight': 600 }, title));
  root.append(svg('line', { x1: left, y1: y(0), x2: width - right, y2: y(0), stroke: '#999' }));
  root.append(svg('line', { x1: left, y1: top, x2: left, y2: y(0), stroke: '#999' }));
  for (const k of ks) root.append(svg('text', { x: x(k), y: height - 12, 'text-anchor': 'middle' }, k));
  for (const v of [0, maxValue / 2, maxValue])
    root.append(svg('text', { x: left - 4, y: y(v) + 4, 'text-anchor': 'end' }, v.toFixed(2)));
  const systems = [...new Set(points.map(p => p.system))];
  systems.forEach((system, i) => {
    const line = points.filter(p => p.system === system).sort((a, b) => a.k - b.k);
    const colour = palette[i % palette.length];
    root.append(svg('polyline', { fill: 'none', stroke: colour, 'stroke-width': system === 'toyrec' ? 3 : 1.5,
      points: line.map(p => `${x(p.k)},${y(p.value)}`).join(' ') }));
    for (const p of line) root.append(svg('circle', { cx: x(p.k), cy: y(p.value), r: 2.5, fill: colour }));
    root.append(svg('text', { x: width - right + 8, y: top + 14 * i + 8, fill: colour }, system));
  });
  return root;
}

// Confusion matrices anywhere in the details (a few levels deep): an entry whose name mentions "confusion" that is
// either rows of counts or {labels, matrix}. Row labels come from a sibling perClass/labels list, else from the
// details' classes, else are numbered.
function findConfusions(details) {
  const names = list => Array.isArray(list) ? list.map(c => (c && typeof c === 'object') ? c.name : c) : null;
  const rootLabels = names(details.labels) || names(details.classes);
  const found = [];
  const walk = (node, path, depth) => {
    if (!node || typeof node !== 'object' || Array.isArray(node) || depth > 3) return;
    for (const [key, value] of Object.entries(node)) {
      const here = path.concat(key);
      if (/confusion/i.test(key) && value) {
        const rows = Array.isArray(value) ? value : (value.matrix || value.counts || value.values || value.rows);
        if (Array.isArray(rows) && rows.every(Array.isArray)) {
          const labels = names(value.labels) || names(value.classes) || names(node.perClass) || names(node.labels)
            || rootLabels || rows.map((_, i) => String(i));
          if (labels.length === rows.length) found.push({ name: here.join(' › '), labels, rows });
          continue;
        }
      }
      walk(value, here, depth + 1);
    }
  };
  walk(details, [], 0);
  return found;
}

function confusionChart({ name, labels, rows }) {
  const cell = 18;
  const longest = Math.min(22, Math.max(...labels.map(l => String(l).length)));
  const left = 12 + longest * 6.5, top = 10 + longest * 5.7;
  const size = labels.length * cell;
  const width = left + size + 10 + longest * 3.5;
  const max = Math.max(1, ...rows.flat());
  const root = svg('svg', { viewBox: `0 0 ${width} ${top + size + 10}`, class: 'chart', role: 'img',
    'aria-label': `${name}: rows are true categories, columns predicted`, width, height: top + size + 10 });
  labels.forEach((label, i) => {
    const short = String(label).slice(0, 22);
    root.append(svg('text', { x: left - 4, y: top + i * cell + 13, 'text-anchor': 'end' }, short));
    root.append(svg('text', { x: 0, y: 0, transform: `translate(${left + i * cell + 13},${top - 4}) rotate(-60)` },
      short));
  });
  rows.forEach((row, i) => row.forEach((count, j) => {
    const shade = Math.round(255 - 200 * (count / max));
    const rect = svg('rect', { x: left + j * cell, y: top + i * cell, width: cell - 1, height: cell - 1,
      fill: i === j ? `rgb(${shade},${shade},255)` : `rgb(255,${shade},${shade})` });
    rect.append(svg('title', {}, `${labels[i]} → ${labels[j]}: ${count}`));
    root.append(rect);
  }));
  return el('figure', {}, el('figcaption', { textContent: `${name}: rows true, columns predicted` }), root);
}

// Routing -----------------------------------------------------------------------------------------------------
function route() {
  const hash = location.hash || '#/';
  const product = /^#\/product\/(.+)$/.exec(hash);
  if (product) return showProduct(decodeURIComponent(product[1]));
  if (hash === '#/basket') { show('basket-view'); return refreshSession(); }
  if (hash === '#/results') return showResults();
  show('search-view');
}

$('search-form').addEventListener('submit', event => { event.preventDefault(); search(1); });
$('prev-page').addEventListener('click', () => search(state.page - 1));
$('next-page').addEventListener('click', () => search(state.page + 1));
$('add-to-basket').addEventListener('click', () => state.product && recordEvent(state.product.id, 'add_to_basket'));
window.addEventListener('hashchange', route);
loadCategories().catch(e => { $('search-status').textContent = e.message; });
refreshSession().catch(e => { $('for-you-status').textContent = e.message; });
route();
search(1);
