// Times say which zone they are in, in each language's own clock.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { EventTime } from "~/calendar/event-time";
import { i18nFor } from "~/i18n/i18next.server";
import { describeEventTime } from "~/notifications/describe";

const call = "2027-09-21T12:00:00Z"; // 21:00 in Seoul, 14:00 in Geneva

describe("an event's time", () => {
  it("in a notice or digest names the reader's zone, 24-hour in French and Spanish", async () => {
    const say = async (locale: "en" | "fr" | "es") =>
      describeEventTime(
        (await i18nFor(locale)).getFixedT(locale, "notifications"),
        { startsAt: call },
        locale,
        "Asia/Seoul",
      );
    expect(await say("en")).toBe("Sep 21, 2027, 9:00 PM GMT+9, your time");
    expect(await say("fr")).toBe("21 sept. 2027, 21:00 UTC+9, à votre heure");
    expect(await say("es")).toBe("21 sept 2027, 21:00 GMT+9, en su hora");
  });

  it("in a list says which is the reader's and which the event's own, with their zones", async () => {
    const i18n = await i18nFor("fr");
    const html = renderToStaticMarkup(
      createElement(
        I18nextProvider,
        { i18n },
        createElement(EventTime, {
          locale: "fr",
          start: call,
          end: "2027-09-21T13:30:00Z",
          viewerZone: "Asia/Seoul",
          eventZone: "Europe/Zurich",
          location: "Palais des Nations, Genève",
        }),
      ),
    );
    expect(html).toContain("21:00–22:30 UTC+9 à votre heure");
    expect(html).toContain("14:00 UTC+2 à Genève");
  });
});
