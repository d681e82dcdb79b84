import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/** ARCHITECTURE.md's dependency rule is enforced by lint: these imports must be refused. */
describe('the dependency rule', () => {
  const eslint = new ESLint()
  const errors = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath })
    return (result?.messages ?? []).filter(
      (m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax',
    )
  }

  it.each([
    ['src/core/x.ts', "import { connect } from '../db/connect'\nexport const y = connect"],
    ['src/core/x.ts', "import { readFileSync } from 'node:fs'\nexport const y = readFileSync"],
    ['src/db/x.ts', "import { createCustomer } from '../app/customers'\nexport const y = createCustomer"],
    ['src/api/x.ts', "import { connect } from '../db/connect'\nexport const y = connect"],
    ['src/cli/x.ts', "import { connect } from '../db/connect'\nexport const y = connect"],
    ['src/web/x.ts', "import { createCustomer } from '../app/customers'\nexport const y = createCustomer"],
    [
      'src/contracts/x.ts',
      "import { listCustomers } from '../app/customers'\nexport const y = listCustomers",
    ],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await errors(file, code)).not.toEqual([])
  })

  it('keeps the clock out of core', async () => {
    expect(await errors('src/core/x.ts', 'export const t = () => Date.now()')).not.toEqual([])
    expect(await errors('src/core/x.ts', 'export const t = () => new Date()')).not.toEqual([])
    expect(await errors('src/core/x.ts', 'export const t = (iso: string) => new Date(iso)')).toEqual([])
  })

  it('allows the permitted directions', async () => {
    expect(
      await errors('src/app/x.ts', "import { connect } from '../db/connect'\nexport const y = connect"),
    ).toEqual([])
    expect(
      await errors(
        'src/web/x.ts',
        "import { CustomerSchema } from '../contracts/customers'\nexport const y = CustomerSchema",
      ),
    ).toEqual([])
  })
})
