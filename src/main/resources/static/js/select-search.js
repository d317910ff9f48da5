// Type-to-search for long pickers (hundreds of villages or people): <select data-search="placeholder"> gets a search
// box above it that narrows the options to those containing what was typed. Without this script the plain select
// works as before; the chosen option (and an empty "all/choose" option) always stays, so filtering never changes
// what the form sends until the user picks again.
// With data-search-url="/pickers/…" the server answers as well: the options are first narrowed in the browser, then
// replaced by the server's matches for what was typed ({options: [{value, text}], more}), scoped as the user's forms
// are. Should the server not answer, the browser's narrowing stays. Options the server found are kept as known ones, so
// one chosen among them stays when the user types again. In a multiple select every chosen option stays and nothing is
// taken for the user.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('select[data-search]').forEach(function (select) {
    var options = Array.prototype.slice.call(select.options);
    var url = select.getAttribute('data-search-url');
    var asked = 0; // the latest request: an older answer arriving late is dropped
    var timer = null;
    var box = document.createElement('input');
    box.type = 'search';
    box.className = 'form-control form-control-sm mb-1 select-search';
    box.placeholder = select.getAttribute('data-search');
    box.setAttribute('aria-label', select.getAttribute('data-search'));
    box.setAttribute('autocomplete', 'off');
    if (select.id) { box.id = select.id + '-search'; box.setAttribute('aria-controls', select.id); }

    function matching(option, words) { return option.text.toLowerCase().indexOf(words) >= 0; }
    function kept(option, chosen) { return option.value === '' || (select.multiple ? option.selected : option.value === chosen); }

    // shows these options (the empty and chosen ones are kept first) and, when one alone matches, takes it
    function show(shown, words, matches) {
      var chosen = select.value;
      select.replaceChildren.apply(select, shown);
      if (select.multiple) { return; }
      select.value = chosen;
      if (words && matches.length === 1 && select.value !== matches[0].value) {
        select.value = matches[0].value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }

    function narrowHere(words) {
      var chosen = select.value;
      var shown = options.filter(function (o) { return !words || kept(o, chosen) || matching(o, words); });
      show(shown, words, shown.filter(function (o) { return o.value !== '' && matching(o, words); }));
    }

    function askServer(words) {
      var request = ++asked;
      var address = url + (url.indexOf('?') >= 0 ? '&' : '?') + 'q=' + encodeURIComponent(words);
      fetch(address, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
        .then(function (answer) {
          if (request !== asked || box.value.trim().toLowerCase() !== words) { return; }
          var chosen = select.value;
          var staying = Array.prototype.slice.call(select.options).filter(function (o) { return kept(o, chosen); });
          var found = answer.options.filter(function (o) {
            return !staying.some(function (k) { return k.value === o.value; });
          }).map(function (o) {
            var known = options.filter(function (k) { return k.value === o.value; })[0];
            if (!known) { known = new Option(o.text, o.value); options.push(known); }
            return known;
          });
          var all = staying.concat(found);
          show(all, words, all.filter(function (o) { return o.value !== '' && (found.indexOf(o) >= 0 || matching(o, words)); }));
          select.setAttribute('data-search-answered', words);
        })
        .catch(function () { /* the browser's narrowing stays */ });
    }

    box.addEventListener('input', function () {
      var words = box.value.trim().toLowerCase();
      narrowHere(words);
      if (url && words) {
        clearTimeout(timer);
        timer = setTimeout(function () { askServer(words); }, 250);
      }
    });
    // Enter in the box picks, it does not send the form half filled
    box.addEventListener('keydown', function (event) { if (event.key === 'Enter') { event.preventDefault(); select.focus(); } });
    // above the select's row where it shares one with a button, not squeezed into it
    var row = select.parentNode;
    var anchor = row.classList.contains('d-flex') || row.classList.contains('input-group') ? row : select;
    anchor.parentNode.insertBefore(box, anchor);
  });
});
