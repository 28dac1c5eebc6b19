// The lesson editor's "Add picture" form: it posts the text being typed (so nothing typed is lost,
// and the picture goes where the caret was) along with the file.
(function () {
  var text = document.getElementById('lesson:markdown');
  var title = document.getElementById('lesson:title');
  var form = document.getElementById('image');
  if (!text || !form) {
    return;
  }
  var caret = document.getElementById('image:caret');
  var remember = function () {
    caret.value = String(text.selectionStart);
  };
  ['keyup', 'click', 'select', 'focus'].forEach(function (event) {
    text.addEventListener(event, remember);
  });
  // "Insert in the text": a picture the English shows, put where the caret is in this language.
  document.querySelectorAll('[data-insert]').forEach(function (button) {
    button.addEventListener('click', function () {
      var at = caret.value === '' ? text.value.length : Number(caret.value);
      var before = text.value.substring(0, at).replace(/\s+$/, '');
      var after = text.value.substring(at).replace(/^\s+/, '');
      text.value = (before ? before + '\n\n' : '') + button.dataset.insert + '\n\n' + after;
      text.focus();
      text.dispatchEvent(new KeyboardEvent('keyup'));
      button.hidden = true;
    });
  });
  form.addEventListener('submit', function () {
    document.getElementById('image:markdown').value = text.value;
    if (title) {
      document.getElementById('image:title').value = title.value;
    }
  });
})();
