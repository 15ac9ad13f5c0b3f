// 极大似然估计 · the coin's relative likelihood L(q) / L(p̂): its peak, and where the candidate p sits.
import { mount } from "./explorable.js";
import { coinLikelihood, coinMle, formatReadout, likelihoodRatioAt } from "./math.js";

const SVG = "http://www.w3.org/2000/svg";
const BOX = { left: 34, right: 312, top: 12, bottom: 172 };  // inside the 320 × 200 view box

const x = (q) => BOX.left + q * (BOX.right - BOX.left);
const y = (relative) => BOX.bottom - relative * (BOX.bottom - BOX.top);

function element(name, attributes, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function compute({ heads, tails, p }) {
  if (heads + tails === 0) return { mle: NaN, ratio: NaN };  // no toss, nothing to estimate
  return { mle: coinMle(heads, tails), ratio: likelihoodRatioAt(p, heads, tails) };
}

function draw(svg, { heads, tails, p }, values) {
  const parts = [
    element("path", { class: "explorable__axis", d: `M${BOX.left},${BOX.top}V${BOX.bottom}H${BOX.right}` }),
    ...[0, 0.5, 1].map((q) => element("text", { class: "explorable__tick", x: x(q), y: BOX.bottom + 16, "text-anchor": "middle" }, String(q))),
    ...[0, 0.5, 1].map((r) => element("text", { class: "explorable__tick", x: BOX.left - 6, y: y(r) + 4, "text-anchor": "end" }, String(r))),
    element("text", { class: "explorable__label", x: x(0.75), y: BOX.bottom + 16, "text-anchor": "middle" }, "p"),
    element("text", { class: "explorable__label", x: BOX.left + 6, y: BOX.top + 10 }, "L(p) / L(p̂)"),
  ];
  if (Number.isFinite(values.mle)) {
    const peak = coinLikelihood(values.mle, heads, tails);
    const curve = [];
    for (let i = 0; i <= 200; i += 1) {
      const q = i / 200;
      curve.push(`${i === 0 ? "M" : "L"}${x(q).toFixed(2)},${y(coinLikelihood(q, heads, tails) / peak).toFixed(2)}`);
    }
    const relative = 1 / values.ratio;
    parts.push(
      element("path", { class: "explorable__guide", d: `M${x(values.mle)},${BOX.bottom}V${y(1)}` }),
      element("path", { class: "explorable__curve", d: curve.join("") }),
      element("path", { class: "explorable__guide", d: `M${x(p)},${BOX.bottom}V${y(relative)}` }),
      element("circle", { class: "explorable__point", cx: x(p), cy: y(relative), r: 5 }),
      // the dot's height is the readout turned over: L(p) / L(p̂) = 1 / (L(p̂) / L(p))
      element("text", { class: "explorable__label", x: x(p) + (p < 0.5 ? 8 : -8), y: Math.max(y(relative) - 8, BOX.top + 24),
        "text-anchor": p < 0.5 ? "start" : "end" }, `1 / ${formatReadout(values.ratio, 2)}`),
    );
  } else {  // no toss: there is no likelihood to draw, and nothing to estimate
    parts.push(element("text", { class: "explorable__label", x: (BOX.left + BOX.right) / 2, y: (BOX.top + BOX.bottom) / 2,
      "text-anchor": "middle" }, document.documentElement.lang === "en" ? "Toss at least once to have a likelihood" : "至少扔一次，才有似然"));
  }
  svg.replaceChildren(...parts);
}

mount("maximum_likelihood.coin_likelihood", { compute, draw });
