// Loaded first on every test page (classic script). A ResizeObserver whose notifications could not all
// be delivered in one frame reports "ResizeObserver loop completed with undelivered notifications" as an
// error event; by the specification nothing is lost (they arrive in the next frame). WebKitGTK reports
// it now and then even when every observer defers its changes to the next frame, and mocha would fail
// whichever test happened to be running. Only that exact message is stopped; every other error still fails.
window.addEventListener('error', (event) => {
  if (event.message === 'ResizeObserver loop completed with undelivered notifications.') {
    event.stopImmediatePropagation();
    event.preventDefault();
  }
});
