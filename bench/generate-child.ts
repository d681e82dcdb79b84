// Child process of run.ts: `node bin/tsx.mjs bench/generate-child.ts URL CUSTOMERS SEED` fills the
// bench database and prints what it made as JSON on stdout.
import { generate } from './generate'

const [url, customers, seed] = process.argv.slice(2)
if (!url) throw new Error('usage: generate-child.ts URL CUSTOMERS SEED')
const generated = await generate(url, { customers: Number(customers), seed: Number(seed) })
process.stdout.write(JSON.stringify(generated) + '\n')
