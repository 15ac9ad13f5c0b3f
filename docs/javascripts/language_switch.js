// The language selector lands on the same section of the other edition. mkdocs-static-i18n points each
// language's link at the same page in that language; the two editions share their anchors (#s2-3-principle,
// #eq-…, #ex-2-1), so the link only needs the section the reader is in: the address's own anchor, or else the
// last section heading scrolled past.
function currentSection() {
  if (location.hash) return location.hash;
  let passed = "";
  for (const heading of document.querySelectorAll("article h2[id], article h3[id]")) {
    if (heading.getBoundingClientRect().top > 80) break;  // below the header: not reached yet
    passed = `#${heading.id}`;
  }
  return passed;
}

document.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest("a.md-select__link[hreflang]") : null;
  if (!link || link.hreflang === document.documentElement.lang) return;
  const target = new URL(link.href, location.href);
  target.hash = currentSection();
  link.href = target.href;  // followed by the browser as usual: a new tab, the history, the keyboard all work
});
