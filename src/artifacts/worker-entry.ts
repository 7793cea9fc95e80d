// The worker bundle (dist/worker/index.js): what decode-pool's threads run.
import { serveWorker } from './worker.js'

serveWorker()
