import type { Command } from 'commander'
import { randomBytes } from 'node:crypto'
import { AppError } from '../../core/app-error'
import { translate } from '../../core/i18n/translate'
import { createUser } from '../../app/users'
import { findActor } from '../../app/find-actor'
import { createFirstAdmin } from '../../app/auth'
import { parseInput } from '../../contracts/parse-input'
import { CreateUserSchema } from '../../contracts/users'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'

type Options = GlobalOptions & {
  email: string
  name: string
  role: string
  manager?: string
  password?: string
}

/**
 * Adds a user from a shell. With no users yet it creates the first admin (how a server is set up
 * without the browser); after that it acts as --as (default the first admin), who must be an admin.
 */
async function userAdd(options: Options) {
  const { ctx, database } = await openCli(options)
  try {
    const managerId = options.manager ? (await findActor(ctx, options.manager))?.id : null
    const generated = options.password ? undefined : randomBytes(12).toString('base64url')
    const input = parseInput(CreateUserSchema, {
      email: options.email,
      name: options.name,
      role: options.role,
      managerId,
      password: options.password ?? generated,
    })
    if (ctx.actor === null && input.role !== 'admin') throw new AppError('forbidden', 'error.no_admin')
    const user = ctx.actor === null ? await createFirstAdmin(ctx, input) : await createUser(ctx, input)
    if (options.json) printJson(generated ? { ...user, password: generated } : user)
    say(ctx.lang, options.json, 'cli.user_added', {
      role: translate(ctx.lang, `role.${user.role}`),
      email: user.email,
    })
    if (generated) say(ctx.lang, options.json, 'cli.password_generated', { password: generated })
  } finally {
    await database.close()
  }
}

/** `abacus user add` */
export function registerUserCommands(program: Command): Command {
  const user = program.command('user').description('manage users')
  user
    .command('add')
    .description('add a user (the first one must be an admin)')
    .requiredOption('--email <email>')
    .requiredOption('--name <name>')
    .requiredOption('--role <role>', 'admin | manager | rep | finance | auditor')
    .option('--manager <email>', 'their manager')
    .option('--password <password>', 'default: a generated one, printed once')
    .action(runAction(userAdd))
  return user
}
