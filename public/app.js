// Enhancements only: every page works without this script (strict CSP, so no inline script anywhere).
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  // Ticking a facet or choosing a sort re-runs the search at once (without script, the 絞り込む button does it).
  document.querySelectorAll('form[data-auto-submit]').forEach(function (form) {
    form.addEventListener('change', function (event) {
      if (event.target.matches('input[type="checkbox"], select')) form.requestSubmit();
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
      var done = function () { if (status) status.textContent = '出典をコピーしました。'; };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(target.value).then(done, function () { target.select(); });
      } else {
        target.select();
        if (document.execCommand('copy')) done();
      }
    });
  });
})();
