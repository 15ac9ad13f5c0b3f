// Small accessibility repairs, applied on every page (instant navigation included).
document$.subscribe(() => {
  // Material's search overlay is a dialog without a name; screen readers announce it as "dialog".
  const search = document.querySelector(".md-search[role='dialog']");
  if (search && !search.hasAttribute("aria-label")) search.setAttribute("aria-label", "搜索");
  // A display formula too wide for the screen scrolls in its own box: let the keyboard reach it.
  const reachable = () => {
    for (const box of document.querySelectorAll("div.arithmatex")) {
      if (box.scrollWidth > box.clientWidth + 1) box.setAttribute("tabindex", "0");
      else box.removeAttribute("tabindex");
    }
  };
  reachable();
  window.addEventListener("resize", reachable, { passive: true });
});
