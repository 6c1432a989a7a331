import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { getInitialNamespaces } from "remix-i18next/client";
import { i18nOptions } from "~/i18n/config";
import { fetchBackend } from "~/i18n/fetch-backend.client";
import { watchTyping } from "~/lib/typed-before-hydration.client";

async function hydrate() {
  watchTyping();
  // Only the page's namespaces in the page's language are fetched: the server already rendered them.
  // A page reached later waits for its own (suspense): the navigation keeps the last page on screen
  // until they arrive, where it would otherwise show their raw keys for a moment.
  await i18next
    .use(initReactI18next)
    .use(fetchBackend)
    .init({
      ...i18nOptions,
      react: { useSuspense: true },
      lng: document.documentElement.lang,
      ns: getInitialNamespaces(),
    });

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
