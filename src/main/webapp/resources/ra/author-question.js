// The question editor: where one option only can be right (single choice, true/false), ticking an
// option unticks the others, so the trainer never has to untick the old answer first.
(function () {
  'use strict';
  var form = document.getElementById('question');
  if (!form || form.dataset.oneCorrect !== 'true') {
    return;
  }
  form.addEventListener('change', function (event) {
    var box = event.target;
    if (!box.matches('input[type=checkbox][data-correct]') || !box.checked) {
      return;
    }
    form.querySelectorAll('input[type=checkbox][data-correct]').forEach(function (other) {
      if (other !== box) {
        other.checked = false;
      }
    });
  });
})();
