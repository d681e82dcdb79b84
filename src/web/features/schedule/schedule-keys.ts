/** The schedule's cache keys: every change to a slot reloads every week shown. */
export const scheduleKeys = {
  all: ['schedule'] as const,
  week: (query: object) => ['schedule', 'week', query] as const,
}
