/**
 * DOMAIN.md "Opportunities (the three hurdles)": a deal is won only once the customer accepts the
 * rep (`person`, 認可個人), then the product or platform (`platform`, 認可平台), then price and
 * payment are settled (`money`, 解決資金). It ends `won` (成交) or `lost` (丟單).
 */
export const OPEN_STAGES = ['person', 'platform', 'money'] as const
export type OpenStage = (typeof OPEN_STAGES)[number]
export const CLOSED_STAGES = ['won', 'lost'] as const
export type ClosedStage = (typeof CLOSED_STAGES)[number]
export const OPPORTUNITY_STAGES = [...OPEN_STAGES, ...CLOSED_STAGES] as const
export type OpportunityStage = (typeof OPPORTUNITY_STAGES)[number]

export const isOpenStage = (stage: OpportunityStage): stage is OpenStage =>
  (OPEN_STAGES as readonly string[]).includes(stage)

/** The position of a hurdle: 0 person, 1 platform, 2 money. */
export const hurdleIndex = (stage: OpenStage): number => OPEN_STAGES.indexOf(stage)

/** The later of two hurdles. */
export const laterHurdle = (a: OpenStage, b: OpenStage): OpenStage =>
  hurdleIndex(a) >= hurdleIndex(b) ? a : b
