// Loads one namespace of one language from the server, only when a page needs it.
import type { BackendModule, ReadCallback } from "i18next";

/** Past this, a download of texts is given up and tried again: the page waits on it to hydrate. */
const DOWNLOAD_TIMEOUT_MS = 5_000;

export const fetchBackend: BackendModule = {
  type: "backend",
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    // A failed or stalled download is tried again (i18next waits longer each time, five times at
    // most); a namespace the server does not know (404) is not.
    let retry = true;
    fetch(`/locales/${encodeURIComponent(language)}/${encodeURIComponent(namespace)}`, {
      signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
    })
      .then((response) => {
        if (!response.ok) {
          retry = response.status >= 500;
          throw new Error(`Could not load ${language}/${namespace} (${response.status})`);
        }
        return response.json();
      })
      .then(
        (data) => callback(null, data),
        (error: Error) => callback(error, retry),
      );
  },
};
