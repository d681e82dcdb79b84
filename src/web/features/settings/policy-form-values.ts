import type { FollowUpPolicy } from '../../../core/follow-ups/follow-up-policy'

/** The rules as the form shows them: the ABC shares in percent, "no limit" as an empty field. */
export type PolicyFormValues = Omit<FollowUpPolicy, 'pool'> & {
  pool: Omit<FollowUpPolicy['pool'], 'ownedLimit'> & { ownedLimit: number | null | undefined }
}

/** Percent with at most one decimal, computed on the integer per mille so 0.8 reads 80, not 80.00000000000001. */
const toPercent = (share: number) => Math.round(share * 1000) / 10
const toShare = (percent: number) => Math.round(percent * 10) / 1000

export const policyFormValues = (policy: FollowUpPolicy): PolicyFormValues => ({
  ...policy,
  abc: { ...policy.abc, shareA: toPercent(policy.abc.shareA), shareB: toPercent(policy.abc.shareB) },
})

export const policyBody = (values: PolicyFormValues): FollowUpPolicy => ({
  ...values,
  abc: { ...values.abc, shareA: toShare(values.abc.shareA), shareB: toShare(values.abc.shareB) },
  pool: { ...values.pool, ownedLimit: values.pool.ownedLimit ?? null },
})
