import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { EMAIL_PREVIEWS } from "~/dev/email-previews.server";
import { emailHtmlResponse } from "~/dev/email-response.server";
import { LOCALES } from "~/i18n/config";
import { isLocalMode } from "~/lib/config.server";

const previewQuery = z.object({
  lang: z.enum(LOCALES).catch("en"),
  format: z.enum(["html", "text"]).catch("html"),
});

/** One template with sample data, as HTML or as its plain-text part. Local mode only. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const compose = params.name ? EMAIL_PREVIEWS[params.name] : undefined;
  if (!isLocalMode() || !compose) throw new Response(null, { status: 404 });
  const { lang, format } = previewQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const email = await compose(lang);
  return format === "text"
    ? new Response(`Subject: ${email.subject}\n\n${email.text}`, {
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      })
    : emailHtmlResponse(email.html);
}
