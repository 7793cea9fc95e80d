// The bundle dist/undici/index.cjs (scripts/bundle.sh): undici on its own, which the action evaluates
// only to send its requests through a proxy (src/io/undici-on-demand.ts). CommonJS, so that it loads
// synchronously on every Node version.
module.exports = require('undici/index.js')
