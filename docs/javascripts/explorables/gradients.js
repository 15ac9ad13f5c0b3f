// 总结与对比 · how hard each loss pushes the logit z: |∂CE/∂z| and |∂SE/∂z| on a log scale.
import { mount } from "./explorable.js";
import { crossEntropyGradient, sigmoid, squaredErrorGradient } from "./math.js";

const SVG = "http://www.w3.org/2000/svg";
const BOX = { left: 40, right: 312, top: 12, bottom: 172 };  // inside the 320 × 200 view box
const DECADES = 5;  // the vertical axis: 10⁻⁵ … 1

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
    ...[low, 0, high].map((v) => element("text", { class: "explorable__tick", x: sx(v), y: BOX.bottom + 16, "text-anchor": "middle" }, String(v))),
    ...Array.from({ length: DECADES + 1 }, (_, i) => -i).map((d) => element("text", { class: "explorable__tick", x: BOX.left - 6, y: sy(10 ** d) + 4, "text-anchor": "end" }, d ? `1e${d}`.replace("-", "\u2212") : "1")),
    element("text", { class: "explorable__label", x: BOX.right, y: BOX.bottom - 6, "text-anchor": "end" }, "z"),
    element("path", { class: "explorable__curve", d: path(crossEntropyGradient) }),
    element("path", { class: "explorable__curve explorable__curve--second", d: path(squaredErrorGradient) }),
    element("path", { class: "explorable__guide", d: `M${sx(z)},${BOX.bottom}V${BOX.top}` }),
    element("circle", { class: "explorable__point", cx: sx(z), cy: sy(values.ce), r: 5 }),
    element("circle", { class: "explorable__point", cx: sx(z), cy: sy(values.se), r: 5 }),
  );
}

mount("cross_entropy.gradients", { compute, draw });
