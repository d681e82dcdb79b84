/** The longest follow-up, in minutes: a day. The API, the web and the import all hold to it. */
export const MAX_DURATION_MINUTES = 24 * 60
