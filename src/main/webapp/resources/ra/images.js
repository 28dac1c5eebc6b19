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
  form.addEventListener('submit', function () {
    document.getElementById('image:markdown').value = text.value;
    if (title) {
      document.getElementById('image:title').value = title.value;
    }
  });
})();
