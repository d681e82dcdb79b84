import { execFile } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { promisify } from 'node:util'
import { inject } from 'vitest'

const execFileAsync = promisify(execFile)

export type CliResult = {
  code: number
  stdout: string
  stderr: string
  /** stdout as JSON (what --json prints); fails with both streams when it is not. */
  json: <T = unknown>() => T
}

export type CliUser = { email: string; name: string; role: string; manager?: string }

export type CliDatabase = {
  /** A folder of the test's own, removed by `close`: the database and any file the test writes. */
  dir: string
  /** The SQLite file, for a test that reaches inside. */
  file: string
  /** Runs the real `abacus` binary on this database, in English and on the Taipei clock. */
  run: (...args: string[]) => Promise<CliResult>
  close: () => void
}

/** The administrator the demo databases start with (the first admin, whom commands act as by default). */
const CLI_ADMIN: CliUser = { email: 'a@x.tw', name: 'A', role: 'admin' }

/** Runs `node bin/abacus.mjs --db sqlite:FILE …`, resolving with the exit code and both streams. */
async function runCli(file: string, args: readonly string[]): Promise<CliResult> {
  const result = await execFileAsync('node', ['bin/abacus.mjs', '--db', `sqlite:${file}`, ...args], {
    env: { ...process.env, LANG: 'C', ABACUS_TIME_ZONE: 'Asia/Taipei' },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  )
  const json = <T>() => {
    try {
      return JSON.parse(result.stdout) as T
    } catch {
      throw new Error(
        `abacus ${args.join(' ')} printed no JSON (exit ${result.code}):\n${result.stdout}\n${result.stderr}`,
      )
    }
  }
  return { ...result, json }
}

async function addCliUser(file: string, user: CliUser) {
  const manager = user.manager ? ['--manager', user.manager] : []
  const added = await runCli(file, [
    'user',
    'add',
    '--email',
    user.email,
    '--name',
    user.name,
    '--role',
    user.role,
    '--password',
    'long enough pw',
    ...manager,
  ])
  if (added.code !== 0) throw new Error(`abacus user add ${user.email} failed:\n${added.stderr}`)
}

/** A database holding CLI_ADMIN and the demo (`abacus demo`, seed 1, small). */
async function buildDemo(file: string) {
  await addCliUser(file, CLI_ADMIN)
  const demo = await runCli(file, ['demo'])
  if (demo.code !== 0) throw new Error(`abacus demo failed:\n${demo.stderr}`)
}

/**
 * The run's demo database, built by the first test file that asks and copied by each: loading the
 * demo takes tens of seconds, and the files that need it only read it or add to their copy.
 * cli-demo-setup.ts (vitest's globalSetup) gives the run its folder; the first file to create
 * `building` in it builds, the others wait for `ready` (or `failed`, with the reason).
 */
async function demoTemplate(): Promise<string> {
  const dir = inject('cliDemoDir')
  const file = join(dir, 'demo.db')
  const ready = join(dir, 'ready')
  const failed = join(dir, 'failed')
  let builder = true
  try {
    mkdirSync(join(dir, 'building'))
  } catch {
    builder = false
  }
  if (builder) {
    try {
      await buildDemo(file)
      writeFileSync(ready, '')
    } catch (error) {
      writeFileSync(failed, String(error))
      throw error
    }
    return file
  }
  while (!existsSync(ready)) {
    if (existsSync(failed)) throw new Error(readFileSync(failed, 'utf8'))
    await sleep(200)
  }
  return file
}

/** A closed SQLite database, with its write-ahead log should a process have left one. */
function copyDatabase(from: string, to: string) {
  copyFileSync(from, to)
  if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${to}-wal`)
}

/**
 * A SQLite database of its own for one CLI test file: empty, or a copy of the demo database (with
 * CLI_ADMIN) when `demo` is set; then `users` are added in order.
 */
export async function startCliDatabase(
  options: { demo?: boolean; users?: readonly CliUser[] } = {},
): Promise<CliDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'abacus-cli-'))
  const file = join(dir, 'cli.db')
  const close = () => rmSync(dir, { recursive: true, force: true })
  try {
    if (options.demo) {
      const template = inject('cliDemoDir') ? await demoTemplate() : undefined
      if (template) copyDatabase(template, file)
      else await buildDemo(file)
    }
    for (const user of options.users ?? []) await addCliUser(file, user)
  } catch (error) {
    close()
    throw error
  }
  return {
    dir,
    file,
    run: (...args) => runCli(file, args),
    close,
  }
}
