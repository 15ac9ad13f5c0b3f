// 正态分布与最小二乘 · −log L along the slope w (the intercept at the likelihood's best b) for the chosen σ²,
// on a fixed logarithmic axis: the curve rises and falls with σ², its lowest point stays put.
import { mount } from "./explorable.js";
import { formatReadout, maximiseNormalLikelihood, normalLogLikelihood } from "./math.js";

const SVG = "http://www.w3.org/2000/svg";
const BOX = { left: 40, right: 312, top: 12, bottom: 172 };  // inside the 320 × 200 view box
const DECADES = 4;  // the vertical axis: 1 … 10⁴ (−log L ≥ n/2 · log(2π · 0.25) > 1 over the slider's σ²)

function element(name, attributes, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function compute({ sigma2, w }, data) {
  const [bestW, bestB] = maximiseNormalLikelihood(data.x, data.y, sigma2);
  return { nll: -normalLogLikelihood(data.x, data.y, w, bestB, sigma2), best_w: bestW, best_b: bestB };
}

function draw(svg, { sigma2, w }, values, data) {
  const input = svg.closest(".explorable").querySelector('input[data-name="w"]');
  const [low, high] = [Number(input.min), Number(input.max)];
  const along = (slope) => -normalLogLikelihood(data.x, data.y, slope, values.best_b, sigma2);
  const sx = (slope) => BOX.left + ((slope - low) / (high - low)) * (BOX.right - BOX.left);
  const sy = (loss) => BOX.bottom - (Math.min(Math.max(Math.log10(loss), 0), DECADES) / DECADES) * (BOX.bottom - BOX.top);
  const samples = Array.from({ length: 201 }, (_, i) => low + ((high - low) * i) / 200);
  svg.replaceChildren(
    element("path", { class: "explorable__axis", d: `M${BOX.left},${BOX.top}V${BOX.bottom}H${BOX.right}` }),
    ...[low, values.best_w, high].map((slope) => element("text", { class: "explorable__tick", x: sx(slope), y: BOX.bottom + 16, "text-anchor": "middle" }, formatReadout(slope, 1))),
    ...Array.from({ length: DECADES + 1 }, (_, d) => element("text", { class: "explorable__tick", x: BOX.left - 6, y: sy(10 ** d) + 4, "text-anchor": "end" }, d === 0 ? "1" : `10${"⁰¹²³⁴⁵⁶⁷⁸⁹"[d]}`)),
    element("text", { class: "explorable__label", x: (sx(values.best_w) + sx(high)) / 2, y: BOX.bottom + 16, "text-anchor": "middle" }, "w"),
    // over the curve's lowest point, where it never climbs: the curve rises to the top only at the sides
    element("text", { class: "explorable__label", x: sx(values.best_w), y: BOX.top + 10, "text-anchor": "middle" }, `−log L(w, b = ${formatReadout(values.best_b, 1)})`),
    element("path", { class: "explorable__guide", d: `M${sx(values.best_w)},${BOX.bottom}V${BOX.top + 16}` }),
    element("path", { class: "explorable__curve", d: samples.map((s, i) => `${i ? "L" : "M"}${sx(s).toFixed(2)},${sy(along(s)).toFixed(2)}`).join("") }),
    element("circle", { class: "explorable__point", cx: sx(w), cy: sy(values.nll), r: 5 }),
  );
}

mount("normal_least_squares.likelihood_and_squares", { compute, draw });
