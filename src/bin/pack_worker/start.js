// Starts the pack worker (src/bin/pack_worker/main.rs). Its wasm sets the
// message handler once it has loaded; a request that arrives before that is
// kept here and handed over. Whatever goes wrong is answered, so the reader
// never waits for an answer that cannot come.
import init from "./tifa_pack_worker.js";

const waiting = [];
self.onmessage = (event) => waiting.push(event);
init({ module_or_path: new URL("./tifa_pack_worker_bg.wasm", import.meta.url) }).then(
  () => {
    for (const event of waiting.splice(0)) {
      try {
        self.onmessage(event);
      } catch (error) {
        postMessage(["failed", "it stopped: " + error]);
      }
    }
  },
  (error) => postMessage(["failed", "its wasm did not start: " + error]),
);
