// Print buttons: <button data-print hidden> is shown once this script runs (a button that did nothing without it would
// mislead) and opens the browser's print dialog; the page's print stylesheet leaves the button off the sheet.
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});
