/*
 * Saves each answer of a quiz attempt as soon as it is given, and shows that it is saved.
 * A save carries a sequence number (never lower than the last one stored for the question), so
 * saves that arrive twice or out of order change nothing. Saves that fail (no connection) wait in
 * localStorage and are retried every few seconds and when the browser is back online; the submit
 * button also sends every answer on the form. The timer only shows the server's deadline.
 */
(function () {
  'use strict';

  function start() {
    var form = document.querySelector('form[data-attempt]');
    if (!form) {
      return;
    }
    var storeKey = 'ra-pending-' + form.dataset.attempt;
    var pending = load();
    var inFlight = {};
    var debounce = {};
    var timeUp = false;

    function load() {
      try {
        return JSON.parse(window.localStorage.getItem(storeKey) || '{}');
      } catch (e) {
        return {};
      }
    }

    function persist() {
      try {
        if (Object.keys(pending).length === 0) {
          window.localStorage.removeItem(storeKey);
        } else {
          window.localStorage.setItem(storeKey, JSON.stringify(pending));
        }
      } catch (e) {
        // Private mode or full storage: saves still go to the server, only the retry queue is lost.
      }
    }

    function fieldset(position) {
      return form.querySelector('fieldset[data-position="' + position + '"]');
    }

    function show(position, state) {
      var status = form.querySelector('[data-status="' + position + '"]');
      if (status) {
        status.textContent = form.dataset['msg' + state.charAt(0).toUpperCase() + state.slice(1)] || '';
        status.dataset.state = state;
      }
    }

    function answerOf(set) {
      var type = set.dataset.type;
      var position = set.dataset.position;
      if (type === 'single' || type === 'true_false') {
        var picked = set.querySelector('input[name="q' + position + '"]:checked');
        return picked ? picked.value : '';
      }
      if (type === 'multiple') {
        return Array.prototype.map.call(set.querySelectorAll('input[name="q' + position + '"]:checked'), function (box) {
          return box.value;
        }).join(',');
      }
      if (type === 'short' || type === 'numerical') {
        return set.querySelector('input[name="q' + position + '"]').value.trim();
      }
      if (type === 'essay') {
        return set.querySelector('textarea[name="q' + position + '"]').value;
      }
      var rows = Array.prototype.filter.call(set.querySelectorAll('select[data-item]'), function (select) {
        return select.value !== '';
      });
      if (type === 'ordering') {
        return rows.sort(function (a, b) {
          return Number(a.value) - Number(b.value);
        }).map(function (select) {
          return select.dataset.item;
        }).join(',');
      }
      return rows.map(function (select) {
        return select.dataset.item + '=' + select.value;
      }).join(',');
    }

    function nextSeq(set) {
      var seq = Math.max(Date.now(), Number(set.dataset.seq || 0) + 1);
      set.dataset.seq = String(seq);
      return seq;
    }

    function send(position) {
      var save = pending[position];
      if (!save || inFlight[position]) {
        return;
      }
      inFlight[position] = true;
      show(position, 'saving');
      fetch(form.dataset.api + position, {
        method: 'PUT',
        credentials: 'same-origin',
        headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
        body: JSON.stringify({seq: save.seq, answer: save.answer})
      }).then(function (response) {
        inFlight[position] = false;
        if (response.ok) {
          return response.json().then(function (reply) {
            if (pending[position] && pending[position].seq <= reply.seq) {
              delete pending[position];
              persist();
              show(position, 'saved');
              var saved = fieldset(position);
              var valid = saved && saved.querySelector('[aria-invalid]');
              if (valid) {
                valid.removeAttribute('aria-invalid');
              }
            } else {
              send(position);
            }
          });
        }
        if (response.status === 409) {
          delete pending[position];
          persist();
          return response.json().then(function (reply) {
            if (reply.outcome === 'LOCKED') {
              show(position, 'saved');
            } else {
              show(position, 'closed');
              window.location.reload();
            }
          });
        }
        if (response.status === 400 || response.status === 404) {
          delete pending[position];
          persist();
        }
        var set = fieldset(position);
        var field = set && set.querySelector('input[type="text"], textarea');
        var refusal = response.status !== 400 || !set ? null
          : (set.dataset.type === 'numerical' ? 'notANumber' : (set.dataset.type === 'essay' ? 'tooLong' : null));
        if (refusal) {
          field.setAttribute('aria-invalid', 'true');
          show(position, refusal);
          return;
        }
        show(position, 'offline');
      }, function () {
        inFlight[position] = false;
        show(position, 'offline');
      });
    }

    function flush() {
      Object.keys(pending).forEach(send);
    }

    function changed(event) {
      var set = event.target.closest('fieldset[data-position]');
      if (!set) {
        return;
      }
      var position = set.dataset.position;
      pending[position] = {seq: nextSeq(set), answer: answerOf(set)};
      persist();
      if (event.type === 'input') {
        window.clearTimeout(debounce[position]);
        debounce[position] = window.setTimeout(function () {
          send(position);
        }, 700);
      } else {
        send(position);
      }
    }

    function lock(set) {
      Array.prototype.forEach.call(set.querySelectorAll('input, select, textarea'), function (input) {
        input.disabled = true;
      });
      var button = set.querySelector('[data-check]');
      if (button) {
        button.remove();
      }
    }

    function paragraph(className, text) {
      var p = document.createElement('p');
      p.className = className;
      p.textContent = text;
      return p;
    }

    /* Immediate feedback: the answer becomes final and its feedback is shown under it. */
    function check(set) {
      var position = set.dataset.position;
      var save = pending[position] || {seq: nextSeq(set), answer: answerOf(set)};
      show(position, 'saving');
      fetch(form.dataset.api + position + '/check', {
        method: 'POST',
        credentials: 'same-origin',
        headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
        body: JSON.stringify({seq: save.seq, answer: save.answer, lang: form.getAttribute('lang')})
      }).then(function (response) {
        if (!response.ok) {
          show(position, response.status === 409 ? 'closed' : 'offline');
          return;
        }
        return response.json().then(function (feedback) {
          delete pending[position];
          persist();
          show(position, 'saved');
          lock(set);
          set.dataset.checked = 'true';
          var box = set.querySelector('[data-feedback]');
          box.textContent = '';
          box.appendChild(paragraph('verdict verdict--' + feedback.verdict, form.dataset['msg' + feedback.verdict.charAt(0).toUpperCase() + feedback.verdict.slice(1)]));
          feedback.notes.forEach(function (note) {
            box.appendChild(paragraph('feedback', note));
          });
          box.appendChild(paragraph('source', (form.dataset.msgSource || '{0}').replace('{0}', feedback.source)));
        });
      }, function () {
        show(position, 'offline');
      });
    }

    Array.prototype.forEach.call(form.querySelectorAll('fieldset[data-checked="true"]'), lock);
    form.addEventListener('click', function (event) {
      var button = event.target.closest('[data-check]');
      if (button) {
        check(button.closest('fieldset[data-position]'));
      }
    });
    form.addEventListener('change', changed);
    form.addEventListener('input', function (event) {
      if (event.target.type === 'text' || event.target.tagName === 'TEXTAREA') {
        changed(event);
      }
    });
    form.addEventListener('submit', function (event) {
      // Unanswered questions: ask first, saying how many (not when the time is up).
      var blank = Array.prototype.filter.call(form.querySelectorAll('fieldset[data-position]'), function (set) {
        return answerOf(set) === '' && set.dataset.checked !== 'true';
      }).length;
      var anyway = event.submitter && event.submitter.id === form.id + ':anyway';
      if (blank > 0 && !timeUp && !anyway && form.dataset.msgUnanswered
          && !window.confirm(form.dataset.msgUnanswered.replace('{0}', String(blank)))) {
        event.preventDefault();
        return;
      }
      // Asked and answered here: the server need not ask again.
      var confirmed = document.createElement('input');
      confirmed.type = 'hidden';
      confirmed.name = 'confirmed';
      confirmed.value = 'true';
      form.appendChild(confirmed);
      // The submission carries every answer; nothing left to retry for this attempt.
      pending = {};
      persist();
    });
    window.addEventListener('online', flush);
    window.setInterval(flush, 5000);
    Object.keys(pending).forEach(function (position) {
      if (fieldset(position)) {
        show(position, 'saving');
      }
    });
    flush();

    var timer = document.querySelector('[data-remaining-ms]');
    if (timer) {
      var deadline = Date.now() + Number(timer.dataset.remainingMs);
      var value = timer.querySelector('.timer__value');
      var tick = function () {
        var left = Math.max(0, deadline - Date.now());
        var minutes = Math.floor(left / 60000);
        var seconds = Math.floor((left % 60000) / 1000);
        value.textContent = minutes + ':' + (seconds < 10 ? '0' : '') + seconds;
        if (left === 0) {
          window.clearInterval(interval);
          timeUp = true;
          var submit = form.querySelector('input[type="submit"], button[type="submit"]');
          if (submit) {
            submit.click();
          }
        }
      };
      var interval = window.setInterval(tick, 1000);
      tick();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
