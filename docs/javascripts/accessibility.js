// Small accessibility repairs, applied on every page (instant navigation included).
document$.subscribe(() => {
  // Material's search overlay is a dialog without a name; screen readers announce it as "dialog".
  const search = document.querySelector(".md-search[role='dialog']");
  if (search && !search.hasAttribute("aria-label")) search.setAttribute("aria-label", document.documentElement.lang === "en" ? "Search" : "搜索");
  // A display formula or a table too wide for its column scrolls in its own box: let the keyboard reach it.
  const reachable = () => {
    for (const box of document.querySelectorAll("div.arithmatex, .md-typeset__scrollwrap")) {
      if (box.scrollWidth > box.clientWidth + 1) box.setAttribute("tabindex", "0");
      else box.removeAttribute("tabindex");
    }
  };
  reachable();
  window.addEventListener("resize", reachable, { passive: true });
  document.addEventListener("toggle", reachable, true);  // an opened aside may hold a wide table
});
