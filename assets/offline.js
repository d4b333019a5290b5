// Registers the offline copy (sw.js, a service worker) of this site's
// reader and authoring page, unless the host's tifa.json says
// "offline": false, which also removes a copy registered before. After the
// page has loaded, so that it never competes with the page's own files.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator)) return;
  var scope = new URL("./", document.baseURI).href;
  function forget() {
    navigator.serviceWorker.getRegistrations().then(function (registrations) {
      registrations.forEach(function (registration) {
        if (registration.scope === scope) registration.unregister();
      });
    });
    if (window.caches) {
      caches.keys().then(function (names) {
        names.forEach(function (name) {
          if (name.indexOf("tifa-") === 0) caches.delete(name);
        });
      });
    }
  }
  addEventListener("load", function () {
    fetch(new URL("tifa.json", scope).href, { cache: "no-cache" })
      .then(function (response) {
        return response.ok ? response.json() : {};
      })
      .catch(function () {
        return {};
      })
      .then(function (config) {
        if (config && config.offline === false) return forget();
        navigator.serviceWorker.register(new URL("sw.js", scope).href).catch(function () {
          // No worker (a host without sw.js, a private window): the page
          // simply needs the network.
        });
      });
  });
})();
