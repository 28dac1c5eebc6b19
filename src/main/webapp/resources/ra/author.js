// Drag and drop for the course outline: dropping a module or a lesson writes the new order into
// the form and submits it; the move up / move down buttons do the same without a mouse.
(function () {
  'use strict';
  var form = document.getElementById('outline');
  if (!form) {
    return;
  }
  var dragged = null;
  form.querySelectorAll('[data-sortable]').forEach(function (list) {
    list.addEventListener('dragstart', function (event) {
      var item = event.target.closest('li[data-id]');
      if (!item || item.parentElement !== list) {
        return;
      }
      dragged = item;
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', item.dataset.id);
      event.stopPropagation();
      item.classList.add('dragging');
    });
    list.addEventListener('dragover', function (event) {
      if (!dragged || dragged.parentElement !== list) {
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      var over = event.target.closest('li[data-id]');
      while (over && over.parentElement !== list) {
        over = over.parentElement.closest('li[data-id]');
      }
      if (over && over !== dragged) {
        var box = over.getBoundingClientRect();
        var after = event.clientY > box.top + box.height / 2;
        list.insertBefore(dragged, after ? over.nextSibling : over);
      }
    });
    list.addEventListener('drop', function (event) {
      if (!dragged || dragged.parentElement !== list) {
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      dragged.classList.remove('dragging');
      dragged = null;
      var ids = Array.prototype.filter.call(list.children, function (li) { return li.dataset.id; })
        .map(function (li) { return li.dataset.id; });
      document.getElementById('outline:order').value = list.dataset.sortable + ':' + ids.join(',');
      document.getElementById('outline:applyOrder').click();
    });
    list.addEventListener('dragend', function () {
      if (dragged) {
        dragged.classList.remove('dragging');
        dragged = null;
      }
    });
  });
})();
