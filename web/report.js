// Report page: mark the paragraph a permalink points to, step to the previous or next paragraph, copy citations.
(function () {
  'use strict';
  var paras = Array.prototype.slice.call(document.querySelectorAll('article.para'));

  function current() {
    var id = decodeURIComponent(location.hash.slice(1));
    for (var i = 0; i < paras.length; i++) if (paras[i].id === id) return i;
    return -1;
  }

  function mark() {
    paras.forEach(function (p) { p.classList.remove('marked'); p.removeAttribute('aria-current'); });
    var i = current();
    if (i < 0) return;
    var p = paras[i];
    p.classList.add('marked');
    p.setAttribute('aria-current', 'true');
    p.scrollIntoView({ block: 'center' });
    p.focus({ preventScroll: true });
  }

  function step(delta) {
    var i = current();
    var next = i < 0 ? (delta > 0 ? 0 : paras.length - 1) : Math.min(paras.length - 1, Math.max(0, i + delta));
    if (paras[next]) location.hash = paras[next].id;
  }

  var prev = document.getElementById('prev-para');
  var next = document.getElementById('next-para');
  if (prev) prev.addEventListener('click', function () { step(-1); });
  if (next) next.addEventListener('click', function () { step(1); });

  document.addEventListener('click', function (e) {
    var button = e.target.closest && e.target.closest('.copy-cite');
    if (!button) return;
    var p = button.closest('article.para');
    var text = p.dataset.citation + '. ' + location.origin + '/p/' + p.dataset.id;
    var done = function () { button.textContent = 'Citation copied'; };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, function () {});
    else {
      var area = document.createElement('textarea');
      area.value = text;
      document.body.appendChild(area);
      area.select();
      try { document.execCommand('copy'); done(); } catch (err) { /* nothing more to try */ }
      document.body.removeChild(area);
    }
  });

  window.addEventListener('hashchange', mark);
  mark();
}());
