// The sign-in link's query string, read on the server only (the schema keeps zod out of the page's bundle).
import { z } from "zod";

// Postgres refuses a NUL byte in text: a link holding one is simply not a link.
const linkText = z
  .string()
  .min(1)
  .max(500)
  .refine((text) => !text.includes("\0"));
const linkParams = z.object({
  token: linkText,
  email: linkText,
  callbackUrl: z.string().default("/"),
});

export function readSignInLink(request: Request) {
  return linkParams.safeParse(Object.fromEntries(new URL(request.url).searchParams));
}
