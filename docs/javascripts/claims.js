// A computed number is a disclosure button (WAI-ARIA disclosure pattern): a tap, a click, Enter or
// Space shows what the number is and how it is checked, with links to its row in 数字核对 and to
// the line of code that computes it.  The popup stays inside the screen; a tap elsewhere or Escape
// closes it.  Numbers the article gives (inputs) are plain text.
let openClaim = null;

function closeClaim() {
  if (!openClaim) return;
  if (openClaim.hasAttribute("aria-expanded")) openClaim.setAttribute("aria-expanded", "false");
  openClaim.querySelector(".claim-popover")?.remove();
  openClaim = null;
}

function link(href, text) {
  const a = document.createElement("a");
  a.href = href;
  a.textContent = text;
  return a;
}

// The popup's own words, in the page's language (the claim's summary and check come from the build).
const WORDS = {
  zh: { how: (checked) => `构建本站时由代码算出；${checked}。`, ledger: "数字核对", code: "计算它的代码" },
  en: { how: (checked) => `Computed by code when the site is built. ${checked}.`, ledger: "Number ledger",
        code: "the code that computes it" },
};

function openPopover(claim) {
  closeClaim();
  const popover = document.createElement("span");
  popover.className = "claim-popover";
  popover.id = `claim-popover-${claim.dataset.claim.replace(/\W/g, "-")}`;
  const what = document.createElement("span");
  what.className = "claim-popover__what";
  what.textContent = claim.dataset.summary;
  const how = document.createElement("span");
  how.className = "claim-popover__how";
  const words = WORDS[document.documentElement.lang] || WORDS.zh;
  how.textContent = words.how(claim.dataset.checked);
  const links = document.createElement("span");
  links.className = "claim-popover__links";
  links.append(link(claim.dataset.ledger, words.ledger), " · ", link(claim.dataset.code, words.code));
  popover.append(what, how, links);
  claim.append(popover);
  if (claim.getAttribute("role") === "button") {
    claim.setAttribute("aria-controls", popover.id);
    claim.setAttribute("aria-expanded", "true");
  }
  openClaim = claim;
  // Keep it on screen: shift left when it would run past the right edge, right past the left one.
  const margin = 8;
  const box = popover.getBoundingClientRect();
  let shift = 0;
  if (box.right > window.innerWidth - margin) shift = window.innerWidth - margin - box.right;
  if (box.left + shift < margin) shift = margin - box.left;
  popover.style.transform = `translateX(${shift}px)`;
}

document$.subscribe(() => {
  // A number set inside a formula ($w = 2$) keeps only data-claim in KaTeX's output; what its popup
  // says comes from the page's claim data.  KaTeX's visual layer is hidden from screen readers (they
  // read its MathML), so these open on a tap or click only; the ledger lists them all.
  const data = Object.assign({}, ...[...document.querySelectorAll("script.claim-data")]
    .map((script) => JSON.parse(script.textContent)));
  for (const number of document.querySelectorAll(".katex [data-claim]")) {
    const info = data[number.dataset.claim];
    if (!info || number.dataset.bound) continue;  // an input the article gives
    number.dataset.bound = "true";
    Object.assign(number.dataset, info);
    number.classList.add("claim", "claim--in-math");
    number.addEventListener("click", (event) => {
      if (event.target.closest(".claim-popover")) return;
      if (openClaim === number) closeClaim(); else openPopover(number);
    });
  }
  for (const claim of document.querySelectorAll(".claim[role='button']")) {
    if (claim.dataset.bound) continue;
    claim.dataset.bound = "true";
    claim.addEventListener("click", (event) => {
      if (event.target.closest(".claim-popover")) return;  // a link inside the popup
      if (openClaim === claim) closeClaim(); else openPopover(claim);
    });
    claim.addEventListener("keydown", (event) => {
      if (event.target !== claim || (event.key !== "Enter" && event.key !== " ")) return;
      event.preventDefault();
      if (openClaim === claim) closeClaim(); else openPopover(claim);
    });
  }
});

document.addEventListener("click", (event) => {
  if (openClaim && !openClaim.contains(event.target)) closeClaim();
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && openClaim) {
    const claim = openClaim;
    closeClaim();
    claim.focus();
  }
});
