import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { enableWorkers } from './artifacts/decode-pool.js'
import { run } from './main.js'

// The action bundle (dist/index.js) has the worker bundle next to it, in dist/worker/.
enableWorkers(join(dirname(fileURLToPath(import.meta.url)), 'worker', 'index.js'))
void run()
