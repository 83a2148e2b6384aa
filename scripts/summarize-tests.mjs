// Sums the JSON reports of vitest and Playwright into one plain closing line, so a run that
// executed no test (or lost a report) is visible: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
let missing = 0
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.log(`missing report: ${file}`)
    missing++
    continue
  }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  if ('numPassedTests' in report) {
    // vitest
    passed += report.numPassedTests
    failed += report.numFailedTests
  } else if (report.stats) {
    // Playwright: "flaky" passed on retry
    passed += report.stats.expected + report.stats.flaky
    failed += report.stats.unexpected
  }
}
// typecheck, lint or build failures from the calling script count as failed checks
const checks = Number(process.env.FAILED_CHECKS ?? 0)
if (checks > 0) console.log(`${checks} static check(s) or the build failed`)
const allFailed = failed + missing + checks
console.log(`${passed} passed, ${allFailed} failed`)
process.exit(allFailed > 0 || passed === 0 ? 1 : 0)
