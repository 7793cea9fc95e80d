/**
 * Writes schema/policy.schema.json from the zod policy schema (src/policy/schema.ts).
 * Run with `npx tsx scripts/generate-schema.ts` after changing the schema; a test fails when the
 * committed file and the schema disagree.
 */
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'
import { policyJsonSchemaText } from '../src/policy/schema.js'
import { writeFileAtomic } from '../src/io/write-atomic.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const target = join(root, 'schema', 'policy.schema.json')
writeFileAtomic(target, policyJsonSchemaText())
console.log(`wrote ${target}`)
