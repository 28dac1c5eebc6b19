// The workshop grid refreshes itself while it is in view: the page is fetched again and its
// grid swapped in place, so the trainer never loses their scroll position.
(function () {
  'use strict';
  var grid = document.getElementById('grid');
  if (!grid || !window.fetch || !window.DOMParser) {
    return;
  }
  var seconds = parseInt(grid.getAttribute('data-refresh'), 10) || 30;
  setInterval(function () {
    if (document.hidden) {
      return;
    }
    fetch(window.location.href, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) {
          return;
        }
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('grid');
        if (fresh) {
          grid.innerHTML = fresh.innerHTML;
        }
      })
      .catch(function () { /* offline for a moment: the next tick tries again */ });
  }, seconds * 1000);
})();
