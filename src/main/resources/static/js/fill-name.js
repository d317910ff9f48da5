// <select data-fills="field-id">: choosing an option writes its name into that text field when the field is empty or
// still holds the name of the option chosen before (never over what the user typed). The server does the same for an
// empty field, so this only saves a round trip.
document.addEventListener('change', function (event) {
  var select = event.target.closest('select[data-fills]');
  if (!select) { return; }
  var field = document.getElementById(select.getAttribute('data-fills'));
  if (!field) { return; }
  var previous = select.getAttribute('data-filled') || '';
  var option = select.options[select.selectedIndex];
  var name = option && option.value ? option.text.trim() : '';
  if (field.value.trim() === '' || field.value.trim() === previous) {
    field.value = name;
  }
  select.setAttribute('data-filled', name);
});
