import { createInstance } from "i18next";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchBackend } from "~/i18n/fetch-backend.client";

// The browser downloads a page's texts before it hydrates (app/i18n/fetch-backend.client.ts): one
// lost download must not leave the page waiting, nor keys on screen.
afterEach(() => vi.unstubAllGlobals());

async function browserTexts(responses: (() => Promise<Response>)[]) {
  const fetch = vi.fn(() => responses.shift()!());
  vi.stubGlobal("fetch", fetch);
  const i18n = createInstance();
  await i18n
    .use(fetchBackend)
    .init({ lng: "en", fallbackLng: false, ns: ["manual"], defaultNS: "manual", retryTimeout: 1 } as never);
  return { t: i18n.getFixedT("en", "manual"), fetch };
}

describe("texts downloaded by the browser", () => {
  it("are downloaded again after a failure, and then shown", async () => {
    const { t, fetch } = await browserTexts([
      () => Promise.reject(new TypeError("network error")),
      () => Promise.resolve(new Response(null, { status: 503 })),
      () => Promise.resolve(Response.json({ toc: { title: "Manual for R2P Focal Points" } })),
    ]);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(t("toc.title")).toBe("Manual for R2P Focal Points");
  });

  it("are not asked for again when the server does not know them", async () => {
    const { t, fetch } = await browserTexts([() => Promise.resolve(new Response(null, { status: 404 }))]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(t("toc.title")).toBe("toc.title");
  });
});
