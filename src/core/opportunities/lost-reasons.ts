/**
 * Why an opportunity was lost, as a closed list so that the win/loss analysis can count them
 * (DOMAIN.md: lost "with a reason"); the rep adds the particulars in a free-text note.
 */
export const LOST_REASONS = [
  'price',
  'budget',
  'competitor',
  'product_fit',
  'relationship',
  'timing',
  'no_decision',
  'other',
] as const
export type LossReason = (typeof LOST_REASONS)[number]
