import { describe, expect, it, vi } from "vitest";

describe("/healthz", () => {
  it("answers 503 when the database does not answer", async () => {
    vi.stubEnv("DATABASE_URL", "postgres://nobody:nothing@127.0.0.1:1/none");
    const { loader } = await import("~/routes/healthz");
    const response = await loader();
    expect(response.status).toBe(503);
    expect(await response.text()).toBe("database unavailable\n");
  });
});
