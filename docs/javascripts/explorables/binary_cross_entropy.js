// 交叉熵 · the loss curve the reader moves along: −log p for a cat, −log(1 − p) for not-a-cat.
import { mount } from "./explorable.js";
import { binaryCrossEntropy, binaryCrossEntropyBits } from "./math.js";

const SVG = "http://www.w3.org/2000/svg";
const BOX = { left: 34, right: 312, top: 12, bottom: 172 };  // inside the 320 × 200 view box
const TOP_LOSS = 5;  // the vertical axis ends here: −log 0.01 ≈ 4.6 is the steepest the slider reaches

const x = (p) => BOX.left + p * (BOX.right - BOX.left);
const y = (loss) => BOX.bottom - (Math.min(loss, TOP_LOSS) / TOP_LOSS) * (BOX.bottom - BOX.top);

function element(name, attributes, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function draw(svg, state, values) {
  const curve = [];
  for (let i = 1; i <= 99; i += 1) {
    const p = i / 100;
    curve.push(`${i === 1 ? "M" : "L"}${x(p).toFixed(2)},${y(binaryCrossEntropy(state.y, p)).toFixed(2)}`);
  }
  const px = x(state.p);
  const py = y(values.loss);
  svg.replaceChildren(
    element("path", { class: "explorable__axis", d: `M${BOX.left},${BOX.top}V${BOX.bottom}H${BOX.right}` }),
    ...[0, 0.5, 1].map((p) => element("text", { class: "explorable__tick", x: x(p), y: BOX.bottom + 16, "text-anchor": "middle" }, String(p))),
    ...[0, 1, 2, 3, 4, 5].map((l) => element("text", { class: "explorable__tick", x: BOX.left - 6, y: y(l) + 4, "text-anchor": "end" }, String(l))),
    element("text", { class: "explorable__label", x: x(0.75), y: BOX.bottom + 16, "text-anchor": "middle" }, "p"),
    element("text", { class: "explorable__label", x: BOX.left + 6, y: BOX.top + 10 }, state.y === 1 ? "−log p" : "−log(1 − p)"),
    element("path", { class: "explorable__curve", d: curve.join("") }),
    element("path", { class: "explorable__guide", d: `M${px},${BOX.bottom}V${py}` }),
    element("circle", { class: "explorable__point", cx: px, cy: py, r: 5 }),
  );
}

mount("cross_entropy.negative_log", {
  compute: ({ p, y: label }) => ({ loss: binaryCrossEntropy(label, p), bits: binaryCrossEntropyBits(label, p) }),
  draw,
});
