// Type-to-search for long pickers (hundreds of villages or people): <select data-search="placeholder"> gets a search
// box above it that narrows the options to those containing what was typed. Without this script the plain select
// works as before; the chosen option (and an empty "all/choose" option) always stays, so filtering never changes
// what the form sends until the user picks again.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('select[data-search]').forEach(function (select) {
    var options = Array.prototype.slice.call(select.options);
    var box = document.createElement('input');
    box.type = 'search';
    box.className = 'form-control form-control-sm mb-1 select-search';
    box.placeholder = select.getAttribute('data-search');
    box.setAttribute('aria-label', select.getAttribute('data-search'));
    if (select.id) { box.id = select.id + '-search'; box.setAttribute('aria-controls', select.id); }
    box.addEventListener('input', function () {
      var words = box.value.trim().toLowerCase();
      var chosen = select.value;
      var shown = options.filter(function (o) {
        return !words || o.value === '' || o.value === chosen || o.text.toLowerCase().indexOf(words) >= 0;
      });
      select.replaceChildren.apply(select, shown);
      select.value = chosen;
      // one match besides the empty choice: take it, as a phone user would next
      var matches = shown.filter(function (o) { return o.value !== '' && o.text.toLowerCase().indexOf(words) >= 0; });
      if (words && matches.length === 1 && select.value !== matches[0].value) {
        select.value = matches[0].value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
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
