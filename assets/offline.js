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
  // Only an answer decides: "offline": false removes the copy, no tifa.json
  // at all (404) leaves the copy on. A tifa.json that could not be read (no
  // network, a server error, the reader leaving the page before it came)
  // decides nothing, above all not to register a worker the host may have
  // turned off: a worker registered and then removed while it starts can
  // leave Firefox holding the page's later requests for good.
  function decide(config) {
    if (config.offline === false) return forget();
    navigator.serviceWorker.register(new URL("sw.js", scope).href).catch(function () {
      // No worker (a host without sw.js, a private window): the page
      // simply needs the network.
    });
  }
  addEventListener("load", function () {
    fetch(new URL("tifa.json", scope).href, { cache: "no-cache" }).then(
      function (response) {
        if (response.status === 404) return decide({});
        if (!response.ok) return;
        return response.json().then(function (config) {
          if (config && typeof config === "object") decide(config);
        });
      },
      function () {
        // Not read: next time.
      }
    ).catch(function () {
      // Not JSON: decides nothing either.
    });
  });
})();
