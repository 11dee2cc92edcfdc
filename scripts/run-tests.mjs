// The README's test command: lint, module boundaries, typecheck, unit tests, database tests and
// the Playwright suite, in that order. Every step runs even when an earlier
// one fails, so one run shows everything; the exit code is non-zero if any
// step failed. Counts go to test-results/summary.json for .ci/run.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const results = "test-results";
fs.mkdirSync(results, { recursive: true });
const label = process.env.DATABASE_URL ? "PostgreSQL" : "PGlite";

const steps = [
  { name: "lint", command: ["npx", "eslint", ".", "--max-warnings=0"] },
  // Import cycles, packages importing the app, the schema importing the domain (.dependency-cruiser.cjs).
  { name: "boundaries", command: ["npm", "run", "--silent", "boundaries"] },
  { name: "typecheck", command: ["npx", "tsc", "--noEmit"] },
  { name: "unit", command: vitest("vitest.config.ts", "unit.json"), report: "unit.json" },
  { name: `database (${label})`, command: vitest("vitest.db.config.ts", "db.json"), report: "db.json" },
  { name: "end-to-end", command: ["npx", "playwright", "test"], report: "e2e-results.json" },
];

function vitest(config, output) {
  return ["npx", "vitest", "run", "--config", config, "--reporter=default", "--reporter=json", `--outputFile.json=${results}/${output}`];
}

export function countReport(file) {
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  if (report.stats) return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

const summary = { passed: 0, failed: 0, skipped: 0, steps: [] };
for (const step of steps) {
  const reportPath = step.report && path.join(results, step.report);
  if (reportPath) fs.rmSync(reportPath, { force: true });
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const run = spawnSync(step.command[0], step.command.slice(1), { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const ok = run.status === 0;
  let counts = { passed: 0, failed: ok ? 0 : 1, skipped: 0 };
  if (reportPath && fs.existsSync(reportPath)) {
    counts = countReport(reportPath);
    // A runner that crashed after writing its report still failed.
    if (!ok && counts.failed === 0) counts.failed = 1;
  }
  summary.passed += counts.passed;
  summary.failed += counts.failed;
  summary.skipped += counts.skipped;
  summary.steps.push({ name: step.name, ok, seconds: Math.round((Date.now() - started) / 1000), ...counts });
}

fs.writeFileSync(path.join(results, "summary.json"), JSON.stringify(summary, null, 2));
console.log("\n=== summary ===");
for (const step of summary.steps) {
  console.log(`${step.ok ? "ok  " : "FAIL"} ${step.name}: ${step.passed} passed, ${step.failed} failed, ${step.skipped} skipped (${step.seconds}s)`);
}
console.log(`${summary.passed} passed, ${summary.failed} failed`);
process.exit(summary.steps.every((step) => step.ok) && summary.skipped === 0 ? 0 : 1);
