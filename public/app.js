// Enhancements only: every page works without this script (strict CSP, so no inline script anywhere).
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  var narrow = window.matchMedia('(max-width: 800px)');
  var form = document.querySelector('form[data-search-form]');

  // The search page is rendered from its URL alone; in place, it swaps the region (results and facets) of the page
  // the server renders for the new URL, so the boxes always say what the URL says.
  function region(doc) {
    return doc.querySelector('[data-search-region]');
  }

  function announce(doc) {
    var status = document.getElementById('search-status');
    var heading = doc.getElementById('results-heading');
    if (status && heading) status.textContent = heading.textContent.replace(/\s+/g, ' ').trim();
  }

  function syncSearchBox() {
    var box = document.querySelector('[data-search-box]');
    if (box) box.value = new URL(location.href).searchParams.get('q') || '';
  }

  /** Where the focus was, so the same box (or the results) can have it again after the swap. */
  function focusKey() {
    var active = document.activeElement;
    if (!active || !region(document) || !region(document).contains(active)) return null;
    if (active.matches('input[type="checkbox"]')) return 'input[name="' + CSS.escape(active.name) + '"][value="' + CSS.escape(active.value) + '"]';
    return null;
  }

  var pending = 0;
  function load(url, push) {
    var ticket = ++pending;
    var key = focusKey();
    var drawer = document.querySelector('[data-filters-drawer]');
    var drawerOpen = drawer ? drawer.open : true;
    var current = region(document);
    if (current) current.setAttribute('aria-busy', 'true');
    return fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) throw new Error('status ' + response.status);
        return response.text();
      })
      .then(function (html) {
        if (ticket !== pending) return;
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var next = region(doc);
        if (!next || !region(document)) {
          location.assign(url);
          return;
        }
        region(document).replaceWith(document.adoptNode(next));
        var newDrawer = document.querySelector('[data-filters-drawer]');
        if (newDrawer) newDrawer.open = drawerOpen;
        document.title = doc.title;
        if (push) history.pushState({ search: true }, '', url);
        syncSearchBox();
        announce(document);
        var target = key && region(document).querySelector(key);
        (target || document.getElementById('results')).focus({ preventScroll: !!target });
      })
      .catch(function () {
        location.assign(url);
      });
  }

  function urlOfForm() {
    var params = new URLSearchParams();
    var seen = {};
    new FormData(form).forEach(function (value, name) {
      if (value === '' || seen[name + '=' + value]) return;
      seen[name + '=' + value] = true;
      params.append(name, value);
    });
    var query = params.toString();
    return '/' + (query ? '?' + query : '');
  }

  if (form) {
    form.addEventListener('change', function (event) {
      var box = event.target;
      if (!box.matches('input[type="checkbox"], select')) return;
      // A 中項目 ticked under a 大項目 means that section's item: tick the section too.
      var parent = box.name === 'item' && box.checked && box.closest('[data-parent-option]');
      var section = parent && parent.querySelector('input[name="section"]');
      if (section) section.checked = true;
      load(urlOfForm(), true);
    });
    // Links that change the search (chips, sort, pages, facet bars) also update in place.
    form.addEventListener('click', function (event) {
      var link = event.target.closest && event.target.closest('a[href]');
      if (!link || link.hasAttribute('data-no-swap') || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      var url = new URL(link.href, location.href);
      if (url.origin !== location.origin || url.pathname !== '/' || !url.search) return;
      event.preventDefault();
      load(url.pathname + url.search, true);
    });
    window.addEventListener('popstate', function () {
      load(location.pathname + location.search, false);
    });
    // A page restored from the back-forward cache may show boxes of another state: render it from its URL again.
    window.addEventListener('pageshow', function (event) {
      if (event.persisted) load(location.pathname + location.search, false);
      else syncSearchBox();
    });
    history.replaceState({ search: true }, '');
    var drawer = document.querySelector('[data-filters-drawer]');
    // On a phone the filters wait in their drawer, so the first results are on the first screen.
    if (drawer && narrow.matches) drawer.open = false;
  }

  // Ticking a facet elsewhere (no search form) re-runs the search at once (without script, the 絞り込む button does it).
  document.querySelectorAll('form[data-auto-submit]').forEach(function (other) {
    other.addEventListener('change', function (event) {
      if (event.target.matches('input[type="checkbox"], select')) other.requestSubmit();
    });
  });

  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      window.print();
    });
  });

  // "/" jumps to the search box, as on many search sites, unless the user is typing somewhere.
  document.addEventListener('keydown', function (event) {
    var box = document.querySelector('[data-search-box]');
    var typing = event.target.closest && event.target.closest('input, textarea, select, [contenteditable]');
    if (event.key === '/' && box && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      box.focus();
      box.select();
    }
  });

  // Copy buttons (hidden without script, since they need it) copy the 出典 line.
  document.querySelectorAll('[data-copy-target]').forEach(function (button) {
    var target = document.getElementById(button.getAttribute('data-copy-target'));
    var status = document.querySelector('.copy-status');
    if (!target) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      var done = function () {
        if (status) status.textContent = '出典をコピーしました。';
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(target.value).then(done, function () {
          target.select();
        });
      } else {
        target.select();
        if (document.execCommand('copy')) done();
      }
    });
  });
})();
