import { z } from "zod";

/** Where /dev/clock moves the portal's clock to (a server-only module keeps zod out of the page's bundle). */
export const moveClockForm = z.object({ to: z.iso.datetime({ offset: true }) });
