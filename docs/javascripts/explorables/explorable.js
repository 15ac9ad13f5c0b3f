// What every explorable does, whatever it draws: read its start (the article's example) from the
// page, wire its sliders and radio buttons, compute the readouts and write them at the claims'
// precision, redraw, keep the "link to this picture" address current, restore a shared state
// from the address, reset to the start. Each explorable's own module passes compute and draw.

import { formatReadout as format } from "./math.js";

function readState(root) {
  const state = {};
  for (const input of root.querySelectorAll("input[type=range]")) state[input.dataset.name] = Number(input.value);
  for (const input of root.querySelectorAll("input[type=radio]:checked")) state[input.dataset.name] = Number(input.value);
  return state;
}

// A slider takes the nearest value it can hold (the browser clamps and snaps to its step); a choice takes
// a value only if it is one of its options — a hand-edited address never leaves a group unchecked.
function writeState(root, state) {
  for (const input of root.querySelectorAll("input[type=range]")) {
    if (input.dataset.name in state) input.value = String(state[input.dataset.name]);
  }
  const options = [...root.querySelectorAll("input[type=radio]")];
  for (const input of options) {
    const name = input.dataset.name;
    const known = options.some((other) => other.dataset.name === name && Number(other.value) === state[name]);
    if (name in state && known) input.checked = Number(input.value) === state[name];
  }
}

// "#explorable-cross-entropy-negative-log:p=0.85,y=0" → {p: 0.85, y: 0}, for this explorable only.
function stateFromAddress(root) {
  const prefix = `#${root.id}:`;
  if (!location.hash.startsWith(prefix)) return null;
  const state = {};
  for (const pair of decodeURIComponent(location.hash.slice(prefix.length)).split(",")) {
    const [name, value] = pair.split("=");
    if (name && value !== undefined && Number.isFinite(Number(value))) state[name] = Number(value);
  }
  return state;
}

// Each explorable starts when it comes near the screen, not at load: a long chapter's first paint
// and first input wait for nothing of ours (Lighthouse's blocking time), and an explorable far
// down the page costs nothing until the reader gets there. A shared address starts its own at once.
const NEAR = "400px 0px";

export function mount(name, { compute, draw }) {
  for (const root of document.querySelectorAll(`.explorable[data-explorable="${name}"]`)) {
    if (root.closest("#print-site-page")) continue;  // the handout shows the static figure only
    const shared = stateFromAddress(root);
    if (shared || !("IntersectionObserver" in window)) {
      start(root, shared, compute, draw);
      continue;
    }
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      start(root, null, compute, draw);
    }, { rootMargin: NEAR });
    observer.observe(root);
  }
}

function start(root, shared, compute, draw) {
  const initial = JSON.parse(root.dataset.start);
  const digits = JSON.parse(root.dataset.digits);
  const data = JSON.parse(root.dataset.data);
  const svg = root.querySelector("svg.explorable__plot");
  const link = root.querySelector(".explorable__link");

  const update = () => {
    const state = readState(root);
    for (const output of root.querySelectorAll("output[data-value]")) {
      const input = root.querySelector(`input[data-name="${output.dataset.value}"]`);
      const step = input.step.includes(".") ? input.step.split(".")[1].length : 0;
      output.textContent = format(state[output.dataset.value], step);
    }
    const values = compute(state, data);
    for (const output of root.querySelectorAll("output[data-readout]")) {
      output.textContent = format(values[output.dataset.readout], digits[output.dataset.readout]);
    }
    draw(svg, state, values, data);
    link.href = `#${root.id}:` + Object.entries(state).map(([key, value]) => `${key}=${value}`).join(",");
  };

  root.addEventListener("input", update);
  root.addEventListener("change", update);
  root.querySelector(".explorable__reset").addEventListener("click", () => {
    writeState(root, initial);
    update();
  });
  if (shared) writeState(root, shared);
  update();
  root.classList.add("explorable--ready");
  if (shared) root.scrollIntoView();
}
