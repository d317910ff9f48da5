// The top navigation folds behind its menu button on narrow screens (cunwu.css). Loaded in <head> without defer,
// so the menu is folded from the first paint; where this script does not run the links stay listed and the button hidden.
(function () {
  document.documentElement.classList.add('js-nav');

  function setPortalMenuOpen(button, open) {
    var menu = document.getElementById(button.getAttribute('aria-controls'));
    if (!menu) { return; }
    button.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('is-open', open);
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('.portal-menu-toggle');
    if (button) {
      setPortalMenuOpen(button, button.getAttribute('aria-expanded') !== 'true');
    }
  });

  // Escape closes the open menu and gives the focus back to its button.
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') { return; }
    var button = document.querySelector('.portal-menu-toggle[aria-expanded="true"]');
    if (button) {
      setPortalMenuOpen(button, false);
      button.focus();
    }
  });
})();
