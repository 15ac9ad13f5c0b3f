// 最小二乘法 · the line through the 奶茶 data as the reader moves one day's sales; residuals as squares.
import { mount } from "./explorable.js";
import { fitLine, formatReadout, meanSquaredError } from "./math.js";

const SVG = "http://www.w3.org/2000/svg";
const BOX = { left: 40, right: 312, top: 12, bottom: 172 };  // inside the 320 × 200 view box
const X_RANGE = [15, 45];  // °C: the five days sit inside

// The vertical axis fits what is drawn — the sales and the line across the box — in round steps
// (1, 2 or 5 × 10ᵏ cups, at most five of them): the article's table fills the box, the outlier widens it.
function salesAxis(y, w, b) {
  const ends = X_RANGE.map((x) => w * x + b);
  const [low, high] = [Math.min(0, ...y, ...ends), Math.max(...y, ...ends)];
  const rough = (high - low) / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough);
  return { low: Math.floor(low / step) * step, high: Math.ceil(high / step) * step, step };
}

const sx = (x) => BOX.left + ((x - X_RANGE[0]) / (X_RANGE[1] - X_RANGE[0])) * (BOX.right - BOX.left);

function element(name, attributes, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

// The line y = w x + b across the box (the axis is made to hold it).
function segment(w, b, sy) {
  const [from, to] = X_RANGE;
  return `M${sx(from)},${sy(w * from + b)}L${sx(to)},${sy(w * to + b)}`;
}

function sales(state, data) {
  return data.y.map((y, i) => (i === data.moved ? state.last_sales : y));
}

function compute(state, data) {
  const y = sales(state, data);
  const [w, b] = fitLine(data.x, y);
  return { w, b, loss: meanSquaredError(data.x, y, w, b) };
}

function draw(svg, state, values, data) {
  const y = sales(state, data);
  const axis = salesAxis(y, values.w, values.b);
  const sy = (v) => BOX.bottom - ((v - axis.low) / (axis.high - axis.low)) * (BOX.bottom - BOX.top);
  const ticks = Array.from({ length: Math.round((axis.high - axis.low) / axis.step) + 1 }, (_, i) => axis.low + i * axis.step);
  const parts = [
    element("path", { class: "explorable__axis", d: `M${BOX.left},${BOX.top}V${BOX.bottom}H${BOX.right}` }),
    ...[20, 30, 40].map((t) => element("text", { class: "explorable__tick", x: sx(t), y: BOX.bottom + 16, "text-anchor": "middle" }, String(t))),
    ...ticks.map((s) => element("text", { class: "explorable__tick", x: BOX.left - 6, y: sy(s) + 4, "text-anchor": "end" }, formatReadout(s, 0))),
    element("text", { class: "explorable__label", x: sx(35), y: BOX.bottom + 16, "text-anchor": "middle" }, "x (°C)"),
    element("text", { class: "explorable__label", x: BOX.left + 6, y: BOX.top + 10 }, "y"),
  ];
  data.x.forEach((x, i) => {  // each residual's square, on screen: its side is the residual's length
    const fitted = values.w * x + values.b;
    const side = Math.abs(sy(y[i]) - sy(fitted));
    parts.push(element("rect", { class: "explorable__square", x: x > (X_RANGE[0] + X_RANGE[1]) / 2 ? sx(x) - side : sx(x), y: Math.min(sy(y[i]), sy(fitted)), width: side, height: side }));
  });
  parts.push(element("path", { class: "explorable__curve", d: segment(values.w, values.b, sy) }));
  data.x.forEach((x, i) => parts.push(element("circle", { class: i === data.moved ? "explorable__point" : "explorable__datum", cx: sx(x), cy: sy(y[i]), r: i === data.moved ? 5 : 3.5 })));
  svg.replaceChildren(...parts);
}

mount("least_squares.fit_and_outlier", { compute, draw });
