// 总结与对比 · how hard each loss pushes the logit z: |∂CE/∂z| and |∂SE/∂z| on a log scale.
import { mount } from "./explorable.js";
import { crossEntropyGradient, formatReadout, sigmoid, squaredErrorGradient } from "./math.js";

const SVG = "http://www.w3.org/2000/svg";
const BOX = { left: 40, right: 312, top: 12, bottom: 172 };  // inside the 320 × 200 view box
// The vertical axis: 10⁻¹⁰ … 1, every second decade labelled — deep enough for the smallest gradient the
// slider reaches (|∂SE/∂z| ≈ 2 × 10⁻⁹ at z = 10, y = 1), so no point is ever pinned to the floor.
const DECADES = 10;
const SUPERSCRIPT = { "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻" };

function element(name, attributes, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function compute({ z, y }) {
  const ce = crossEntropyGradient(z, y);
  const se = squaredErrorGradient(z, y);
  return { p: sigmoid(z), ce, se, ratio: ce / se };
}

function draw(svg, { z, y }, values) {
  const input = svg.closest(".explorable").querySelector('input[data-name="z"]');
  const [low, high] = [Number(input.min), Number(input.max)];
  const sx = (v) => BOX.left + ((v - low) / (high - low)) * (BOX.right - BOX.left);
  const sy = (g) => BOX.bottom - ((Math.max(Math.log10(Math.abs(g)), -DECADES) + DECADES) / DECADES) * (BOX.bottom - BOX.top);
  const path = (gradient) => Array.from({ length: 201 }, (_, i) => low + ((high - low) * i) / 200)
    .map((v, i) => `${i ? "L" : "M"}${sx(v).toFixed(2)},${sy(gradient(v, y)).toFixed(2)}`).join("");
  svg.replaceChildren(
    element("path", { class: "explorable__axis", d: `M${BOX.left},${BOX.top}V${BOX.bottom}H${BOX.right}` }),
    ...[low, 0, high].map((v) => element("text", { class: "explorable__tick", x: sx(v), y: BOX.bottom + 16, "text-anchor": "middle" }, formatReadout(v, 0))),
    ...Array.from({ length: DECADES / 2 + 1 }, (_, i) => -2 * i).map((d) => element("text", { class: "explorable__tick", x: BOX.left - 6, y: sy(10 ** d) + 4, "text-anchor": "end" },
      d ? `10${String(d).replace(/./g, (c) => SUPERSCRIPT[c])}` : "1")),
    element("text", { class: "explorable__label", x: (sx(0) + sx(high)) / 2, y: BOX.bottom + 16, "text-anchor": "middle" }, "z"),
    element("text", { class: "explorable__label", x: BOX.left + 6, y: BOX.top + 10 }, "|∂L/∂z|"),
    element("path", { class: "explorable__curve", d: path(crossEntropyGradient) }),
    element("path", { class: "explorable__curve explorable__curve--second", d: path(squaredErrorGradient) }),
    element("path", { class: "explorable__guide", d: `M${sx(z)},${BOX.bottom}V${BOX.top}` }),
    element("circle", { class: "explorable__point", cx: sx(z), cy: sy(values.ce), r: 5 }),
    element("circle", { class: "explorable__point", cx: sx(z), cy: sy(values.se), r: 5 }),
  );
}

mount("cross_entropy.gradients", { compute, draw });
