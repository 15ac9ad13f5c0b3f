// 最小二乘法 · the line through the 奶茶 data as the reader moves one day's sales; residuals as squares.
import { mount } from "./explorable.js";
import { fitLine, meanSquaredError } from "./math.js";

const SVG = "http://www.w3.org/2000/svg";
const BOX = { left: 40, right: 312, top: 12, bottom: 172 };  // inside the 320 × 200 view box
const X_RANGE = [15, 45];  // °C: the five days sit inside
const Y_RANGE = [-200, 1000];  // cups: room for the article's outlier and the line it pulls below zero

const sx = (x) => BOX.left + ((x - X_RANGE[0]) / (X_RANGE[1] - X_RANGE[0])) * (BOX.right - BOX.left);
const sy = (y) => BOX.bottom - ((y - Y_RANGE[0]) / (Y_RANGE[1] - Y_RANGE[0])) * (BOX.bottom - BOX.top);

function element(name, attributes, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

// The line y = w x + b over the x range, cut where it leaves the y range (the box shows no more).
function segment(w, b) {
  let [from, to] = X_RANGE;
  if (w !== 0) {
    const [a, c] = [(Y_RANGE[0] - b) / w, (Y_RANGE[1] - b) / w].sort((m, n) => m - n);
    from = Math.max(from, a);
    to = Math.min(to, c);
  }
  return from < to ? `M${sx(from)},${sy(w * from + b)}L${sx(to)},${sy(w * to + b)}` : "";
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
  const parts = [
    element("path", { class: "explorable__axis", d: `M${BOX.left},${BOX.top}V${BOX.bottom}H${BOX.right}` }),
    ...[20, 30, 40].map((t) => element("text", { class: "explorable__tick", x: sx(t), y: BOX.bottom + 16, "text-anchor": "middle" }, String(t))),
    ...[0, 500, 1000].map((s) => element("text", { class: "explorable__tick", x: BOX.left - 6, y: sy(s) + 4, "text-anchor": "end" }, String(s))),
    element("text", { class: "explorable__label", x: BOX.right, y: BOX.bottom - 6, "text-anchor": "end" }, "x (°C)"),
    element("text", { class: "explorable__label", x: BOX.left + 6, y: BOX.top + 10 }, "y"),
  ];
  data.x.forEach((x, i) => {  // each residual's square, on screen: its side is the residual's length
    const fitted = values.w * x + values.b;
    const side = Math.abs(sy(y[i]) - sy(fitted));
    parts.push(element("rect", { class: "explorable__square", x: sx(x), y: Math.min(sy(y[i]), sy(fitted)), width: side, height: side }));
  });
  parts.push(element("path", { class: "explorable__curve", d: segment(values.w, values.b) }));
  data.x.forEach((x, i) => parts.push(element("circle", { class: i === data.moved ? "explorable__point" : "explorable__datum", cx: sx(x), cy: sy(y[i]), r: i === data.moved ? 5 : 3.5 })));
  svg.replaceChildren(...parts);
}

mount("least_squares.fit_and_outlier", { compute, draw });
