// 分类分布与交叉熵 · softmax turns three logits into probabilities; the one-hot label keeps one term.
import { mount } from "./explorable.js";
import { categoricalCrossEntropy, softmax } from "./math.js";

const SVG = "http://www.w3.org/2000/svg";
const BOX = { left: 40, right: 312, top: 12, bottom: 172 };  // inside the 320 × 200 view box
const CLASSES = 3;

function element(name, attributes, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function compute(state) {
  const p = softmax([state.z1, state.z2, state.z3]);
  const label = p.map((_, k) => (k === state.true_class ? 1 : 0));
  return { p1: p[0], p2: p[1], p3: p[2], loss: categoricalCrossEntropy(label, p) };
}

function draw(svg, state, values) {
  const slot = (BOX.right - BOX.left) / CLASSES;
  const sy = (p) => BOX.bottom - p * (BOX.bottom - BOX.top);
  const parts = [
    element("path", { class: "explorable__axis", d: `M${BOX.left},${BOX.top}V${BOX.bottom}H${BOX.right}` }),
    ...[0, 0.5, 1].map((p) => element("text", { class: "explorable__tick", x: BOX.left - 6, y: sy(p) + 4, "text-anchor": "end" }, String(p))),
  ];
  [values.p1, values.p2, values.p3].forEach((p, k) => {
    const centre = BOX.left + slot * (k + 0.5);
    const chosen = k === state.true_class;
    parts.push(
      element("rect", { class: chosen ? "explorable__bar explorable__bar--chosen" : "explorable__bar", x: centre - slot * 0.3, y: sy(p), width: slot * 0.6, height: BOX.bottom - sy(p) }),
      element("text", { class: "explorable__tick", x: centre, y: BOX.bottom + 16, "text-anchor": "middle" }, `p${"₁₂₃"[k]}${chosen ? " (y = 1)" : ""}`),
    );
  });
  svg.replaceChildren(...parts);
}

mount("categorical_cross_entropy.softmax", { compute, draw });
