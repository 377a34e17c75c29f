// Preloaded into a benchmarked Node process (NODE_OPTIONS=--require): its peak resident memory,
// printed at exit, so the bench needs no GNU time.
process.on('exit', () => process.stderr.write(`\nPEAK_KB=${process.resourceUsage().maxRSS}\n`))
