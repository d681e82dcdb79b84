import type { Command } from 'commander'
import { createApiToken } from '../../app/api-tokens'
import { requireActor } from '../../app/require-actor'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'

/** `abacus token create --name N [--as EMAIL]`: a personal API token for an integration. */
async function tokenCreate(options: GlobalOptions & { name: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const actor = requireActor(ctx)
    const token = await createApiToken(ctx, options.name)
    if (options.json) printJson(token)
    say(ctx.lang, options.json, 'cli.token_created', { email: actor.email, token: token.token })
  } finally {
    await database.close()
  }
}

/** `abacus token create` */
export function registerTokenCommands(program: Command): Command {
  const token = program.command('token').description('personal API tokens')
  token.command('create').requiredOption('--name <name>').action(runAction(tokenCreate))
  return token
}
