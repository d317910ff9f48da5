// Copy buttons: <button data-copy="element-id" data-copied="label once copied"> copies that element's text,
// one paragraph per line, to the clipboard (falls back to selecting the text where the clipboard is not allowed).
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy]');
  if (!button) { return; }
  var source = document.getElementById(button.getAttribute('data-copy'));
  if (!source) { return; }
  var text = Array.prototype.map.call(source.querySelectorAll('p'), function (p) { return p.textContent.trim(); }).join('\n\n');
  var done = function () {
    var label = button.textContent;
    button.textContent = button.getAttribute('data-copied') || label;
    setTimeout(function () { button.textContent = label; }, 2000);
  };
  var select = function () {
    var range = document.createRange();
    range.selectNodeContents(source);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(done, select);
  } else {
    select();
    try { if (document.execCommand('copy')) { done(); } } catch (e) { /* the text stays selected for Ctrl+C */ }
  }
});
