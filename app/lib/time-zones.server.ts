// The time zones a person may choose from, as this server's ICU knows them: listed once per process
// (asking Intl for them on every page cost a fifth of a millisecond), and sent to the page so the
// browser's list, which may differ, never disagrees with the one the server rendered.
export const TIME_ZONES: readonly string[] = Intl.supportedValuesOf("timeZone");
