// Demo only: layout switcher, and a page script that handles "Ask them to contact me".
const roster = document.getElementById('roster');
const layoutButtons = [...document.querySelectorAll('[data-layout]')];
const showLayout = (layout) => {
  roster.layout = layout;
  for (const button of layoutButtons) button.setAttribute('aria-pressed', String(button.dataset.layout === layout));
};
const requestedLayout = new URLSearchParams(location.search).get('layout');
if (requestedLayout) showLayout(requestedLayout);
for (const button of layoutButtons) button.addEventListener('click', () => showLayout(button.dataset.layout));
document.addEventListener('peer-request-contact', (event) => {
  if (!roster.contains(event.target) && event.target !== roster) return;
  event.preventDefault(); // tells the roster the page handled it
  document.getElementById('last-event').textContent =
    document.documentElement.lang === 'es'
      ? `La página recibió peer-request-contact para ${event.supporter.displayName}; en la página de intranet, esto abre el formulario de solicitud.`
      : `The page received peer-request-contact for ${event.supporter.displayName}; on the intranet page this opens the request form.`;
});
// The first supporter, from the API the roster uses, for the card on its own.
fetch(new URL('supporters', new URL(roster.getAttribute('endpoint') ?? '/api/', document.baseURI)))
  .then((response) => response.json())
  .then((list) => (document.getElementById('single-card').supporterId = list.items[0]?.id ?? ''));
