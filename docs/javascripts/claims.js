// A click, tap or Enter on a computed number shows which snippet function
// computed it and links to its row in 数字核对 (hover shows the same as a title).
document$.subscribe(() => {
  for (const claim of document.querySelectorAll(".claim[data-claim]")) {
    if (claim.dataset.bound) continue;
    claim.dataset.bound = "true";
    const toggle = (event) => {
      if (event.type === "keydown" && event.key !== "Enter") return;
      const open = claim.querySelector(".claim-popover");
      document.querySelectorAll(".claim-popover").forEach((popover) => popover.remove());
      if (open) return;
      const popover = document.createElement("span");
      popover.className = "claim-popover";
      popover.setAttribute("role", "note");
      popover.textContent = `由 ${claim.title} 计算 · `;
      const link = document.createElement("a");
      link.href = claim.dataset.ledger;
      link.textContent = "数字核对";
      popover.append(link);
      claim.append(popover);
    };
    claim.addEventListener("click", toggle);
    claim.addEventListener("keydown", toggle);
  }
});
