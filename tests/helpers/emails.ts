// Emails sent through the job queue arrive a moment after the action that caused them: poll.
export async function waitForEmails<T>(
  find: () => Promise<T[]>,
  arrived: (rows: T[]) => boolean,
  timeoutMs = 10_000,
): Promise<T[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await find();
    // On timeout the rows found so far go back, so the test's own assertion says what is missing.
    if (arrived(rows) || Date.now() > deadline) return rows;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** True when every one of the addresses has had an email among the rows. */
export const reached =
  (...addresses: string[]) =>
  (rows: { recipient: string }[]) =>
    addresses.every((address) => rows.some((row) => row.recipient === address));
