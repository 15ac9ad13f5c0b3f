// The language selector lands on the same page and section of the other edition. Its links (Material's,
// from extra.alternate) go to each edition's home: "/" and "/en/". Every page has its counterpart at the same
// place below the other home (the tests prove it) and the two share their anchors (#s2-3-principle, #eq-…,
// #ex-2-1), so the link needs only this page's place below its own home and the section the reader is in.
function currentSection() {
  if (location.hash) return location.hash;
  let passed = "";
  for (const heading of document.querySelectorAll("article h2[id], article h3[id]")) {
    if (heading.getBoundingClientRect().top > 80) break;  // below the header: not reached yet
    passed = `#${heading.id}`;
  }
  return passed;
}

function counterpart(link) {
  const lang = document.documentElement.lang;
  const own = document.querySelector(`a.md-select__link[hreflang="${lang}"]`);
  if (!own) return null;
  // this edition's home: "/" or "/en/" (in the offline copy, its folder: ".../index.html" without the file)
  const home = new URL(own.href, location.href).pathname.replace(/index\.html$/, "");
  if (!location.pathname.startsWith(home)) return null;
  const target = new URL(location.pathname.slice(home.length), new URL(link.href, location.href));
  target.hash = currentSection();
  return target.href;
}

// Capture phase: before Material's own handler, which knows the way only from the Chinese edition's home.
document.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest("a.md-select__link[hreflang]") : null;
  if (!link || link.hreflang === document.documentElement.lang) return;
  const target = counterpart(link);
  if (!target) return;
  link.href = target;  // followed by the browser as usual: a new tab, the history, the keyboard all work
  event.stopPropagation();
}, true);
