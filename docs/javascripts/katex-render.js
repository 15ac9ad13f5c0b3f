// Typeset every .arithmatex element with KaTeX, one katex.render call each.
// (KaTeX's auto-render would leave ~50 px of blank space around display math.)
// Runs on first load and after every instant-navigation page change.
document$.subscribe(() => {
  for (const element of document.querySelectorAll(".arithmatex")) {
    if (element.dataset.typeset) continue;
    const display = element.tagName === "DIV";
    const tex = element.textContent.trim().replace(display ? /^\\\[|\\\]$/g : /^\\\(|\\\)$/g, "");
    katex.render(tex, element, {
      displayMode: display,
      throwOnError: false, // a bad formula shows as .katex-error; the browser tests fail on it
      output: "htmlAndMathml", // MathML for screen readers
      strict: "ignore", // the article writes Chinese inside \text{}
    });
    element.dataset.typeset = "true";
  }
});
