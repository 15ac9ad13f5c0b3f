// Runs the explorables' math module on the cases tests/test_explorable_math.py sends on stdin:
// [[functionName, [arguments…]], …]. Prints {exports: [names], results: [{value} | {error}]}.
// Infinity and NaN travel as strings (JSON has neither).
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const math = await import(pathToFileURL(process.argv[2]).href);
const cases = JSON.parse(readFileSync(0, "utf8"));
const results = cases.map(([name, args]) => {
  try {
    const value = math[name](...args);
    if (Array.isArray(value)) return { value };  // [w, b]
    return { value: Number.isFinite(value) ? value : String(value) };
  } catch (error) {
    return { error: error.name };
  }
});
const exports = Object.keys(math).filter((name) => typeof math[name] === "function").sort();
process.stdout.write(JSON.stringify({ exports, results }));
