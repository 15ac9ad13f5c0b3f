// The math every explorable computes while the reader drags: one small module, the browser's
// copy of functions in snippets/. tests/test_explorable_math.py runs each export under the
// pinned Node.js and compares it with the Python function it mirrors (MIRRORS there), on a grid
// of inputs and the article's own, to a relative 1e-9; an export without a mirror fails the test.
// Natural logarithms throughout, as in the article.

/** The mean of a list of numbers, summed in order. */
function mean(values) {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Least-squares slope and intercept [w, b] from the normal equations (snippets.least_squares.fit_line). */
export function fitLine(x, y) {
  if (x.length !== y.length) throw new RangeError(`x and y differ in length: ${x.length} vs ${y.length}`);
  const [mx, my] = [mean(x), mean(y)];
  const dx = x.map((v) => v - mx);
  const spread = dx.reduce((sum, d) => sum + d * d, 0);
  if (spread === 0) throw new RangeError("all x are equal: the slope is undetermined");
  const w = dx.reduce((sum, d, i) => sum + d * (y[i] - my), 0) / spread;
  return [w, my - w * mx];
}

/** L = mean of (y − (w x + b))² (snippets.least_squares.mean_squared_error). */
export function meanSquaredError(x, y, w, b) {
  if (x.length !== y.length) throw new RangeError(`x and y differ in length: ${x.length} vs ${y.length}`);
  return mean(x.map((xi, i) => (y[i] - (w * xi + b)) ** 2));
}

/** log L = Σ [−½ log(2πσ²) − (y − (w x + b))² / (2σ²)] (snippets.normal_least_squares.normal_log_likelihood). */
export function normalLogLikelihood(x, y, w, b, sigma2) {
  if (!(sigma2 > 0)) throw new RangeError(`sigma2 must be positive, got ${sigma2}`);
  return x.reduce((sum, xi, i) => sum + (-0.5 * Math.log(2 * Math.PI * sigma2) - (y[i] - (w * xi + b)) ** 2 / (2 * sigma2)), 0);
}

/** The line [w, b] that maximises normalLogLikelihood, by the same gradient ascent as
 * snippets.normal_least_squares.maximise_normal_likelihood (no least-squares formula). */
export function maximiseNormalLikelihood(x, y, sigma2, tolerance = 1e-12) {
  if (!(sigma2 > 0)) throw new RangeError(`sigma2 must be positive, got ${sigma2}`);
  const mx = mean(x);
  const dx = x.map((v) => v - mx);
  const curvatureW = dx.reduce((sum, d) => sum + d * d, 0) / sigma2;
  const curvatureC = x.length / sigma2;
  if (curvatureW === 0) throw new RangeError("all x are equal: the slope is undetermined");
  let w = 0;
  let c = 0;
  for (let step = 0; step < 10000; step += 1) {
    const residual = y.map((yi, i) => yi - (w * dx[i] + c));
    const gradW = residual.reduce((sum, r, i) => sum + r * dx[i], 0) / sigma2;
    const gradC = residual.reduce((sum, r) => sum + r, 0) / sigma2;
    w += (0.5 * gradW) / curvatureW;
    c += (0.5 * gradC) / curvatureC;
    if (Math.abs(gradW) / curvatureW < tolerance && Math.abs(gradC) / curvatureC < tolerance) break;
  }
  return [w, c - w * mx];
}

/** One email's term y log p + (1 − y) log(1 − p) of log L
 * (snippets.cross_entropy_from_likelihood.log_likelihood_contribution). */
export function logLikelihoodContribution(y, p) {
  if (y !== 0 && y !== 1) throw new RangeError(`y must be 0 or 1, got ${y}`);
  if (!(p > 0 && p < 1)) throw new RangeError(`p must lie strictly between 0 and 1, got ${p}`);
  return y === 1 ? Math.log(p) : Math.log(1 - p);
}

function bernoulliProbability(y, p) {
  if (y !== 0 && y !== 1) throw new RangeError(`y must be 0 or 1, got ${y}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be a probability, got ${p}`);
  return p ** y * (1 - p) ** (1 - y);
}

/** log L = Σ log p_i^y_i (1 − p_i)^(1 − y_i) (snippets.categorical_cross_entropy.bernoulli_log_likelihood). */
export function bernoulliLogLikelihood(y, p) {
  if (y.length !== p.length) throw new RangeError(`y and p differ in length: ${y.length} vs ${p.length}`);
  return y.reduce((sum, yi, i) => sum + Math.log(bernoulliProbability(yi, p[i])), 0);
}

/** J = −(1/n) log L (snippets.categorical_cross_entropy.mean_cross_entropy). */
export function meanCrossEntropy(y, p) {
  return -bernoulliLogLikelihood(y, p) / y.length;
}

/** p_k = e^z_k / Σ e^z_j, largest logit subtracted first (snippets.categorical_cross_entropy.softmax). */
export function softmax(z) {
  const top = Math.max(...z);
  const exponentials = z.map((v) => Math.exp(v - top));
  const total = exponentials.reduce((sum, v) => sum + v, 0);
  return exponentials.map((v) => v / total);
}

/** −Σ y_k log p_k for a one-hot y (snippets.cross_entropy.categorical_cross_entropy). */
export function categoricalCrossEntropy(y, p) {
  if (y.length !== p.length) throw new RangeError(`y and p differ in length: ${y.length} vs ${p.length}`);
  if (!sumsToOne(p)) throw new RangeError(`p must sum to 1, got ${p}`);
  return y.reduce((sum, yk, k) => (yk !== 0 ? sum - yk * Math.log(p[k]) : sum), 0);
}

/** Binary cross-entropy −[y log p + (1 − y) log(1 − p)] (snippets.cross_entropy.binary_cross_entropy). */
export function binaryCrossEntropy(y, p) {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be a probability, got ${p}`);
  if ((y === 1 && p === 0) || (y === 0 && p === 1)) throw new RangeError(`loss is infinite for y=${y}, p=${p}`);
  let loss = 0;
  if (y) loss -= y * Math.log(p);
  if (1 - y) loss -= (1 - y) * Math.log(1 - p);
  return loss;
}

/** The same loss in bits (snippets.cross_entropy.binary_cross_entropy_bits). */
export function binaryCrossEntropyBits(y, p) {
  return binaryCrossEntropy(y, p) / Math.LN2;
}

/** σ(z) = 1 / (1 + e^−z) (snippets.cross_entropy.sigmoid). */
export function sigmoid(z) {
  return 1 / (1 + Math.exp(-z));
}

/** ∂/∂z of the cross-entropy of σ(z): σ(z) − y (snippets.cross_entropy.cross_entropy_gradient). */
export function crossEntropyGradient(z, y) {
  return sigmoid(z) - y;
}

/** ∂/∂z of (σ(z) − y)²: 2(σ(z) − y)σ(z)(1 − σ(z)) (snippets.cross_entropy.squared_error_gradient). */
export function squaredErrorGradient(z, y) {
  const p = sigmoid(z);
  return 2 * (p - y) * p * (1 - p);
}

/** p^h (1 − p)^t (snippets.maximum_likelihood.coin_likelihood). */
export function coinLikelihood(p, heads, tails) {
  return p ** heads * (1 - p) ** tails;
}

/** h log p + t log(1 − p) (snippets.maximum_likelihood.coin_log_likelihood). */
export function coinLogLikelihood(p, heads, tails) {
  return heads * Math.log(p) + tails * Math.log(1 - p);
}

/** The maximiser h / (h + t) (snippets.maximum_likelihood.coin_mle). */
export function coinMle(heads, tails) {
  if (heads < 0 || tails < 0 || heads + tails === 0) {
    throw new RangeError(`need non-negative counts and at least one toss, got ${heads}, ${tails}`);
  }
  return heads / (heads + tails);
}

/** L(p̂) / L(p), with 0 log 0 = 0 (snippets.maximum_likelihood.likelihood_ratio_at). */
export function likelihoodRatioAt(p, heads, tails) {
  const logLikelihood = (q) => (heads ? heads * Math.log(q) : 0) + (tails ? tails * Math.log(1 - q) : 0);
  return Math.exp(logLikelihood(coinMle(heads, tails)) - logLikelihood(p));
}

// numpy.isclose(sum, 1) with its default tolerances, as the snippets check a distribution.
function sumsToOne(values) {
  return Math.abs(values.reduce((a, b) => a + b, 0) - 1) <= 1e-8 + 1e-5;
}

function distribution(values, name) {
  if (values.some((v) => !(v >= 0)) || !sumsToOne(values)) {
    throw new RangeError(`${name} must be a probability distribution, got ${values}`);
  }
  return values;
}

/** H(P) = −Σ P log P, with 0 log 0 = 0 (snippets.cross_entropy_from_information.entropy). */
export function entropy(p) {
  return -distribution(p, "P").reduce((sum, pi) => (pi > 0 ? sum + pi * Math.log(pi) : sum), 0) + 0;
}

/** H(P, Q) = −Σ P log Q; infinite if Q misses an outcome P has (…cross_entropy_from_information.cross_entropy). */
export function crossEntropy(p, q) {
  distribution(p, "P");
  distribution(q, "Q");
  if (p.length !== q.length) throw new RangeError(`P and Q differ in length: ${p.length} vs ${q.length}`);
  let sum = 0;
  for (let i = 0; i < p.length; i += 1) {
    if (p[i] > 0) {
      if (q[i] === 0) return Infinity;
      sum -= p[i] * Math.log(q[i]);
    }
  }
  return sum;
}

/** D_KL(P‖Q) = H(P, Q) − H(P) (snippets.cross_entropy_from_information.kl_divergence). */
export function klDivergence(p, q) {
  return crossEntropy(p, q) - entropy(p);
}

const MINUS = "\u2212";
const SUPERSCRIPT = { "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻" };

/** "m × 10ᵏ", the mantissa with `decimals` decimals. */
function scientific(value, decimals) {
  const [mantissa, exponent] = value.toExponential(decimals).split("e");
  const power = String(Number(exponent)).replace(/./g, (c) => SUPERSCRIPT[c]);
  return `${mantissa.replace("-", MINUS)} × 10${power}`;
}

/**
 * A readout as the reader sees it (snippets.explorables.printed): `digits` decimals as the claims
 * print them, a true minus sign and never "−0"; from a million up, and for a number too small to
 * show at those digits but not zero, "m × 10ᵏ" — a gradient of 4.5 × 10⁻⁵ is not 0.000; ∞ for an
 * infinite divergence, "—" where there is no number.
 */
export function formatReadout(value, digits) {
  if (value === Infinity) return "\u221e";
  if (value === -Infinity) return `${MINUS}\u221e`;
  if (!Number.isFinite(value)) return "\u2014";
  if (Math.abs(value) >= 1e6) return scientific(value, 2);
  const text = value.toFixed(digits);
  if (/^-?0(\.0*)?$/.test(text)) return value === 0 ? text.replace("-", "") : scientific(value, 1);
  return text.replace("-", MINUS);
}
