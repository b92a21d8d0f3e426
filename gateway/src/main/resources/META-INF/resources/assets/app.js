// The seatwise dashboard: plain JavaScript, no build step. Every text taken from the API is set with
// textContent (through h() below), never parsed as markup.
(() => {
  'use strict';

  const I18N = window.SEATWISE_I18N;
  const LANGS = ['kk', 'ru', 'en'];
  const LOCALES = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };
  const STREAM_EVENT = 'seatwise.recommendation.issued.v1';
  const METHODS = ['huntington-hill', 'webster', 'jefferson', 'hamilton', 'adams', 'dean'];

  const state = {
    lang: initialLang(),
    units: null,            // code → unit (names in kk/ru/en, parentCode, kind)
    configs: null,          // the configurations model-service keeps: {model, rounding, capped}
    config: null,           // the chosen one
    models: {},             // model id → its catalogue entry (name, formula)
    recs: [],               // recommendations under the chosen configuration
    sort: { key: 'voters', dir: -1 },
    live: 'connecting',
    lastUpdate: null,
    rerender: null          // re-renders the current view after a live update, if it shows recommendations
  };

  // ---- text and elements ----

  function initialLang() {
    const saved = localStorage.getItem('seatwise.lang');
    if (LANGS.includes(saved)) return saved;
    const browser = (navigator.language || 'en').slice(0, 2);
    return LANGS.includes(browser) ? browser : 'en';
  }

  function t(key, ...args) {
    let s = (I18N[state.lang] && I18N[state.lang][key]) ?? I18N.en[key] ?? key;
    args.forEach((a, i) => { s = s.split('{' + i + '}').join(String(a)); });
    return s;
  }

  /** An element with attributes and children; strings become text nodes, never markup. */
  function h(tag, props, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v == null || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = v;
      else if (k === 'dataset') Object.assign(el.dataset, v);
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat(Infinity)) {
      if (c == null || c === false) continue;
      el.append(c instanceof Node ? c : String(c));
    }
    return el;
  }

  const fmt = (n) => (n == null || n === '' ? '–' : new Intl.NumberFormat(LOCALES[state.lang]).format(Number(n)));
  const fmt1 = (n) => (n == null ? '–' : new Intl.NumberFormat(LOCALES[state.lang], { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(Number(n)));
  const signed = (n) => (n == null ? '–' : (n > 0 ? '+' : '') + fmt(n));

  function unitName(code) {
    const u = state.units && state.units[code];
    if (!u || !u.names) return code;
    return u.names[state.lang] || u.names.en || u.names.ru || code;
  }

  // ---- the API ----

  /** {ok, status, data} or {ok:false, status, problem}; never throws. */
  async function api(path, options = {}) {
    let response;
    try {
      response = await fetch(path, {
        method: options.method || 'GET',
        headers: Object.assign({ Accept: 'application/json' }, options.headers || {}),
        body: options.body
      });
    } catch (e) {
      return { ok: false, status: 0, problem: { title: t('error.network'), detail: String(e) } };
    }
    const type = response.headers.get('Content-Type') || '';
    let data = null;
    try {
      data = type.includes('json') ? await response.json() : await response.text();
    } catch (e) {
      data = null;
    }
    if (response.ok) return { ok: true, status: response.status, data };
    const problem = data && typeof data === 'object' ? data : { title: 'HTTP ' + response.status, detail: String(data || '') };
    return { ok: false, status: response.status, problem };
  }

  /** A short note for a failed request: a missing endpoint is "not available yet", anything else its problem. */
  function problemNote(result, what) {
    const p = result.problem || {};
    // An endpoint that does not exist yet, as opposed to a resource it does not have.
    const noEndpoint = result.status === 405 || (result.status === 404
      && (!p.detail || /matching target resource|no route/i.test(p.detail)));
    if (noEndpoint) {
      return h('p', { class: 'note unavailable' }, t('notAvailable', what));
    }
    if (result.status === 404) {
      return h('p', { class: 'note' }, p.detail || p.title);
    }
    return h('p', { class: 'note error', role: 'alert' }, t('error.load', what) + ': ' + [p.title, p.detail].filter(Boolean).join(' — '));
  }

  async function ensureUnits() {
    if (state.units) return;
    const result = await api('/api/v1/units');
    state.units = {};
    if (result.ok && Array.isArray(result.data)) {
      result.data.forEach((u) => { state.units[u.code] = u; });
    }
  }

  async function ensureConfigs() {
    if (state.configs) return;
    const models = await api('/api/v1/models');
    if (models.ok && models.data && Array.isArray(models.data.models)) {
      models.data.models.forEach((m) => { state.models[m.id] = m; });
    }
    // The kept configurations are the primary one and every one beside it in a unit's otherRules.
    const primary = await api('/api/v1/recommendations');
    const configs = [];
    if (primary.ok && primary.data.length) {
      const one = await api('/api/v1/recommendations/' + encodeURIComponent(primary.data[0].unitCode));
      const rules = one.ok ? [one.data].concat(one.data.otherRules || []) : [primary.data[0]];
      rules.forEach((r) => {
        const c = { model: r.rule.model, rounding: r.rule.rounding, capped: r.rule.capApplied };
        if (!configs.some((x) => sameConfig(x, c))) configs.push(c);
      });
    }
    state.configs = configs;
    const saved = JSON.parse(localStorage.getItem('seatwise.config') || 'null');
    state.config = configs.find((c) => saved && sameConfig(c, saved)) || configs[0] || null;
  }

  const sameConfig = (a, b) => a.model === b.model && a.rounding === b.rounding && Boolean(a.capped) === Boolean(b.capped);

  function configQuery(c) {
    return '?model=' + encodeURIComponent(c.model) + '&rounding=' + encodeURIComponent(c.rounding) + '&capped=' + (c.capped ? 'true' : 'false');
  }

  async function loadRecs() {
    if (!state.config) {
      const result = await api('/api/v1/recommendations');
      state.recs = result.ok ? result.data : [];
      return result;
    }
    const result = await api('/api/v1/recommendations' + configQuery(state.config));
    state.recs = result.ok ? result.data : [];
    return result;
  }

  function provenance(r) {
    const p = (r.input && r.input.provenance) || {};
    const lines = [t('prov.bulletin', p.source || '?', p.date || '?')];
    if (p.citation) lines.push(t('prov.citation', p.citation));
    if (r.rule && r.rule.description) lines.push(t('prov.rule', r.rule.description));
    if (r.cap != null) lines.push(t('prov.cap', r.cap, r.capBinds ? t('prov.capBinds') : ''));
    return lines.join('\n');
  }

  /** A translated name for an identifier from the API, or the identifier itself. */
  function label(prefix, id) {
    return I18N.en[prefix + id] ? t(prefix + id) : id;
  }

  function modelLabel(id) {
    if (I18N.en['model.' + id]) return t('model.' + id);
    const m = state.models[id];
    return m && m.name ? m.name : id;
  }

  // ---- live updates ----

  let source = null;

  function connectStream() {
    if (!window.EventSource || source) return;
    source = new EventSource('/api/v1/recommendations/stream');
    source.onopen = () => setLive('on');
    source.onerror = () => setLive('off');
    source.addEventListener(STREAM_EVENT, (e) => {
      let payload;
      try { payload = JSON.parse(e.data); } catch (err) { return; }
      applyUpdate(payload);
    });
  }

  function setLive(status) {
    state.live = status;
    renderLive();
  }

  function renderLive() {
    const el = document.getElementById('live');
    if (!el) return;
    el.className = 'live ' + state.live;
    const text = t('live.' + state.live) + (state.lastUpdate ? ' · ' + t('live.updated', unitName(state.lastUpdate.unit), state.lastUpdate.at) : '');
    el.textContent = text;
  }

  /** A recommendation event: update the row it concerns when it is under the chosen configuration. */
  function applyUpdate(p) {
    if (!p || !p.unitCode || !p.rule) return;
    state.lastUpdate = { unit: p.unitCode, at: new Date().toLocaleTimeString(LOCALES[state.lang]) };
    renderLive();
    if (!state.config || !sameConfig(state.config, { model: p.rule.model, rounding: p.rule.rounding, capped: p.rule.capApplied })) return;
    const existing = state.recs.find((r) => r.unitCode === p.unitCode);
    const input = Object.assign({}, existing ? existing.input : {}, {
      universe: p.input && p.input.universe, value: p.input && p.input.value,
      provenance: p.input && p.input.provenance, bulletinId: (p.input && p.input.figureId) || (existing && existing.input.bulletinId)
    });
    const updated = Object.assign({}, existing || {}, {
      recommendationId: p.recommendationId, unitCode: p.unitCode, seats: p.seats, raw: p.raw, cap: p.cap,
      capBinds: p.capBinds, currentSeats: p.currentSeats, gap: p.gap, computedAt: p.computedAt, input,
      rule: Object.assign({}, existing ? existing.rule : {}, p.rule), fresh: true
    });
    if (existing) state.recs[state.recs.indexOf(existing)] = updated; else state.recs.push(updated);
    if (state.rerender) state.rerender();
  }

  // ---- views ----

  function configControls(onChange) {
    const wrap = h('div', { class: 'controls' });
    if (!state.configs || !state.configs.length || !state.config) return wrap;
    const models = [...new Set(state.configs.map((c) => c.model))];
    const roundings = [...new Set(state.configs.filter((c) => c.model === state.config.model).map((c) => c.rounding))];
    const capOptions = state.configs.filter((c) => c.model === state.config.model && c.rounding === state.config.rounding);
    const choose = (wanted) => {
      // The nearest kept configuration: same model, then same rounding, then same cap.
      const c = state.configs.find((x) => sameConfig(x, wanted))
        || state.configs.find((x) => x.model === wanted.model && x.rounding === wanted.rounding)
        || state.configs.find((x) => x.model === wanted.model) || state.configs[0];
      state.config = c;
      localStorage.setItem('seatwise.config', JSON.stringify(c));
      onChange();
    };
    const modelSelect = h('select', { id: 'model', onchange: (e) => choose(Object.assign({}, state.config, { model: e.target.value })) },
      models.map((m) => h('option', { value: m, selected: m === state.config.model }, modelLabel(m))));
    const roundingSelect = h('select', { id: 'rounding', onchange: (e) => choose(Object.assign({}, state.config, { rounding: e.target.value })) },
      roundings.map((r) => h('option', { value: r, selected: r === state.config.rounding }, label('rounding.', r))));
    const capBox = h('input', { type: 'checkbox', id: 'capped', checked: Boolean(state.config.capped), disabled: capOptions.length < 2,
      onchange: (e) => choose(Object.assign({}, state.config, { capped: e.target.checked })) });
    wrap.append(
      h('label', {}, t('control.model'), ' ', modelSelect),
      h('label', {}, t('control.rounding'), ' ', roundingSelect),
      h('label', {}, capBox, ' ', t('control.capped')));
    return wrap;
  }

  const COLUMNS = [
    { key: 'council', label: 'col.council', value: (r) => unitName(r.unitCode) },
    { key: 'voters', label: 'col.voters', value: (r) => r.input && r.input.value },
    { key: 'current', label: 'col.current', value: (r) => r.currentSeats },
    { key: 'raw', label: 'col.raw', value: (r) => Number(r.raw) },
    { key: 'recommended', label: 'col.recommended', value: (r) => r.seats },
    { key: 'cap', label: 'col.cap', value: (r) => r.cap },
    { key: 'gap', label: 'col.gap', value: (r) => r.gap }
  ];

  function sorted(recs) {
    const col = COLUMNS.find((c) => c.key === state.sort.key) || COLUMNS[1];
    const collator = new Intl.Collator(LOCALES[state.lang]);
    return recs.slice().sort((a, b) => {
      const x = col.value(a), y = col.value(b);
      if (x == null && y == null) return 0;
      if (x == null) return 1;
      if (y == null) return -1;
      const order = typeof x === 'string' ? collator.compare(x, y) : x - y;
      return order * state.sort.dir;
    });
  }

  async function viewOverview(main) {
    const title = h('h2', { id: 'page-title' }, t('overview.title'));
    const status = h('p', { class: 'note' }, t('loading'));
    main.append(title, h('p', { class: 'lead' }, t('overview.lead')), status);
    await Promise.all([ensureUnits(), ensureConfigs()]);
    const result = await loadRecs();
    if (!result.ok) {
      status.replaceWith(problemNote(result, '/api/v1/recommendations'));
      return;
    }
    const controlsSlot = h('div');
    const tableSlot = h('div');
    const count = h('p', { class: 'note', id: 'count' });
    const download = h('button', { type: 'button', class: 'link', onclick: downloadCsv }, t('overview.csv'));
    status.replaceWith(controlsSlot, tableSlot, h('p', { class: 'note' }, count, ' ', download));

    const renderControls = () => controlsSlot.replaceChildren(configControls(async () => {
      renderControls();
      await loadRecs();
      render();
    }));
    const render = () => {
      const head = h('tr', {}, COLUMNS.map((c) => {
        const active = state.sort.key === c.key;
        return h('th', { scope: 'col', 'aria-sort': active ? (state.sort.dir > 0 ? 'ascending' : 'descending') : 'none', class: c.key },
          h('button', { type: 'button', class: 'sort', dataset: { key: c.key }, onclick: () => {
            state.sort = { key: c.key, dir: active ? -state.sort.dir : (c.key === 'council' ? 1 : -1) };
            render();
          } }, t(c.label), active ? (state.sort.dir > 0 ? ' ▲' : ' ▼') : ''));
      }));
      const rows = sorted(state.recs).map((r) => {
        const prov = provenance(r);
        const tr = h('tr', { dataset: { unit: r.unitCode }, class: r.fresh ? 'fresh' : null, title: prov },
          h('td', { class: 'council' }, h('a', { href: '#/unit/' + encodeURIComponent(r.unitCode) }, unitName(r.unitCode)), ' ',
            h('span', { class: 'code' }, r.unitCode)),
          h('td', { class: 'voters', title: prov }, fmt(r.input && r.input.value)),
          h('td', { class: 'current' }, fmt(r.currentSeats)),
          h('td', { class: 'raw' }, fmt1(r.raw)),
          h('td', { class: 'recommended', title: prov }, fmt(r.seats)),
          h('td', { class: 'cap' + (r.capBinds ? ' binds' : '') }, fmt(r.cap)),
          h('td', { class: 'gap' + (r.gap < 0 ? ' neg' : r.gap > 0 ? ' pos' : '') }, signed(r.gap)));
        r.fresh = false;
        return tr;
      });
      tableSlot.replaceChildren(h('table', { id: 'overview', class: 'data' }, h('thead', {}, head), h('tbody', {}, rows)));
      count.textContent = t('overview.count', state.recs.length);
    };
    renderControls();
    render();
    state.rerender = render;
  }

  async function downloadCsv() {
    const path = '/api/v1/recommendations' + (state.config ? configQuery(state.config) : '');
    const response = await fetch(path, { headers: { Accept: 'text/csv' } });
    if (!response.ok) return;
    const blob = await response.blob();
    const a = h('a', { href: URL.createObjectURL(blob), download: 'recommendations.csv' });
    document.body.append(a);
    a.click();
    a.remove();
  }

  async function viewChart(main) {
    main.append(h('h2', { id: 'page-title' }, t('chart.title')), h('p', { class: 'lead' }, t('chart.lead')));
    const status = h('p', { class: 'note' }, t('loading'));
    main.append(status);
    await Promise.all([ensureUnits(), ensureConfigs()]);
    const result = await loadRecs();
    if (!result.ok) {
      status.replaceWith(problemNote(result, '/api/v1/recommendations'));
      return;
    }
    const controlsSlot = h('div');
    const el = h('div', { id: 'chart', class: 'chart' });
    status.replaceWith(controlsSlot, el);
    if (!window.echarts) {
      el.replaceWith(h('p', { class: 'note error' }, t('chart.noEcharts')));
      return;
    }
    const chart = window.echarts.init(el, null, { renderer: 'svg' });
    const renderControls = () => controlsSlot.replaceChildren(configControls(async () => {
      renderControls();
      await loadRecs();
      render();
    }));
    const render = () => {
      const withSeats = state.recs.filter((r) => r.currentSeats != null && r.input && r.input.value > 0);
      const points = withSeats.map((r) => ({
        name: unitName(r.unitCode), code: r.unitCode, value: [r.input.value, r.currentSeats], prov: provenance(r)
      }));
      const voters = state.recs.map((r) => r.input && r.input.value).filter((v) => v > 0);
      const lo = Math.min(...voters) / 1.25, hi = Math.max(...voters) * 1.25;
      const cube = [];
      for (let i = 0; i <= 40; i++) {
        const v = lo * Math.pow(hi / lo, i / 40);
        cube.push([Math.round(v), Math.cbrt(v)]);
      }
      const series = [
        { type: 'scatter', name: t('chart.points'), data: points, symbolSize: 9,
          label: { show: true, position: 'right', fontSize: 10, formatter: (p) => p.data.code },
          labelLayout: { moveOverlap: 'shiftY' }, labelLine: { show: true, length2: 4, lineStyle: { opacity: 0.4 } } },
        { type: 'line', name: t('chart.cubeRoot'), data: cube, showSymbol: false, lineStyle: { width: 2 } }
      ];
      // The seats axis spans the points and the lines drawn, no more, so that close councils stay apart.
      const seatValues = points.map((p) => p.value[1]).concat([Math.cbrt(lo), Math.cbrt(hi)], state.recs.map((r) => Number(r.raw)).filter((v) => v > 0));
      const seatMin = Math.max(1, Math.floor(Math.min(...seatValues) * 0.85)), seatMax = Math.ceil(Math.max(...seatValues) * 1.15);
      if (state.config && state.config.model !== 'cube-root') {
        const modelLine = state.recs.filter((r) => r.input && r.input.value > 0).slice()
          .sort((a, b) => a.input.value - b.input.value).map((r) => [r.input.value, Number(r.raw)]);
        series.push({ type: 'line', name: t('chart.model', modelLabel(state.config.model)), data: modelLine, showSymbol: false,
          lineStyle: { type: 'dashed' } });
      }
      chart.setOption({
        animation: false,
        legend: { top: 0 },
        grid: { left: 60, right: 40, top: 40, bottom: 50 },
        tooltip: { trigger: 'item', formatter: (p) => p.seriesIndex === 0
          ? p.data.name + ' (' + p.data.code + ')\n' + t('col.voters') + ': ' + fmt(p.data.value[0]) + '\n' + t('col.current') + ': ' + p.data.value[1] + '\n' + p.data.prov
          : fmt(p.value[0]) + ' → ' + fmt1(p.value[1]),
          extraCssText: 'white-space: pre-line' , renderMode: 'richText' },
        xAxis: { type: 'log', name: t('chart.x'), nameLocation: 'middle', nameGap: 30, min: Math.round(lo), max: Math.round(hi),
          axisLabel: { showMinLabel: false, showMaxLabel: false, formatter: (v) => fmt(v) } },
        // Seats double from tick to tick: councils differ by tens of seats, rarely by a power of ten.
        yAxis: { type: 'log', logBase: 2, name: t('chart.y'), nameLocation: 'middle', nameGap: 40, min: seatMin, max: seatMax,
          axisLabel: { showMinLabel: false, showMaxLabel: false } },
        series
      }, true);
      el.dataset.points = String(points.length);
      el.dataset.lines = String(series.length - 1);
    };
    renderControls();
    render();
    state.rerender = render;
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    state.cleanup = () => { window.removeEventListener('resize', onResize); chart.dispose(); };
  }

  function table(id, headers, rows, cls) {
    return h('table', { id, class: 'data' + (cls ? ' ' + cls : '') }, h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, rows));
  }

  function section(titleKey, ...content) {
    return h('section', { class: 'block' }, h('h3', {}, t(titleKey)), content);
  }

  async function viewUnit(main, code) {
    main.append(h('p', {}, h('a', { href: '#/' }, t('unit.back'))));
    const status = h('p', { class: 'note' }, t('loading'));
    main.append(status);
    await ensureUnits();
    const enc = encodeURIComponent(code);
    const [unit, recommendation, council, lineage, population] = await Promise.all([
      api('/api/v1/units/' + enc), api('/api/v1/recommendations/' + enc), api('/api/v1/councils/' + enc),
      api('/api/v1/units/' + enc + '/lineage'), api('/api/v1/units/' + enc + '/population')]);
    status.remove();
    if (unit.ok) state.units[code] = Object.assign({}, state.units[code], unit.data);
    const u = unit.ok ? unit.data : null;
    main.append(h('h2', { id: 'page-title' }, unitName(code), ' ', h('span', { class: 'code' }, code)));
    if (!u) {
      main.append(unit.status === 404 ? h('p', { class: 'note error' }, t('unit.unknown', code)) : problemNote(unit, '/api/v1/units/' + code));
    } else {
      const facts = h('dl', { class: 'facts' },
        h('dt', {}, t('unit.kind')), h('dd', {}, u.kind ? label('kind.', u.kind) : '–'),
        u.parentCode ? [h('dt', {}, t('unit.parent')), h('dd', {}, h('a', { href: '#/unit/' + encodeURIComponent(u.parentCode) }, unitName(u.parentCode)))] : null,
        h('dt', {}, t('unit.valid')), h('dd', {}, [u.validFrom ? t('unit.since', u.validFrom) : null, u.validTo ? t('unit.until', u.validTo) : null].filter(Boolean).join(' ') || '–'));
      main.append(facts);
    }

    // Every rule side by side.
    if (recommendation.ok) {
      const all = [recommendation.data].concat(recommendation.data.otherRules || []);
      main.append(section('unit.rules',
        table('rules', [t('col.model'), t('col.rounding'), t('col.capApplied'), t('col.raw'), t('col.recommended'), t('col.cap'), t('col.current'), t('col.gap')],
          all.map((r) => h('tr', { title: provenance(r) },
            h('td', {}, modelLabel(r.rule.model)), h('td', {}, label('rounding.', r.rule.rounding)),
            h('td', {}, r.rule.capApplied ? t('rule.capped') : t('rule.uncapped')), h('td', {}, fmt1(r.raw)),
            h('td', {}, fmt(r.seats)), h('td', {}, fmt(r.cap)), h('td', {}, fmt(r.currentSeats)),
            h('td', { class: 'gap' + (r.gap < 0 ? ' neg' : '') }, signed(r.gap))))),
        h('p', { class: 'note' }, provenance(recommendation.data).split('\n').join(' · '))));
    } else {
      main.append(section('unit.rules', problemNote(recommendation, '/api/v1/recommendations/' + code)));
    }

    if (council.ok) {
      main.append(section('unit.convocations',
        table('convocations', [t('col.convocation'), t('col.elected'), t('col.seats'), t('col.source')],
          (council.data.convocations || []).map((c) => h('tr', {},
            h('td', {}, c.convocation), h('td', {}, c.electionDate || '–'), h('td', {}, fmt(c.seats)),
            h('td', { title: (c.provenance && c.provenance.citation) || '' }, (c.provenance && c.provenance.source) || '–'))))));
    } else {
      main.append(section('unit.convocations', problemNote(council, '/api/v1/councils/' + code)));
    }

    if (lineage.ok) {
      const d = lineage.data;
      const relatives = (list) => (list || []).map((r) => h('li', {}, r.relation ? r.relation + ' ' : '',
        h('a', { href: '#/unit/' + encodeURIComponent(r.code) }, (r.names && (r.names[state.lang] || r.names.en)) || r.code), ' (' + r.code + ')'));
      const events = (d.events || []).map((e) => h('tr', { title: (e.provenance && [e.provenance.source, e.provenance.citation].filter(Boolean).join(' — ')) || '' },
        h('td', {}, e.dateAsKnown || e.date || '–'), h('td', {}, e.kind || '–'), h('td', {}, (e.from || []).join(', ')),
        h('td', {}, (e.to || []).join(', ')), h('td', {}, [e.act, e.note].filter(Boolean).join(' — '))));
      main.append(section('unit.lineage',
        (d.ancestors || []).length ? [h('h4', {}, t('lineage.ancestors')), h('ul', {}, relatives(d.ancestors))] : null,
        (d.descendants || []).length ? [h('h4', {}, t('lineage.descendants')), h('ul', {}, relatives(d.descendants))] : null,
        events.length ? table('lineage', [t('col.date'), t('col.event'), t('col.from'), t('col.to'), t('col.note')], events, 'text')
          : h('p', { class: 'note' }, t('lineage.none')),
        d.coverage ? h('p', { class: 'note' }, d.coverage) : null));
    } else {
      main.append(section('unit.lineage', problemNote(lineage, t('unit.lineage'))));
    }

    if (population.ok) {
      const figures = population.data.figures || [];
      main.append(section('unit.population', figures.length
        ? table('population', [t('col.date'), t('col.universe'), t('col.value'), t('col.source')],
          figures.map((f) => h('tr', { title: f.citation || '' }, h('td', {}, f.date), h('td', {}, f.universe),
            h('td', {}, fmt(f.value)), h('td', {}, f.source || '–'))))
        : h('p', { class: 'note', id: 'population' }, t('population.none'))));
    } else {
      main.append(section('unit.population', problemNote(population, t('unit.population'))));
    }

    main.append(await historySection(code, council, population));

    // Without a recommendation of its own (a country), a round hundred seats shows how shares would fall.
    main.append(await apportionmentSection(code, recommendation.ok ? recommendation.data.seats : 100));
    state.rerender = null;
  }

  /** How many of the latest bulletins the unit page reads for its voters over time (one request each). */
  const HISTORY_BULLETINS = 100;

  /**
   * Voters from every current bulletin that lists the unit (at its roll date), population figures (at their
   * dates, one line per universe) and seats per convocation (at its election), on one time axis and in a table;
   * every point and row carries its source.
   */
  async function historySection(code, council, population) {
    const listed = await api('/api/v1/bulletins?limit=' + HISTORY_BULLETINS);
    const current = listed.ok && Array.isArray(listed.data) ? listed.data.filter((b) => !b.supersededBy) : [];
    const rows = await Promise.all(current.map((b) => api('/api/v1/bulletins/' + encodeURIComponent(b.id) + '/rows')));
    const points = [];
    current.forEach((b, i) => {
      const row = rows[i].ok && Array.isArray(rows[i].data) ? rows[i].data.find((r) => r.unitCode === code) : null;
      if (row) {
        points.push({ series: 'voters', label: t('history.voters'), date: b.rollDate, value: row.voters, source: b.issuer,
          prov: [t('history.bulletin', b.id, b.rollDate), b.issuer, b.citation].filter(Boolean).join('\n') });
      }
    });
    ((population.ok && population.data.figures) || []).forEach((f) => points.push({
      series: 'population:' + f.universe, label: t('history.population') + ' (' + f.universe + ')', date: f.date, value: f.value,
      source: f.source, prov: [f.source, f.date, f.universe, f.basis, f.citation].filter(Boolean).join('\n') }));
    ((council.ok && council.data.convocations) || []).filter((c) => c.electionDate).forEach((c) => {
      const p = c.provenance || {};
      points.push({ series: 'seats', label: t('history.seats'), date: c.electionDate, value: c.seats, source: p.source,
        prov: [p.source, t('col.convocation') + ' ' + c.convocation, c.electionDate, p.citation].filter(Boolean).join('\n') });
    });
    points.sort((a, b) => String(a.date).localeCompare(String(b.date)));
    if (!points.length) return section('unit.history', h('p', { class: 'note', id: 'history-none' }, t('history.none')));

    const tableRows = points.map((p) => h('tr', { title: p.prov, dataset: { series: p.series.split(':')[0], date: p.date } },
      h('td', {}, p.label), h('td', {}, p.date), h('td', { class: 'value' }, fmt(p.value)), h('td', { class: 'source' }, p.source || '–')));
    const chartEl = h('div', { id: 'history-chart', class: 'chart small' });
    const block = section('unit.history', h('p', { class: 'note' }, t('history.lead')),
      listed.ok && listed.data.length >= HISTORY_BULLETINS ? h('p', { class: 'note' }, t('history.partial', HISTORY_BULLETINS)) : null,
      chartEl, table('history', [t('col.series'), t('col.date'), t('col.value'), t('col.source')], tableRows));
    if (!window.echarts) {
      chartEl.replaceWith(h('p', { class: 'note error' }, t('chart.noEcharts')));
      return block;
    }
    const groups = [...new Set(points.map((p) => p.series))];
    const series = groups.map((g) => {
      const of = points.filter((p) => p.series === g);
      return { type: 'line', name: of[0].label, yAxisIndex: g === 'seats' ? 1 : 0, step: g === 'seats' ? 'end' : false,
        symbolSize: 8, data: of.map((p) => ({ value: [p.date, p.value], prov: p.prov })) };
    });
    // Drawn after the section is in the page, when the element has its size.
    requestAnimationFrame(() => {
      const chart = window.echarts.init(chartEl, null, { renderer: 'svg' });
      chart.setOption({
        animation: false, legend: { top: 0 }, grid: { left: 80, right: 60, top: 40, bottom: 40 },
        tooltip: { trigger: 'item', renderMode: 'richText',
          formatter: (p) => p.seriesName + ': ' + fmt(p.value[1]) + '\n' + p.data.prov },
        xAxis: { type: 'time' },
        // Both axes from zero, so that a change looks as large as it is.
        yAxis: [{ type: 'value', name: t('history.people'), min: 0, axisLabel: { formatter: (v) => fmt(v) } },
          { type: 'value', name: t('history.seats'), min: 0, minInterval: 1, splitLine: { show: false } }],
        series
      });
      chartEl.dataset.series = JSON.stringify(Object.fromEntries(groups.map((g) => [g, points.filter((p) => p.series === g).length])));
      const previous = state.cleanup;
      state.cleanup = () => { chart.dispose(); if (previous) previous(); };
    });
    return block;
  }

  /**
   * How the unit's seats would fall among its sub-units: by their latest population figures where
   * model-service shares a council's seats itself (POST /councils/{unit}/apportionment), else by the
   * sub-units' voters on the roll through POST /apportionments.
   */
  async function apportionmentSection(code, seats) {
    await ensureConfigs();
    if (!state.recs.length) await loadRecs();
    const children = state.recs.filter((r) => state.units[r.unitCode] && state.units[r.unitCode].parentCode === code && r.input && r.input.value > 0);
    const result = h('div');
    const method = h('select', { id: 'method' }, METHODS.map((m) => h('option', { value: m }, m)));
    const seatsInput = h('input', { type: 'number', id: 'seats', min: 1, value: seats });
    const show = (allocations, sizes, basisKey, note) => result.replaceChildren(
      table('allocations', [t('col.unit'), t(basisKey), t('col.quota'), t('col.seats')],
        allocations.map((a) => h('tr', {}, h('td', {}, unitName(a.id), ' ', h('span', { class: 'code' }, a.id)),
          h('td', { title: (sizes[a.id] && sizes[a.id].source) || '' }, fmt(sizes[a.id] && sizes[a.id].value)),
          h('td', {}, fmt1(a.quota)), h('td', {}, fmt(a.seats))))),
      note ? h('p', { class: 'note', id: 'apportionment-basis' }, note) : null);
    const run = async () => {
      const query = '?method=' + encodeURIComponent(method.value) + '&seats=' + encodeURIComponent(seatsInput.value) + '&minimumPerUnit=1';
      const byPopulation = await api('/api/v1/councils/' + encodeURIComponent(code) + '/apportionment' + query, { method: 'POST' });
      if (byPopulation.ok) {
        const sizes = {};
        (byPopulation.data.inputs || []).forEach((i) => {
          sizes[i.unitCode] = { value: i.population, source: i.provenance ? [i.provenance.source, i.provenance.date].filter(Boolean).join(', ') : '' };
        });
        show(byPopulation.data.apportionment.allocations, sizes, 'col.population', t('unit.basisPopulation', byPopulation.data.universe));
        return;
      }
      if (children.length < 2) {
        result.replaceChildren(h('p', { class: 'note' }, t('unit.noDistricts')));
        return;
      }
      const body = { method: method.value, seats: Number(seatsInput.value), minimumPerUnit: 1,
        units: children.map((r) => ({ id: r.unitCode, population: r.input.value })) };
      const answer = await api('/api/v1/apportionments', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      if (!answer.ok) {
        result.replaceChildren(problemNote(answer, '/api/v1/apportionments'));
        return;
      }
      const sizes = {};
      children.forEach((r) => { sizes[r.unitCode] = { value: r.input.value, source: provenance(r).split('\n')[0] }; });
      show(answer.data.allocations, sizes, 'col.voters', t('unit.basisVoters'));
    };
    const block = section('unit.apportionment',
      h('div', { class: 'controls' }, h('label', {}, t('unit.method'), ' ', method), h('label', {}, t('unit.seats'), ' ', seatsInput),
        h('button', { type: 'button', onclick: run }, t('unit.apportion'))), result);
    run();
    return block;
  }

  async function viewReproduction(main) {
    main.append(h('h2', { id: 'page-title' }, t('repro.title')));
    const status = h('p', { class: 'note' }, t('loading'));
    main.append(status);
    const result = await api('/api/v1/reproductions/maslikhat-2025');
    if (!result.ok) {
      status.replaceWith(problemNote(result, '/api/v1/reproductions/maslikhat-2025'));
      return;
    }
    const d = result.data;
    const name = (u) => (state.lang === 'kk' ? u.nameKk : state.lang === 'ru' ? u.nameRu : u.nameEn) || u.nameEn || u.code;
    const printed = (p) => (p == null || p.value == null ? '–' : fmt(p.value));
    // A printed value beside its recomputation; a flagged one is marked and explained on hover.
    const check = (c) => {
      if (!c) return [h('td', {}, '–'), h('td', {}, '–')];
      const explanation = [c.finding, c.explanation && (c.explanation.rule + ': ' + c.explanation.working)].filter(Boolean).join('\n');
      return [
        h('td', { class: 'printed' + (c.flagged ? ' flag' : ''), title: explanation || t('repro.verdict.' + c.verdict) },
          printed(c.printed), c.flagged ? ' ⚑' : ''),
        h('td', { class: 'recomputed', title: c.reference ? c.reference.rule + '\n' + c.reference.working : '' },
          c.reference ? fmt(c.reference.value) : '–', ' ', h('span', { class: 'verdict ' + c.verdict }, t('repro.verdict.' + c.verdict)))
      ];
    };
    const pair = (key) => [h('th', { scope: 'col' }, t(key) + ' (' + t('repro.printed') + ')'), h('th', { scope: 'col' }, t(key) + ' (' + t('repro.recomputed') + ')')];
    const table2 = h('table', { id: 'table2', class: 'data' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('col.unit')), h('th', { scope: 'col' }, t('repro.deputies')),
        h('th', { scope: 'col' }, t('repro.voters')), pair('repro.cubeRoot'), pair('repro.gap'))),
      h('tbody', {}, d.table2.rows.map((r) => h('tr', { dataset: { unit: r.unit.code } }, h('td', {}, name(r.unit)),
        h('td', {}, printed(r.deputies)), h('td', {}, printed(r.voters)), check(r.cubeRoot), check(r.gap)))));
    const table1 = h('table', { id: 'table1', class: 'data' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('col.unit')), h('th', { scope: 'col' }, t('repro.deputies1994')),
        h('th', { scope: 'col' }, t('repro.deputies2023')), pair('repro.deputiesChange'), h('th', { scope: 'col' }, t('repro.population1989')),
        h('th', { scope: 'col' }, t('repro.population2023')), pair('repro.populationChange'))),
      h('tbody', {}, d.table1.rows.map((r) => h('tr', { dataset: { unit: r.unit.code } }, h('td', {}, name(r.unit)),
        h('td', {}, printed(r.deputies1994)), h('td', {}, printed(r.deputies2023)), check(r.deputiesChange),
        h('td', {}, printed(r.population1989Thousands)), h('td', {}, printed(r.population2023Thousands)), check(r.populationChange)))));
    status.replaceWith(
      h('p', { class: 'lead' }, d.study.title, String(d.study.title).includes(String(d.study.year)) ? '. ' : ' (' + d.study.year + '). ', d.study.note),
      h('p', { class: 'note', id: 'flag-count' }, t('repro.flagged', (d.flagged || []).length)),
      h('details', {}, h('summary', {}, t('repro.method')), h('p', {}, d.method)),
      h('h3', {}, t('repro.table2')), h('div', { class: 'scroll' }, table2),
      h('h3', {}, t('repro.table1')), h('div', { class: 'scroll' }, table1),
      (d.crossChecks || []).length ? [h('h3', {}, t('repro.crossChecks')),
        h('ul', {}, d.crossChecks.map((c) => h('li', {}, c.description, ': ', c.finding)))] : null);
    state.rerender = null;
  }

  function viewUpload(main) {
    main.append(h('h2', { id: 'page-title' }, t('upload.title')), h('p', { class: 'lead' }, t('upload.lead')));
    const file = h('input', { type: 'file', id: 'file', accept: '.csv,text/csv', required: true });
    const issuer = h('input', { type: 'text', id: 'issuer', required: true, value: sessionStorage.getItem('seatwise.issuer') || '' });
    const rollDate = h('input', { type: 'date', id: 'rollDate', required: true });
    const token = h('input', { type: 'password', id: 'token', autocomplete: 'off', value: sessionStorage.getItem('seatwise.token') || '' });
    const outcome = h('div', { id: 'outcome', 'aria-live': 'polite' });
    const submit = h('button', { type: 'submit', id: 'submit' }, t('upload.submit'));
    const form = h('form', { id: 'upload', class: 'form', onsubmit: async (e) => {
      e.preventDefault();
      if (!file.files.length) {
        outcome.replaceChildren(h('p', { class: 'note error' }, t('upload.noFile')));
        return;
      }
      sessionStorage.setItem('seatwise.token', token.value.trim());
      sessionStorage.setItem('seatwise.issuer', issuer.value.trim());
      submit.disabled = true;
      outcome.replaceChildren(h('p', { class: 'note' }, t('upload.sending')));
      const text = await file.files[0].text();
      const headers = { 'Content-Type': 'text/csv' };
      if (token.value.trim()) headers.Authorization = 'Bearer ' + token.value.trim();
      const answer = await api('/api/v1/bulletins?issuer=' + encodeURIComponent(issuer.value.trim()) + '&rollDate=' + encodeURIComponent(rollDate.value),
        { method: 'POST', headers, body: text });
      submit.disabled = false;
      outcome.replaceChildren(uploadOutcome(answer, text));
    } },
    h('label', {}, h('span', {}, t('upload.file')), file),
    h('label', {}, h('span', {}, t('upload.issuer')), issuer),
    h('label', {}, h('span', {}, t('upload.rollDate')), rollDate),
    h('label', {}, h('span', {}, t('upload.token')), token, h('small', {}, t('upload.tokenHint'))),
    submit);
    main.append(form, outcome);
    state.rerender = null;
  }

  function uploadOutcome(answer, text) {
    if (answer.ok) {
      const b = answer.data;
      return h('p', { class: 'note ok', role: 'status' }, t(answer.status === 201 ? 'upload.created' : 'upload.existing', b.id, b.rowCount));
    }
    const p = answer.problem || {};
    if (answer.status === 401 || answer.status === 403) {
      return h('p', { class: 'note error', role: 'alert' }, t('upload.unauthorized', p.detail || p.title || answer.status));
    }
    const lines = text.split(/\r?\n/);
    const errors = Array.isArray(p.errors) ? p.errors : [];
    return h('div', { role: 'alert' },
      h('p', { class: 'note error' }, t('upload.invalid', [p.title, p.detail].filter(Boolean).join(': ') || ('HTTP ' + answer.status))),
      errors.length ? table('upload-errors', [t('upload.row'), t('upload.field'), t('upload.value'), t('upload.reason'), t('upload.line')],
        errors.map((e) => h('tr', { dataset: { row: e.row == null ? '' : e.row } }, h('td', {}, e.row == null ? '–' : e.row),
          h('td', {}, e.field || '–'), h('td', {}, e.value == null ? '–' : e.value), h('td', {}, e.reason || ''),
          h('td', { class: 'line' }, e.row != null && lines[e.row - 1] != null ? lines[e.row - 1] : ''))), 'text') : null);
  }

  // ---- frame: navigation, language, routing ----

  const NAV = [['#/', 'nav.overview'], ['#/chart', 'nav.chart'], ['#/reproduction', 'nav.reproduction'], ['#/upload', 'nav.upload']];

  function renderFrame() {
    document.documentElement.lang = state.lang;
    document.getElementById('tagline').textContent = t('app.tagline');
    const hash = location.hash || '#/';
    document.getElementById('nav').replaceChildren(...NAV.map(([href, key]) =>
      h('a', { href, class: (hash === href || (href === '#/' && hash.startsWith('#/unit/'))) ? 'active' : null }, t(key))));
    document.getElementById('langs').replaceChildren(h('span', { class: 'label' }, t('lang.label') + ':'),
      ...LANGS.map((l) => h('button', { type: 'button', dataset: { lang: l }, 'aria-pressed': l === state.lang ? 'true' : 'false',
        onclick: () => setLang(l) }, l.toUpperCase())));
    renderLive();
  }

  function setLang(lang) {
    state.lang = lang;
    localStorage.setItem('seatwise.lang', lang);
    route();
  }

  let routing = 0;
  async function route() {
    const ticket = ++routing;
    if (state.cleanup) { state.cleanup(); state.cleanup = null; }
    state.rerender = null;
    delete document.body.dataset.ready;
    renderFrame();
    const main = document.getElementById('main');
    const view = h('div', { class: 'view' });
    main.replaceChildren(view);
    const hash = location.hash || '#/';
    const unit = hash.match(/^#\/unit\/([^/?#]+)/);
    try {
      if (unit) await viewUnit(view, decodeURIComponent(unit[1]));
      else if (hash === '#/chart') await viewChart(view);
      else if (hash === '#/reproduction') await viewReproduction(view);
      else if (hash === '#/upload') viewUpload(view);
      else await viewOverview(view);
    } catch (e) {
      if (ticket === routing) view.append(h('p', { class: 'note error' }, String(e)));
    }
    if (ticket === routing) document.body.dataset.ready = hash;
  }

  window.addEventListener('hashchange', route);
  // A page kept in the back-forward cache must not hold its stream open: browsers allow only six
  // HTTP/1.1 connections per host, and every open stream takes one.
  window.addEventListener('pagehide', () => {
    if (source) { source.close(); source = null; }
  });
  window.addEventListener('pageshow', (e) => { if (e.persisted) connectStream(); });
  route();
  connectStream();
})();
