// Loads one namespace of one language from the server, only when a page needs it.
import type { BackendModule, ReadCallback } from "i18next";

export const fetchBackend: BackendModule = {
  type: "backend",
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    fetch(`/locales/${encodeURIComponent(language)}/${encodeURIComponent(namespace)}`)
      .then((response) => {
        if (!response.ok) throw new Error(`Could not load ${language}/${namespace}`);
        return response.json();
      })
      .then((data) => callback(null, data), (error: Error) => callback(error, false));
  },
};
