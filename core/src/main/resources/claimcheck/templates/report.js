(function () {
  'use strict';
  var list = document.getElementById('findings');
  var note = document.getElementById('selection');
  var showAll = document.getElementById('show-all');
  var marks = Array.prototype.slice.call(document.querySelectorAll('mark.q'));

  function ids(el, attr) {
    return (el.getAttribute(attr) || '').split(' ').filter(function (s) { return s.length > 0; });
  }
  function items() {
    return Array.prototype.slice.call(list.querySelectorAll('li.finding'));
  }
  function highlight(quotes) {
    marks.forEach(function (m) {
      m.classList.toggle('active', ids(m, 'data-quotes').some(function (q) { return quotes.indexOf(q) >= 0; }));
    });
  }
  function firstMark(quote) {
    for (var i = 0; i < marks.length; i++) if (ids(marks[i], 'data-quotes').indexOf(quote) >= 0) return marks[i];
    return null;
  }

  // A passage: show only its findings.
  function selectPassage(mark) {
    var wanted = ids(mark, 'data-findings');
    items().forEach(function (li) {
      var on = wanted.indexOf(li.id) >= 0;
      li.classList.toggle('selected', on);
      li.classList.toggle('unselected', !on);
    });
    highlight(ids(mark, 'data-quotes'));
    note.textContent = wanted.length === 0 ? 'No finding on this passage: its checks passed.'
      : wanted.length === 1 ? '1 finding on this passage.' : wanted.length + ' findings on this passage.';
    note.hidden = false;
    showAll.hidden = false;
    var first = list.querySelector('li.finding.selected');
    if (first) first.scrollIntoView({ block: 'nearest' });
  }
  function clearSelection() {
    items().forEach(function (li) { li.classList.remove('selected', 'unselected'); });
    highlight([]);
    note.hidden = true;
    showAll.hidden = true;
  }

  marks.forEach(function (m) {
    m.addEventListener('click', function () { selectPassage(m); });
    m.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); selectPassage(m); }
    });
  });
  showAll.addEventListener('click', clearSelection);

  // A finding: go to its passage.
  Array.prototype.slice.call(list.querySelectorAll('a.goto')).forEach(function (a) {
    a.addEventListener('click', function (e) {
      e.preventDefault();
      var li = a.closest('li.finding');
      var mark = firstMark(a.getAttribute('data-target'));
      highlight(ids(li, 'data-quotes'));
      if (mark) {
        mark.scrollIntoView({ block: 'center' });
        mark.focus({ preventScroll: true });
      }
    });
  });

  Array.prototype.slice.call(document.querySelectorAll('input[data-severity]')).forEach(function (box) {
    box.addEventListener('change', function () {
      document.body.classList.toggle('hide-' + box.getAttribute('data-severity'), !box.checked);
    });
  });
  document.body.setAttribute('data-ready', 'true');
})();
