// Findings search page. The whole view (query, filters, page, sort) lives in the URL, so a copied link
// reproduces it and Back/Forward work. No framework, no CDN: the page works offline from the jar.
(function () {
  'use strict';

  var FACETS = [
    ['theme', 'Theme'], ['authority', 'Authority'], ['year', 'Year'], ['type', 'Report type'],
    ['section', 'Section'], ['grade', 'Grade'], ['kind', 'Kind of paragraph']
  ];
  var SIZE = 20;
  var el = function (id) { return document.getElementById(id); };
  var form = el('search-form'), q = el('q'), sortSel = el('sort');
  var typingTimer = null;
  var lastRequest = 0;

  function stateFromUrl() {
    var params = new URLSearchParams(location.search);
    var state = { q: params.get('q') || '', page: parseInt(params.get('page') || '1', 10) || 1,
                  sort: params.get('sort') || 'relevance', filters: {} };
    FACETS.forEach(function (f) {
      var values = params.getAll(f[0]);
      if (values.length) state.filters[f[0]] = values;
    });
    return state;
  }

  function query(state, withPaging) {
    var params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    FACETS.forEach(function (f) {
      (state.filters[f[0]] || []).forEach(function (v) { params.append(f[0], v); });
    });
    if (state.sort && state.sort !== 'relevance') params.set('sort', state.sort);
    if (withPaging && state.page > 1) params.set('page', String(state.page));
    return params;
  }

  function go(state, replace) {
    setAddress(state, replace);
    render(state);
  }

  /** The address bar to the view's, as a new history entry or in place of the current one. */
  function setAddress(state, replace) {
    var qs = query(state, true).toString();
    var url = location.pathname + (qs ? '?' + qs : '');
    if (url !== location.pathname + location.search) {
      if (replace) history.replaceState(null, '', url); else history.pushState(null, '', url);
    }
  }

  /** A link to this view searching {@code q} instead, from its first page. */
  function queryLink(state, q, className, text) {
    var next = clone(state);
    next.q = q;
    next.page = 1;
    var a = document.createElement('a');
    if (className) a.className = className;
    a.href = '?' + query(next, true).toString();
    a.textContent = text;
    a.addEventListener('click', function (e) { e.preventDefault(); go(next); });
    return a;
  }

  function render(state) {
    q.value = state.q;
    sortSel.value = state.sort;
    var exportParams = query(state, false);
    el('export-csv').href = '/api/export?' + exportParams.toString();
    exportParams.set('format', 'json');
    el('export-json').href = '/api/export?' + exportParams.toString();
    var params = query(state, true);
    params.set('size', String(SIZE));
    var request = ++lastRequest;
    el('status').textContent = 'Searching…';
    fetch('/api/search?' + params.toString(), { headers: { Accept: 'application/json' } })
      .then(function (res) { return res.json().then(function (body) { return { ok: res.ok, body: body }; }); })
      .then(function (r) {
        if (request !== lastRequest) return; // a newer search has started: drop this answer
        if (!r.ok) { showError(r.body, state); return; }
        el('error').hidden = true;
        show(state, r.body);
      })
      .catch(function () {
        if (request !== lastRequest) return;
        showError({ error: 'The server could not be reached.', detail: 'Check that Findings is running, then try again.' });
      });
  }

  function showError(body, state) {
    var box = el('error');
    box.hidden = false;
    box.textContent = '';
    var strong = document.createElement('strong');
    strong.textContent = 'Your search could not be run: ';
    box.appendChild(strong);
    box.appendChild(document.createTextNode(body.error || 'unknown error'));
    el('status').textContent = 'No results' + (state && state.q ? ' for “' + state.q + '”' : '') + ': the search has a problem.';
    el('hits').textContent = '';
    el('pager').textContent = '';
  }

  function renderDidYouMean(state, page) {
    var box = el('did-you-mean');
    box.textContent = '';
    if (!page.didYouMean) { box.hidden = true; return; }
    box.hidden = false;
    box.appendChild(document.createTextNode('Did you mean '));
    box.appendChild(queryLink(state, page.didYouMean, null, page.didYouMean));
    box.appendChild(document.createTextNode('?'));
  }

  function show(state, page) {
    adoptFilters(state, page.filters);
    renderDidYouMean(state, page);
    renderChips(state);
    renderFacets(state, page.facets);
    var hits = el('hits');
    hits.textContent = '';
    var from = (page.page - 1) * page.size + 1;
    if (page.total === 0) {
      el('status').textContent = 'No paragraphs match' + (state.q ? ' “' + state.q + '”' : '') + '.';
      var li = document.createElement('li');
      li.className = 'empty';
      var chosen = chosenFilters(state);
      li.textContent = chosen.length
        ? 'Nothing matches with these filters. Try removing a filter: '
        : 'Try fewer or different words, or check the spelling.';
      chosen.forEach(function (c) {
        var b = document.createElement('button');
        b.type = 'button';
        b.className = 'suggest-remove';
        b.textContent = 'remove ' + c.label;
        b.addEventListener('click', function () { removeFilter(state, c.name, c.value); });
        li.appendChild(b);
      });
      (page.fewerWords || []).forEach(function (fewer, i) {
        // No paragraph has every word: which word stands in the way, and what the others find without it.
        var a = queryLink(state, fewer.query, 'fewer-words', fewer.total >= 1000 ? '1,000 or more paragraphs'
          : fewer.total + (fewer.total === 1 ? ' paragraph' : ' paragraphs'));
        var words = fewer.without.split(' ').map(function (w) { return '“' + w + '”'; }).join(' and ');
        li.appendChild(document.createTextNode((i === 0 ? ' Without ' : '; without ') + words + ': '));
        li.appendChild(a);
      });
      if (page.fewerWords && page.fewerWords.length) li.appendChild(document.createTextNode('.'));
      var any = chosen.length ? null : anyOfTheWords(state.q);
      if (any) {
        // Every word must appear; where no paragraph has them all, the same words with OR are one click away.
        li.appendChild(document.createTextNode(' Paragraphs with any of the words: '));
        li.appendChild(queryLink(state, any, 'any-words', any));
      }
      hits.appendChild(li);
    } else {
      el('status').textContent = page.total + (page.total === 1 ? ' paragraph' : ' paragraphs') + ' match' +
        (page.total === 1 ? 'es' : '') + (state.q ? ' “' + state.q + '”' : '') +
        ' — showing ' + from + '–' + (from + page.hits.length - 1) + '.';
      page.hits.forEach(function (hit) { hits.appendChild(renderHit(hit)); });
    }
    renderPager(state, page);
  }

  /**
   * The filters as the server read them: a value typed in the address ("authority=havering") is the facet's own
   * ("Havering"), so its box is ticked and its chip reads as the facet does; the address is corrected in place.
   */
  function adoptFilters(state, read) {
    if (!read) return;
    var adopted = {};
    FACETS.forEach(function (f) { if (read[f[0]] && read[f[0]].length) adopted[f[0]] = read[f[0]].slice(); });
    if (JSON.stringify(adopted) === JSON.stringify(state.filters)) return;
    state.filters = adopted;
    setAddress(state, true);
  }

  /**
   * The query's words joined by OR ("Ofsted OR judgement"), for a query of two or more plain words; null for one that
   * quotes, excludes, uses operators or wildcards, whose user chose how the words combine.
   */
  function anyOfTheWords(q) {
    var words = (q || '').trim().split(/\s+/);
    if (words.length < 2 || words.length > 10) return null;
    for (var i = 0; i < words.length; i++) {
      if (!/^[\p{L}\p{N}][\p{L}\p{N}'’.\/-]*$/u.test(words[i]) || /^(AND|OR|NOT)$/.test(words[i])) return null;
    }
    return words.join(' OR ');
  }

  function renderHit(hit) {
    var node = el('hit-template').content.firstElementChild.cloneNode(true);
    var title = node.querySelector('.hit-title');
    title.textContent = (hit.report.authority || 'Unknown authority') + ' — ' + hit.report.type +
      ', paragraph ' + hit.number;
    title.href = '/p/' + hit.id;
    var badge = node.querySelector('.badge');
    badge.textContent = hit.grade || 'Not graded';
    badge.className = 'badge ' + (hit.grade ? hit.grade.toLowerCase().replace(/ /g, '-') : 'none');
    var meta = [hit.report.published || 'undated', hit.section || 'no section', hit.kind];
    if (hit.page) meta.push('page ' + hit.page);
    node.querySelector('.hit-meta').textContent = meta.join(' · ');
    // The server escapes the snippet; its only markup is <mark>.
    node.querySelector('.snippet').innerHTML = hit.snippet;
    var open = node.querySelector('.open-report');
    open.href = '/p/' + hit.id;
    open.setAttribute('aria-label', 'Open paragraph ' + hit.number + ' in its report');
    var copy = node.querySelector('.copy-cite');
    copy.setAttribute('aria-label', 'Copy citation for paragraph ' + hit.number);
    copy.addEventListener('click', function () {
      var text = hit.citation + '. ' + location.origin + '/p/' + hit.id;
      copyText(text).then(function () {
        node.querySelector('.copied').textContent = 'Citation copied';
      }, function () {
        node.querySelector('.copied').textContent = text;
      });
    });
    var toggle = node.querySelector('.similar-toggle');
    var list = node.querySelector('.similar');
    toggle.setAttribute('aria-label', 'Similar findings to paragraph ' + hit.number + ' in other reports');
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') === 'true';
      toggle.setAttribute('aria-expanded', String(!open));
      list.hidden = open;
      if (open || list.dataset.loaded) return;
      list.dataset.loaded = 'yes';
      var li = document.createElement('li');
      li.textContent = 'Looking for similar findings…';
      list.appendChild(li);
      fetch('/api/paragraphs/' + hit.id + '/similar?size=5').then(function (r) { return r.json(); }).then(function (body) {
        list.textContent = '';
        (body.similar || []).forEach(function (s) {
          var item = document.createElement('li');
          var a = document.createElement('a');
          a.href = '/p/' + s.id;
          a.textContent = (s.report.authority || 'Unknown') + ' — ' + s.report.type + ' ' + (s.report.year || '') +
            ', paragraph ' + s.number;
          item.appendChild(a);
          var text = document.createElement('p');
          text.textContent = s.text.length > 240 ? s.text.slice(0, 240) + '…' : s.text;
          item.appendChild(text);
          list.appendChild(item);
        });
        if (!list.children.length) {
          var none = document.createElement('li');
          none.textContent = 'No similar findings in other reports.';
          list.appendChild(none);
        }
      });
    });
    node.dataset.id = hit.id;
    node.dataset.citation = hit.citation + '. ' + location.origin + '/p/' + hit.id;
    return node;
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'absolute';
      area.style.left = '-9999px';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) resolve(); else reject();
    });
  }

  function chosenFilters(state) {
    var out = [];
    FACETS.forEach(function (f) {
      (state.filters[f[0]] || []).forEach(function (v) {
        out.push({ name: f[0], value: v, label: f[1] + ': ' + v });
      });
    });
    return out;
  }

  function renderChips(state) {
    var box = el('chips');
    box.textContent = '';
    var chosen = chosenFilters(state);
    chosen.forEach(function (c) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'chip';
      b.textContent = c.label + ' ×';
      b.setAttribute('aria-label', 'Remove filter ' + c.label);
      b.addEventListener('click', function () { removeFilter(state, c.name, c.value); });
      box.appendChild(b);
    });
    if (chosen.length) {
      var clear = document.createElement('button');
      clear.type = 'button';
      clear.className = 'clear-all';
      clear.textContent = 'Clear all';
      clear.addEventListener('click', function () {
        go({ q: state.q, page: 1, sort: state.sort, filters: {} });
      });
      box.appendChild(clear);
    }
  }

  function removeFilter(state, name, value) {
    var next = clone(state);
    next.filters[name] = (next.filters[name] || []).filter(function (v) { return v !== value; });
    if (!next.filters[name].length) delete next.filters[name];
    next.page = 1;
    go(next);
  }

  function renderFacets(state, facets) {
    var box = el('facets');
    var focused = document.activeElement && document.activeElement.id;
    box.textContent = '';
    var h = document.createElement('h2');
    h.textContent = 'Filter';
    box.appendChild(h);
    FACETS.forEach(function (f) {
      var values = facets[f[0]] || [];
      if (!values.length) return;
      var fs = document.createElement('fieldset');
      fs.className = 'facet';
      var legend = document.createElement('legend');
      legend.textContent = f[1];
      fs.appendChild(legend);
      values.forEach(function (v, i) {
        var id = 'f-' + f[0] + '-' + i;
        var row = document.createElement('div');
        row.className = 'facet-value';
        var box2 = document.createElement('input');
        box2.type = 'checkbox';
        box2.id = id;
        box2.name = f[0];
        box2.value = v.value;
        box2.checked = (state.filters[f[0]] || []).indexOf(v.value) >= 0;
        box2.addEventListener('change', function () {
          var next = clone(state);
          var list = next.filters[f[0]] || [];
          if (box2.checked) list.push(v.value); else list = list.filter(function (x) { return x !== v.value; });
          if (list.length) next.filters[f[0]] = list; else delete next.filters[f[0]];
          next.page = 1;
          go(next);
        });
        var label = document.createElement('label');
        label.htmlFor = id;
        label.textContent = v.value + ' ';
        var count = document.createElement('span');
        count.className = 'count';
        count.textContent = '(' + v.count + ')';
        label.appendChild(count);
        row.appendChild(box2);
        row.appendChild(label);
        fs.appendChild(row);
      });
      box.appendChild(fs);
    });
    if (focused && el(focused)) el(focused).focus();
  }

  function renderPager(state, page) {
    var nav = el('pager');
    nav.textContent = '';
    var pages = Math.ceil(page.total / page.size);
    if (pages <= 1) return;
    function button(label, target, disabled) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.disabled = disabled;
      b.addEventListener('click', function () {
        var next = clone(state);
        next.page = target;
        go(next);
        el('results').focus();
      });
      nav.appendChild(b);
    }
    button('Previous page', state.page - 1, state.page <= 1);
    var where = document.createElement('span');
    where.textContent = 'Page ' + state.page + ' of ' + Math.min(pages, Math.floor(10000 / page.size));
    nav.appendChild(where);
    button('Next page', state.page + 1, state.page >= pages || state.page * page.size >= 10000);
  }

  function clone(state) {
    var filters = {};
    Object.keys(state.filters).forEach(function (k) { filters[k] = state.filters[k].slice(); });
    return { q: state.q, page: state.page, sort: state.sort, filters: filters };
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(typingTimer);
    var next = clone(stateFromUrl());
    next.q = q.value.trim();
    next.page = 1;
    go(next);
  });
  // Search as you type, after a pause; history gets one entry per search, not per keystroke.
  var suggestTimer = null;
  function suggest() {
    var word = q.value;
    if (word.trim().length < 2) return;
    fetch('/api/suggest?q=' + encodeURIComponent(word)).then(function (r) { return r.json(); }).then(function (body) {
      var list = el('suggestions');
      list.textContent = '';
      (body.suggestions || []).forEach(function (s) {
        var o = document.createElement('option');
        o.value = s.text;
        o.label = s.kind === 'authority' ? 'authority' : s.kind === 'thesaurus' ? 'term' : '';
        list.appendChild(o);
      });
    }).catch(function () { /* suggestions are a convenience */ });
  }
  q.addEventListener('input', function () {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(suggest, 150);
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () {
      var next = clone(stateFromUrl());
      if (next.q === q.value.trim()) return;
      next.q = q.value.trim();
      next.page = 1;
      go(next, true);
    }, 350);
  });
  sortSel.addEventListener('change', function () {
    var next = clone(stateFromUrl());
    next.sort = sortSel.value;
    next.page = 1;
    go(next);
  });
  window.addEventListener('popstate', function () { render(stateFromUrl()); });
  render(stateFromUrl());
}());
