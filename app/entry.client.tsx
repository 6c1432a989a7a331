import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { getInitialNamespaces } from "remix-i18next/client";
import { i18nOptions } from "~/i18n/config";
import { fetchBackend } from "~/i18n/fetch-backend.client";
import { watchTyping } from "~/lib/typed-before-hydration.client";

/**
 * With single fetch, RemixBrowser suspends on its first render until it has decoded the data the server
 * streamed into the page, and that suspension sits above every Suspense boundary of the app. A key pressed
 * meanwhile makes React hydrate the whole document synchronously; it then meets a suspension no boundary
 * holds and gives up (React error 345, "root did not complete"). So the decoding is started and awaited
 * before hydration: RemixBrowser's first call (the router does not exist yet) only starts it and throws
 * its promise, and the render inside hydrateRoot then finds the data decoded.
 */
async function remixDataDecoded(): Promise<void> {
  try {
    RemixBrowser({});
  } catch (thrown) {
    if (!(thrown instanceof Promise)) throw thrown;
    await thrown;
  }
}

async function hydrate() {
  watchTyping();
  // Nothing the first render needs may still be on its way when it starts (see remixDataDecoded): the
  // page's namespaces in the page's language (the server already rendered them) and the page's data.
  // A page reached later waits for its own texts (suspense): the navigation keeps the last page on screen
  // until they arrive, where it would otherwise show their raw keys for a moment.
  await Promise.all([
    i18next
      .use(initReactI18next)
      .use(fetchBackend)
      .init({
        ...i18nOptions,
        react: { useSuspense: true },
        lng: document.documentElement.lang,
        ns: getInitialNamespaces(),
      }),
    remixDataDecoded(),
  ]);

  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    );
  });
}

hydrate();
