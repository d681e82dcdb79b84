// Child process of the benches: `node bin/tsx.mjs bench/generate-ledger-child.ts URL SPEC_JSON`
// fills the empty database URL with generateLedger (its own heap, its own peak memory), prints
// progress on stderr and what it made as one JSON line on stdout.
import { openDatabase } from '../src/app/open-database'
import { generateLedger, type LedgerSpec } from './generate-ledger'

const [url, spec] = process.argv.slice(2)
if (!url || !spec) throw new Error('usage: generate-ledger-child.ts URL SPEC_JSON')
const database = openDatabase(url)
try {
  const generated = await generateLedger(database, JSON.parse(spec) as LedgerSpec, (line) =>
    process.stderr.write(line + '\n'),
  )
  process.stdout.write(
    JSON.stringify({ ...generated, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n',
  )
} finally {
  await database.close()
}
