import type { Command } from 'commander'
import { cliLang, type GlobalOptions } from './cli-context'
import { reportError } from './output'

/**
 * The action of one command. Commander calls it with the arguments, the command's options and the
 * command; `work` gets the arguments and the options of the command and of every command above it:
 * the global --db, --lang, --json and --as, and a group's own (`report daily --date`,
 * `commission --rep`), which commander gives the group even when written after a subcommand.
 * Errors print in the user's language and exit 1.
 */
export function runAction<A extends unknown[], O extends GlobalOptions>(
  work: (...args: [...A, O]) => Promise<void>,
) {
  return async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command
    const options = command.optsWithGlobals<O>()
    try {
      await work(...([...args.slice(0, -2), options] as [...A, O]))
    } catch (error) {
      reportError(error, cliLang(options), options.json)
    }
  }
}
