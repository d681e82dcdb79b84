import type { Command } from 'commander'
import { z } from 'zod'
import { findActor } from '../../app/find-actor'
import { assignCustomer, claimCustomer, releaseCustomer, todayOf } from '../../app/pool'
import { returnIdleCustomers } from '../../app/return-idle-customers'
import { AppError } from '../../core/app-error'
import { LocalDateSchema } from '../../contracts/common'
import { parseInput } from '../../contracts/parse-input'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'

const DateOption = z.strictObject({ date: LocalDateSchema.optional() })

/**
 * `abacus pool return [--date DATE]`: the automatic return the server runs daily, now (acting as
 * the first admin unless --as says otherwise). Running it twice on a day changes nothing more.
 */
async function poolReturnCommand(options: GlobalOptions & { date?: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const { date } = parseInput(DateOption, { date: options.date })
    const run = await returnIdleCustomers(ctx, date ?? todayOf(ctx))
    if (options.json) printJson(run)
    say(ctx.lang, options.json, 'cli.pool_returned', { ...run })
  } finally {
    await database.close()
  }
}

/** `abacus pool claim ID --as REP`: take a customer from the pool. */
async function poolClaimCommand(customerId: string, options: GlobalOptions) {
  const { ctx, database } = await openCli(options)
  try {
    const customer = await claimCustomer(ctx, customerId)
    if (options.json) printJson(customer)
    say(ctx.lang, options.json, 'cli.pool_claimed', { name: customer.name })
  } finally {
    await database.close()
  }
}

/** `abacus pool assign ID --to EMAIL`: give a customer to someone (a manager: in their team). */
async function poolAssignCommand(customerId: string, options: GlobalOptions & { to: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const owner = await findActor(ctx, options.to)
    if (!owner) throw new AppError('not_found', 'error.unknown_user', { email: options.to })
    const customer = await assignCustomer(ctx, customerId, owner.id)
    if (options.json) printJson(customer)
    say(ctx.lang, options.json, 'cli.pool_assigned', { name: customer.name, owner: owner.name })
  } finally {
    await database.close()
  }
}

/** `abacus pool release ID [--reason TEXT]`: put a customer back in the pool. */
async function poolReleaseCommand(customerId: string, options: GlobalOptions & { reason?: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const customer = await releaseCustomer(ctx, customerId, options.reason?.trim() || null)
    if (options.json) printJson(customer)
    say(ctx.lang, options.json, 'cli.pool_released', { name: customer.name })
  } finally {
    await database.close()
  }
}

/** `abacus pool return | claim | assign | release` */
export function registerPoolCommands(program: Command): Command {
  const pool = program.command('pool').description('the customer pool (公海)')
  pool
    .command('return')
    .description('return idle customers to the pool and warn owners of those soon to return (the daily run)')
    .option('--date <date>', 'the day to run for, YYYY-MM-DD (default: today)')
    .action(runAction(poolReturnCommand))
  pool
    .command('claim <customer>')
    .description('claim a pool customer for the acting user (--as)')
    .action(runAction(poolClaimCommand))
  pool
    .command('assign <customer>')
    .description('assign or reassign a customer')
    .requiredOption('--to <email>', 'the new owner')
    .action(runAction(poolAssignCommand))
  pool
    .command('release <customer>')
    .description('put a customer back in the pool')
    .option('--reason <text>', 'why')
    .action(runAction(poolReleaseCommand))
  return pool
}
