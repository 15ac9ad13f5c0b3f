// Typeset TeX with KaTeX for hooks/katex.py: one JSON request per line on stdin
// ({"tex": "...", "display": true}), one JSON answer per line on stdout
// ({"html": "..."} or {"error": "..."}).  Runs once per build.
const readline = require("node:readline");
const katex = require("katex");

const lines = readline.createInterface({ input: process.stdin, terminal: false });
lines.on("line", (line) => {
  const { tex, display } = JSON.parse(line);
  let answer;
  try {
    answer = {
      html: katex.renderToString(tex, {
        displayMode: display,
        throwOnError: true,
        output: "htmlAndMathml", // MathML for screen readers
        strict: "ignore", // the article writes Chinese inside \text{}
        // \htmlData tags a computed number set inside a formula (hooks/claims.py); nothing else
        trust: (context) => context.command === "\\htmlData",
      }),
    };
  } catch (error) {
    answer = { error: String(error.message || error) };
  }
  process.stdout.write(JSON.stringify(answer) + "\n");
});
