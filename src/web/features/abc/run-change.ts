/** The two lists of a run's tier changes the ABC page shows. */
export const RUN_CHANGES = ['promoted', 'demoted'] as const
export type RunChange = (typeof RUN_CHANGES)[number]
