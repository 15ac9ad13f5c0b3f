// 从极大似然推导交叉熵 · each email's term of log L: log p for the spam email, log(1 − p) for the other.
import { mount } from "./explorable.js";
import { bernoulliLogLikelihood, logLikelihoodContribution, meanCrossEntropy } from "./math.js";

const SVG = "http://www.w3.org/2000/svg";
const BOX = { left: 40, right: 312, top: 12, bottom: 172 };  // inside the 320 × 200 view box
const LOWEST = -5;  // the vertical axis: log 0.01 ≈ −4.6 is the lowest a slider reaches

const sx = (p) => BOX.left + p * (BOX.right - BOX.left);
const sy = (term) => BOX.top + (Math.max(term, LOWEST) / LOWEST) * (BOX.bottom - BOX.top);

function element(name, attributes, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function compute({ p_free: free, p_meeting: meeting }, { labels }) {
  const predictions = [free, meeting];
  return {
    free: logLikelihoodContribution(labels[0], free),
    meeting: logLikelihoodContribution(labels[1], meeting),
    log_likelihood: bernoulliLogLikelihood(labels, predictions),
    n_j: labels.length * meanCrossEntropy(labels, predictions),
  };
}

function draw(svg, { p_free: free, p_meeting: meeting }, values, { labels }) {
  const curve = (label) => Array.from({ length: 99 }, (_, i) => (i + 1) / 100)
    .map((p, i) => `${i ? "L" : "M"}${sx(p).toFixed(2)},${sy(logLikelihoodContribution(label, p)).toFixed(2)}`).join("");
  svg.replaceChildren(
    element("path", { class: "explorable__axis", d: `M${BOX.left},${BOX.top}V${BOX.bottom}H${BOX.right}` }),
    element("path", { class: "explorable__guide", d: `M${BOX.left},${BOX.top}H${BOX.right}` }),
    ...[0, 0.5, 1].map((p) => element("text", { class: "explorable__tick", x: sx(p), y: BOX.bottom + 16, "text-anchor": "middle" }, String(p))),
    ...[0, -2, -4].map((t) => element("text", { class: "explorable__tick", x: BOX.left - 6, y: sy(t) + 4, "text-anchor": "end" }, String(t).replace("-", "−"))),
    element("text", { class: "explorable__label", x: sx(0.75), y: BOX.bottom + 16, "text-anchor": "middle" }, "p"),
    element("path", { class: "explorable__curve", d: curve(labels[0]) }),
    element("path", { class: "explorable__curve explorable__curve--second", d: curve(labels[1]) }),
    element("text", { class: "explorable__label", x: BOX.right - 4, y: BOX.top + 26, "text-anchor": "end" }, "log p"),
    element("text", { class: "explorable__label", x: BOX.left + 8, y: BOX.top + 26 }, "log(1 − p) (- -)"),
    element("circle", { class: "explorable__point", cx: sx(free), cy: sy(values.free), r: 5 }),
    element("circle", { class: "explorable__point", cx: sx(meeting), cy: sy(values.meeting), r: 5 }),
  );
}

mount("cross_entropy_from_likelihood.email_contributions", { compute, draw });
