// Loaded first on every test page (classic script): records Content-Security-Policy and Trusted
// Types violations so the rig can fail any test that caused one.
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
});
