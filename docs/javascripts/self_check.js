// The reader's self-check under a numeric exercise (hooks/exercises.py writes the form): type a
// number, press 核对, and be told whether it is right at the exercise's precision. A wrong try
// opens the exercise's hint; the solution stays collapsed until the reader opens it.
// parseAnswer and judge are pure (tests/test_self_check.py runs them under Node).

const UNIT_WORDS = { nats: "nats", nat: "nats", "奈特": "nats", bits: "bits", bit: "bits", "比特": "bits" };

/**
 * The number a reader typed, and the unit word after it if any: "0.105", ".105", "1.05e-1",
 * "1.05 × 10^-1", "−0.223", "7/10", "0.152 bits", "≈ 0.105", "81.8%". {value: NaN} when it is not a number.
 */
export function parseAnswer(text) {
  // full-width digits and signs (a Chinese keyboard's) as ASCII; any dash as a minus; 。 between digits as a point
  let rest = String(text).normalize("NFKC").trim().replace(/[\u2212\u2013\u2014]/g, "-")
    .replace(/(\d)[。．](\d)/g, "$1.$2").replace(/\s+/g, " ");
  rest = rest.replace(/^[^\d.+\-=≈~]{1,12}[=≈]\s*/, "");  // "w = 1.94", "H(Q,P)≈0.916": the number after the name
  rest = rest.replace(/^(?:[≈~]|大约|约)\s*/, "");  // "≈0.105", "约 0.105": a reader rounding says so
  rest = rest.replace(/\s*(?:倍|times)$/, "").replace(/^(?:about|approx\.?)\s*/i, "");  // "2.28倍", "2.28 times", "about 0.105"
  let scale = 1;
  if (/%$/.test(rest)) {  // a probability as a percentage: "81.8%"
    scale = 0.01;
    rest = rest.slice(0, -1).trim();
  }
  if (/^[+-]?\d+,\d+$/.test(rest)) rest = rest.replace(",", ".");  // a decimal comma: 1,94
  let unit = "";
  const unitMatch = rest.match(/\s*([a-z\u4e00-\u9fff]+)$/i);
  if (unitMatch && UNIT_WORDS[unitMatch[1].toLowerCase()]) {
    unit = UNIT_WORDS[unitMatch[1].toLowerCase()];
    rest = rest.slice(0, unitMatch.index).trim();
  }
  const plain = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
  const power = rest.match(/^([+-]?(?:\d+\.?\d*|\.\d+))\s*[×x*]\s*10\s*\^\s*\(?([+-]?\d+)\)?$/i);
  const fraction = rest.match(/^([+-]?\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/);
  let value = NaN;
  if (plain.test(rest)) value = Number(rest);
  else if (power) value = Number(power[1]) * 10 ** Number(power[2]);
  else if (fraction && Number(fraction[2]) !== 0) value = Number(fraction[1]) / Number(fraction[2]);
  return { value: value * scale, unit };
}

/**
 * Whether `text` answers `answer` at `digits` decimals in `unit` ("" for a pure number):
 * "right", "wrong", "unit" (a number in the other unit's words) or "unreadable".
 * Right means within half a unit of the last decimal asked for, as rounding to it would be.
 */
export function judge(text, answer, digits, unit) {
  const { value, unit: given } = parseAnswer(text);
  if (!Number.isFinite(value)) return "unreadable";
  if (given && unit && given !== unit) return "unit";  // a unit word counts only where the exercise asks a unit
  const tolerance = 0.5 * 10 ** -digits * (1 + 1e-9);
  return Math.abs(value - answer) <= tolerance ? "right" : "wrong";
}

// What the check says, in the page's language.
const VERDICTS = {
  zh: {
    right: "对了。想看完整推导，打开下面的“解答”。",
    wrong: "还不对。提示已经展开，再试一次。",
    unit: "单位不对：题目要的单位写在输入框上方。",
    unreadable: "没读懂这个数：请写成 0.105、1.05e-1 或 7/10 这样的形式。",
  },
  en: {
    right: "Right. For the whole derivation, open the Solution below.",
    wrong: "Not yet. The hint is open now; try again.",
    unit: "Wrong unit: the unit asked for is written above the box.",
    unreadable: "That does not read as a number: write it like 0.105, 1.05e-1 or 7/10.",
  },
};

function wire(form) {
  const input = form.querySelector("input");
  const verdict = form.querySelector(".self-check__verdict");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const outcome = judge(input.value, Number(form.dataset.answer), Number(form.dataset.digits), form.dataset.unit);
    verdict.textContent = (VERDICTS[document.documentElement.lang] || VERDICTS.zh)[outcome];
    form.dataset.verdict = outcome;
    input.setAttribute("aria-invalid", String(outcome !== "right"));
    if (outcome === "wrong") {
      // the hint is the exercise's first "提示" block after the form
      let next = form.nextElementSibling;
      while (next && !(next.matches("details.hint") || next.matches("h2, h3"))) next = next.nextElementSibling;
      if (next && next.matches("details.hint")) next.open = true;
    }
  });
}

if (typeof document !== "undefined") {
  for (const form of document.querySelectorAll("form.self-check")) {
    if (!form.closest("#print-site-page")) wire(form);
  }
}
