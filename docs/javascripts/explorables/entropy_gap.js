// 从信息论推导交叉熵 · four bars: H(P), H(P, Q), D(P‖Q), D(Q‖P) for two distributions over {正常, 垃圾}.
import { mount } from "./explorable.js";
import { crossEntropy, entropy, formatReadout, klDivergence } from "./math.js";

const SVG = "http://www.w3.org/2000/svg";
const BOX = { left: 34, right: 312, top: 22, bottom: 172 };  // inside the 320 × 200 view box
const TOP_NATS = 3;  // bars taller than this (an infinite divergence) reach the top and say so

const y = (nats) => BOX.bottom - (Math.min(nats, TOP_NATS) / TOP_NATS) * (BOX.bottom - BOX.top);

function element(name, attributes, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function compute({ p, q }) {
  const P = [1 - p, p];
  const Q = [1 - q, q];
  return { entropy: entropy(P), cross_entropy: crossEntropy(P, Q), kl: klDivergence(P, Q), kl_reverse: klDivergence(Q, P) };
}

function draw(svg, state, values) {
  const bars = [["entropy", "H(P)"], ["cross_entropy", "H(P,Q)"], ["kl", "D(P‖Q)"], ["kl_reverse", "D(Q‖P)"]];
  const slot = (BOX.right - BOX.left) / bars.length;
  const parts = [
    element("path", { class: "explorable__axis", d: `M${BOX.left},${BOX.top}V${BOX.bottom}H${BOX.right}` }),
    ...[0, 1, 2, 3].map((n) => element("text", { class: "explorable__tick", x: BOX.left - 6, y: y(n) + 4, "text-anchor": "end" }, String(n))),
  ];
  bars.forEach(([name, label], i) => {
    const value = values[name];
    const centre = BOX.left + slot * (i + 0.5);
    const top = y(value);
    parts.push(
      element("rect", { class: "explorable__bar", x: centre - slot * 0.3, y: top, width: slot * 0.6, height: BOX.bottom - top }),
      element("text", { class: "explorable__tick", x: centre, y: BOX.bottom + 16, "text-anchor": "middle" }, label),
    );
    // every bar says its value; one cut at the top says so with a break and its true value above
    parts.push(element("text", { class: "explorable__label", x: centre, y: Math.max(top, BOX.top) - 6, "text-anchor": "middle" },
      formatReadout(value, 2)));
    if (value > TOP_NATS) {
      parts.push(element("path", { class: "explorable__break", d: `M${centre - slot * 0.34},${BOX.top + 10}l${slot * 0.68},-6M${centre - slot * 0.34},${BOX.top + 16}l${slot * 0.68},-6` }));
    }
  });
  svg.replaceChildren(...parts);
}

mount("cross_entropy_from_information.entropy_gap", { compute, draw });
