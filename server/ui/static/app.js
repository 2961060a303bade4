// Annalist's web UI: plain JavaScript over the JSON API (/api/openapi.json).
// Views are chosen by the address's hash: #/ (search), #/article/ID,
// #/entity/NAME, #/map, #/timeline, #/events; filters ride in its query.
'use strict';

const FILTERS = ['q', 'entity', 'type', 'acled', 'acled_sub', 'country', 'theme', 'region', 'from', 'to'];
const main = document.getElementById('main');
const annalist = (window.annalist = { map: null });

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const k of kids.flat(Infinity)) {
    if (k === undefined || k === null || k === false) continue;
    e.append(k instanceof Node ? k : String(k));
  }
  return e;
}

function route() {
  const h = location.hash.replace(/^#/, '') || '/';
  const [path, qs] = h.split('?');
  return { path, params: new URLSearchParams(qs || '') };
}

function filterParams(params) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (params.get(k)) p.set(k, params.get(k));
  return p;
}

function link(view, params, changes) {
  const p = filterParams(params);
  for (const [k, v] of Object.entries(changes || {})) {
    if (v === null) p.delete(k); else p.set(k, v);
  }
  const s = p.toString();
  return '#' + view + (s ? '?' + s : '');
}

async function api(path, params) {
  const url = '/api/' + path + (params && params.toString() ? '?' + params : '');
  const r = await fetch(url);
  const body = await r.json().catch(() => ({ error: r.statusText }));
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

function showError(err) {
  main.replaceChildren(el('p', { class: 'error' }, String(err.message || err)));
}

function setFilters(view, params) {
  const box = document.getElementById('filters');
  const chips = [];
  for (const k of FILTERS) {
    const v = params.get(k);
    if (v) chips.push(el('span', { class: 'chip' }, k + ': ' + v, el('a', { href: link(view, params, { [k]: null }), title: 'remove' }, '×')));
  }
  box.replaceChildren(...chips);
  document.getElementById('q').value = params.get('q') || '';
  for (const a of document.querySelectorAll('header nav a[data-view]')) {
    a.classList.toggle('active', a.dataset.view === (view.split('/')[1] || 'search'));
    if (a.dataset.view !== 'search' || view === '/') a.href = link('/' + (a.dataset.view === 'search' ? '' : a.dataset.view), params);
  }
}

// --- search ---------------------------------------------------------------

function snippet(s) {
  // The API marks matches with \u0002 ... \u0003.
  const out = [];
  const parts = s.split(/(\u0002[^\u0003]*\u0003)/);
  for (const p of parts) {
    if (p.startsWith('\u0002')) out.push(el('b', null, p.slice(1, -1)));
    else if (p) out.push(p);
  }
  return out;
}

const FACETS = [
  ['types', 'type', 'Event type'], ['acled', 'acled', 'ACLED type'], ['acled_sub', 'acled_sub', 'ACLED sub-event type'],
  ['countries', 'country', 'Country'], ['themes', 'theme', 'Theme'], ['people', 'entity', 'People'],
  ['places', 'entity', 'Places'], ['organizations', 'entity', 'Organisations'],
];

async function viewSearch(params) {
  const p = filterParams(params);
  if (params.get('offset')) p.set('offset', params.get('offset'));
  const res = await api('search', p);
  const facets = el('aside', { class: 'facets' });
  for (const [key, param, title] of FACETS) {
    const list = res.facets[key] || [];
    if (!list.length) continue;
    facets.append(el('h3', null, title));
    for (const b of list) facets.append(el('a', { href: link('/', params, { [param]: b.value }) }, el('span', null, b.value), el('span', null, b.count)));
  }
  if (res.total > res.facets_over) facets.append(el('p', { class: 'meta' }, `Counted over the best ${res.facets_over} of ${res.total}.`));
  const hits = el('section', { class: 'results', id: 'hits' },
    el('p', { class: 'meta' }, `${res.total} article${res.total === 1 ? '' : 's'}`));
  for (const h of res.hits) {
    hits.append(el('article', { class: 'hit', 'data-id': h.id },
      el('h2', null, el('a', { href: '#/article/' + encodeURIComponent(h.id) }, h.title || h.id)),
      el('div', { class: 'meta' }, h.published || 'undated', h.url ? [' · ', el('a', { href: h.url, rel: 'noopener' }, new URL(h.url).host)] : ''),
      el('p', null, snippet(h.snippet))));
  }
  const off = Number(params.get('offset') || 0);
  if (off + res.hits.length < res.total) hits.append(el('a', { href: link('/', params, { offset: off + res.hits.length }) }, 'More…'));
  main.replaceChildren(el('div', { class: 'cols' }, facets, hits));
}

// --- article --------------------------------------------------------------

// byteToIndex maps UTF-8 byte offsets (the record's) to string indices.
function byteIndex(text) {
  const idx = new Map();
  let b = 0;
  let i = 0;
  for (const ch of text) {
    idx.set(b, i);
    const cp = ch.codePointAt(0);
    b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += ch.length;
  }
  idx.set(b, i);
  return (off) => idx.get(off);
}

function annotations(rec) {
  const spans = [];
  const ents = {};
  for (const e of rec.entities || []) {
    ents[e.id] = e;
    for (const m of e.mentions || []) {
      spans.push({ start: m.start, end: m.end, class: 'ent ent-' + e.type, attrs: { 'data-entity': e.name, 'data-role': e.role, title: e.type + ': ' + e.name + (e.role ? ' (' + e.role + ')' : '') } });
    }
  }
  for (const t of rec.times || []) spans.push({ start: t.start, end: t.end, class: 'time', attrs: { 'data-value': t.value, title: t.type + ' ' + (t.value || '') } });
  for (const c of rec.counts || []) spans.push({ start: c.start, end: c.end, class: 'count', attrs: { 'data-kind': c.kind, 'data-number': c.number, title: c.kind + ': ' + (c.qualifier ? c.qualifier + ' ' : '') + c.number } });
  for (const q of rec.quotes || []) spans.push({ start: q.start, end: q.end, class: 'quote', attrs: { title: 'quote' + (q.speaker ? ' of ' + q.speaker : '') } });
  for (const e of rec.events || []) spans.push({ start: e.trigger.start, end: e.trigger.end, class: 'trigger', attrs: { 'data-type': e.type, title: 'event: ' + e.type + (e.mode ? ' / ' + e.mode : '') } });
  return spans;
}

// marked renders text with its spans as nested <mark>s; a span that
// crosses another's edge is left out rather than drawn wrong.
function marked(text, spans) {
  const at = byteIndex(text);
  const list = spans
    .map((s) => ({ ...s, s: at(s.start), e: at(s.end) }))
    .filter((s) => s.s !== undefined && s.e !== undefined && s.e > s.s)
    .sort((a, b) => a.s - b.s || b.e - a.e);
  const root = { e: text.length, node: document.createDocumentFragment() };
  const stack = [root];
  let pos = 0;
  const flush = (upto) => {
    if (upto > pos) stack[stack.length - 1].node.append(text.slice(pos, upto));
    pos = Math.max(pos, upto);
  };
  for (const s of list) {
    while (stack.length > 1 && stack[stack.length - 1].e <= s.s) {
      flush(stack[stack.length - 1].e);
      stack.pop();
    }
    if (s.e > stack[stack.length - 1].e || s.s < pos) continue; // crossing
    flush(s.s);
    const m = el('mark', { class: s.class, ...s.attrs });
    stack[stack.length - 1].node.append(m);
    stack.push({ e: s.e, node: m });
  }
  while (stack.length > 1) {
    flush(stack[stack.length - 1].e);
    stack.pop();
  }
  flush(text.length);
  return root.node;
}

function recordPanel(rec) {
  const ents = Object.fromEntries((rec.entities || []).map((e) => [e.id, e]));
  const sec = (title, items) => (items.length ? el('section', null, el('h3', null, title), el('ul', null, items)) : null);
  const entLink = (name) => el('a', { href: '#/entity/' + encodeURIComponent(name) }, name);
  const byType = (t) => (rec.entities || []).filter((e) => e.type === t).map((e) => el('li', null, entLink(e.name), e.role ? ' — ' + e.role : '', e.geo ? el('span', { class: 'meta' }, ` ${e.geo.kind}${e.geo.country ? ', ' + e.geo.country : ''} (${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)})`) : ''));
  return el('aside', { class: 'record', id: 'record' },
    el('section', null, el('h3', null, 'Record'), el('div', { class: 'meta' }, rec.id, rec.published ? ' · ' + rec.published : '', rec.focus && rec.focus.country ? ' · focus ' + rec.focus.country : ''),
      rec.themes ? el('div', null, rec.themes.map((t) => el('a', { class: 'chip', href: '#/?theme=' + encodeURIComponent(t) }, t))) : '',
      rec.tone ? el('div', { class: 'meta' }, 'tone ' + rec.tone.tone.toFixed(2)) : ''),
    sec('Events', (rec.events || []).map((e) => el('li', null, el('b', null, e.type), e.mode ? ' / ' + e.mode : '', e.modality ? ` (${e.modality})` : '',
      e.actor ? [' · actor: ', e.actor.text] : '', e.target ? [' · target: ', e.target.text] : '',
      e.date ? ' · ' + e.date : '', e.place ? ' · ' + e.place.name : '', e.fatalities ? ` · ${e.fatalities} dead` : ''))),
    sec('People', byType('PERSON')),
    sec('Places', byType('LOCATION')),
    sec('Organisations', byType('ORGANIZATION')),
    sec('Counts', (rec.counts || []).map((c) => el('li', null, `${c.kind}: ${c.qualifier ? c.qualifier + ' ' : ''}${c.number} — “${c.text}”`))),
    sec('Times', (rec.times || []).map((t) => el('li', null, `${t.text} → ${t.value || t.type}`))),
    sec('Quotes', (rec.quotes || []).map((q) => el('li', null, '“' + q.text + '”', q.speaker ? [' — ', ents[q.speaker_entity] ? entLink(ents[q.speaker_entity].name) : q.speaker] : ''))));
}

async function viewArticle(id) {
  const rec = await api('records/' + encodeURIComponent(id));
  const legend = el('p', { class: 'legend' }, ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'].map((t) => el('span', null, el('mark', { class: 'ent-' + t }, t.toLowerCase()))),
    el('span', null, el('mark', { class: 'time' }, 'time')), el('span', null, el('mark', { class: 'count' }, 'count')),
    el('span', null, el('mark', { class: 'quote' }, 'quote')), el('span', null, el('mark', { class: 'trigger' }, 'event')));
  main.replaceChildren(
    el('h1', null, rec.title || rec.id),
    el('p', { class: 'meta' }, rec.published || 'undated', rec.url ? [' · ', el('a', { href: rec.url, rel: 'noopener' }, rec.url)] : ''),
    legend,
    el('div', { class: 'cols' }, el('div', { class: 'article', id: 'text' }, marked(rec.text, annotations(rec))), recordPanel(rec)));
}

// --- entity ---------------------------------------------------------------

function bars(buckets) {
  const max = Math.max(1, ...buckets.map((b) => b.count));
  return el('div', { class: 'bars' }, buckets.map((b) => el('div', { title: `${b.value}: ${b.count}`, style: `height:${Math.max(2, (60 * b.count) / max)}px` })));
}

async function viewEntity(name) {
  const e = await api('entities/' + encodeURIComponent(name));
  const entLink = (n) => el('a', { href: '#/entity/' + encodeURIComponent(n) }, n);
  main.replaceChildren(
    el('h1', null, e.name),
    el('p', { class: 'meta' }, e.type, e.roles.length ? ' · ' + e.roles.map((r) => r.value).join(', ') : '', ` · named in ${e.articles} article${e.articles === 1 ? '' : 's'} · `,
      el('a', { href: '#/?entity=' + encodeURIComponent(e.name) }, 'search'), ' · ', el('a', { href: '#/map?entity=' + encodeURIComponent(e.name) }, 'map'), ' · ',
      el('a', { href: '#/timeline?entity=' + encodeURIComponent(e.name) }, 'timeline')),
    el('h2', null, 'Mentions by month'), e.months.length ? [bars(e.months), el('p', { class: 'meta' }, e.months[0].value + ' to ' + e.months[e.months.length - 1].value)] : el('p', null, 'No dated articles.'),
    el('h2', null, 'Named with'), el('p', null, e.with.map((b, i) => [i ? ', ' : '', entLink(b.value), ` (${b.count})`])),
    el('h2', null, 'Quotes'), e.quotes.length ? el('ul', null, e.quotes.map((q) => el('li', null, '“' + q.text + '” ', el('a', { href: '#/article/' + encodeURIComponent(q.article), class: 'meta' }, q.published || q.article)))) : el('p', null, 'None.'),
    el('h2', null, 'Events as actor or target'), e.events.length ? el('ul', null, e.events.map((v) => el('li', null, el('b', null, v.type), ` (${v.role}) `, v.date ? v.date + ' ' : '', v.place ? v.place + ' ' : '', v.fatalities ? `${v.fatalities} dead ` : '', '— ', v.sentence, ' ', el('a', { href: '#/article/' + encodeURIComponent(v.article), class: 'meta' }, 'article')))) : el('p', null, 'None.'),
    el('h2', null, 'Recent articles'), el('ul', null, e.recent.map((a) => el('li', null, el('a', { href: '#/article/' + encodeURIComponent(a.id) }, a.title || a.id), ' ', el('span', { class: 'meta' }, a.published || '')))));
}

// --- map ------------------------------------------------------------------

function load(tag, attrs) {
  return new Promise((ok, fail) => {
    const e = el(tag, attrs);
    e.onload = ok;
    e.onerror = () => fail(new Error('could not load ' + (attrs.src || attrs.href)));
    document.head.append(e);
  });
}

let basemap = null;
async function leaflet() {
  if (!window.L) {
    await Promise.all([load('link', { rel: 'stylesheet', href: 'vendor/leaflet.css' }), load('script', { src: 'vendor/leaflet.js' }), load('script', { src: 'vendor/topojson-client.min.js' })]);
  }
  if (!basemap) {
    const topo = await (await fetch('vendor/countries-50m.json')).json();
    basemap = topojson.feature(topo, topo.objects.countries);
  }
}

async function viewMap(params) {
  await leaflet();
  const data = await api('map', filterParams(params));
  const box = el('div', { id: 'map' });
  const events = data.features.filter((f) => f.properties.kind === 'events');
  main.replaceChildren(el('p', { class: 'meta' }, `${events.length} places with events (circle area by fatalities), ${data.features.length - events.length} places named. Basemap: Natural Earth.`), box);
  // A view first: vector layers added to a map without one throw.
  const map = L.map(box, { worldCopyJump: true, minZoom: 1 }).setView([20, 0], 2, { animate: false });
  annalist.map = map;
  map.attributionControl.addAttribution('Natural Earth');
  // The basemap's many polygons draw faster on a canvas; the markers stay SVG.
  L.geoJSON(basemap, { renderer: L.canvas(), style: { color: '#8a9bb0', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 }, interactive: false }).addTo(map);
  const pts = [];
  for (const f of data.features.filter((f) => f.properties.kind === 'place')) {
    const [lon, lat] = f.geometry.coordinates;
    L.circleMarker([lat, lon], { radius: 3, color: '#555', weight: 1, fillOpacity: 0.4, className: 'place-marker' })
      .bindPopup(`${esc(f.properties.name)}<br>named in ${f.properties.articles} article(s)`).addTo(map);
  }
  for (const f of events) {
    const [lon, lat] = f.geometry.coordinates;
    const p = f.properties;
    pts.push([lat, lon]);
    const m = L.circleMarker([lat, lon], { radius: 5 + 3 * Math.sqrt(p.fatalities || 0), color: '#8b0000', weight: 1, fillColor: '#d32f2f', fillOpacity: 0.55, className: 'event-marker' });
    m.feature = f;
    m.bindPopup(`<b>${esc(p.name)}</b><br>${p.events} event(s): ${esc(p.types)}<br>${p.fatalities} dead<br><a href="#/article/${encodeURIComponent(p.article)}">an article</a>`);
    m.addTo(map);
  }
  if (pts.length) map.fitBounds(pts, { maxZoom: 5, padding: [40, 40], animate: false });
}

function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

// --- timeline -------------------------------------------------------------

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function periodLabel(p, by) {
  if (by === 'month') return MONTHS[Number(p.slice(5, 7)) - 1] + ' ' + p.slice(0, 4);
  return p;
}

async function viewTimeline(params) {
  const by = params.get('by') || 'month';
  const p = filterParams(params);
  p.set('by', by);
  const tl = await api('timeline', p);
  const choose = el('p', null, 'By: ', ['day', 'week', 'month', 'year'].map((g) => [g === by ? el('b', null, g) : el('a', { href: link('/timeline', params, { by: g }) }, g), ' ']));
  if (!tl.periods.length) {
    main.replaceChildren(choose, el('p', null, `No events dated to the ${by} (${tl.coarser} dated less precisely, ${tl.undated} undated).`));
    return;
  }
  const W = Math.max(600, tl.periods.length * 14), H = 220, pad = 30;
  const bw = (W - pad) / tl.periods.length;
  const max = Math.max(1, ...tl.periods.map((q) => tl.totals[q] || 0));
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', W); svg.setAttribute('height', H + 40); svg.setAttribute('id', 'timeline');
  const add = (tag, attrs, text) => {
    const e = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    svg.append(e);
    return e;
  };
  const colours = ['#1f3a5f', '#d32f2f', '#2f9a4d', '#8a3fd1', '#d98a00', '#00838f', '#6d4c41', '#888'];
  const every = Math.ceil(tl.periods.length / Math.floor(W / 90));
  tl.periods.forEach((q, i) => {
    let y = H;
    tl.types.forEach((t, k) => {
      const n = (tl.counts[t] || {})[q] || 0;
      if (!n) return;
      const h = (H - 10) * n / max;
      y -= h;
      const r = add('rect', { x: pad + i * bw, y, width: Math.max(1, bw - 1), height: h, fill: colours[k % colours.length], 'data-period': q, 'data-type': t, 'data-count': n });
      const title = document.createElementNS(ns, 'title');
      title.textContent = `${periodLabel(q, by)}: ${n} ${t}`;
      r.append(title);
    });
    if (tl.fatalities[q]) add('text', { x: pad + i * bw, y: y - 3, fill: '#b00020' }, '†' + tl.fatalities[q]);
    if (i % every === 0) add('text', { x: pad + i * bw, y: H + 15 }, periodLabel(q, by));
  });
  add('text', { x: 0, y: 12 }, String(max));
  const legend = el('p', { class: 'legend' }, tl.types.map((t, k) => el('span', null, el('span', { style: `display:inline-block;width:.8em;height:.8em;background:${colours[k % colours.length]}` }), ' ', t)));
  const rows = el('table', { class: 'events', id: 'periods' }, el('tr', null, el('th', null, by), el('th', null, 'events'), el('th', null, 'fatalities')),
    tl.periods.filter((q) => tl.totals[q]).map((q) => el('tr', { 'data-period': q }, el('td', null, periodLabel(q, by)), el('td', null, tl.totals[q]), el('td', null, tl.fatalities[q] || 0))));
  main.replaceChildren(choose, el('div', { class: 'chart' }, svg), legend,
    el('p', { class: 'meta' }, `Events by the date they happened. Not shown: ${tl.coarser} dated less precisely than a ${by}, ${tl.undated} undated.`), rows);
}

// --- events table -----------------------------------------------------------

function parseCSV(s) {
  const rows = [];
  let row = [], f = '', q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '"' && s[i + 1] === '"') { f += '"'; i++; } else if (c === '"') q = false; else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(f); f = ''; }
    else if (c === '\n') { row.push(f); rows.push(row); row = []; f = ''; }
    else if (c !== '\r') f += c;
  }
  if (f || row.length) { row.push(f); rows.push(row); }
  return rows;
}

async function viewEvents(params) {
  const p = filterParams(params);
  const dl = (ext, label) => el('a', { href: '/api/events.' + ext + (p.toString() ? '?' + p : ''), download: 'events.' + ext, id: 'download-' + ext }, label);
  const shown = new URLSearchParams(p);
  shown.set('limit', '200');
  const r = await fetch('/api/events.csv?' + shown);
  if (!r.ok) throw new Error((await r.json()).error);
  const rows = parseCSV(await r.text());
  const head = rows.shift() || [];
  const keep = ['event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'location', 'country', 'fatalities', 'notes'];
  const cols = keep.map((k) => head.indexOf(k));
  const id = head.indexOf('event_id');
  main.replaceChildren(
    el('p', { class: 'downloads' }, 'Download the table: ', dl('csv', 'CSV'), dl('parquet', 'Parquet'), dl('geojson', 'GeoJSON')),
    el('p', { class: 'meta' }, `${rows.length} events of the first 200 matching articles shown.`),
    el('table', { class: 'events', id: 'events' }, el('tr', null, keep.map((k) => el('th', null, k))),
      rows.map((r) => el('tr', null, cols.map((c, k) => el('td', null, k === 0 ? el('a', { href: '#/article/' + encodeURIComponent(r[id].replace(/-\d+$/, '')) }, r[c] || '?') : r[c]))))));
}

// --- routing ----------------------------------------------------------------

async function render() {
  const { path, params } = route();
  setFilters(path, params);
  if (annalist.map) {
    annalist.map.remove();
    annalist.map = null;
  }
  main.setAttribute('aria-busy', 'true');
  try {
    if (path.startsWith('/article/')) await viewArticle(decodeURIComponent(path.slice(9)));
    else if (path.startsWith('/entity/')) await viewEntity(decodeURIComponent(path.slice(8)));
    else if (path === '/map') await viewMap(params);
    else if (path === '/timeline') await viewTimeline(params);
    else if (path === '/events') await viewEvents(params);
    else await viewSearch(params);
  } catch (err) {
    showError(err);
  }
  main.setAttribute('aria-busy', 'false');
  main.dataset.view = path;
}

document.getElementById('searchform').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const { path, params } = route();
  const view = ['/map', '/timeline', '/events'].includes(path) ? path : '/';
  location.hash = link(view, params, { q: document.getElementById('q').value.trim() || null, offset: null });
});
window.addEventListener('hashchange', render);
render();
