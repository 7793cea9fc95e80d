#!/usr/bin/python3
"""Reference values for src/metrics, computed with numpy/scipy/pandas.

Run with Debian's interpreter (apt-get install python3-scipy python3-pandas):

    /usr/bin/python3 scripts/reference_metrics.py

Writes __fixtures__/metrics/reference.json: deterministic datasets (tie-heavy small integers, skewed
lognormal floats, heavy ties with zeros, very different magnitudes, nearly constant values, n from 1 to
5000) and, per dataset, the numpy/scipy/pandas results plus exact values (rational arithmetic) for the
sums where cancellation could make a float64 reference itself inexact. The jest test
(__tests__/metrics.reference.test.ts) compares src/metrics against this file; it needs no python.
"""
import json
import math
import sys
from decimal import Decimal, getcontext
from fractions import Fraction
from pathlib import Path

import numpy as np
import pandas as pd
import scipy
import scipy.stats as st

getcontext().prec = 60

QS = [0.0, 0.01, 0.05, 0.1, 0.25, 1 / 3, 0.5, 0.75, 0.9, 0.95, 0.99, 1.0]
RATIO_PAIRS = [(0.95, 0.05), (0.9, 0.1), (0.75, 0.25)]
TOP_FRACTIONS = [0.01, 0.05, 0.1, 0.2, 0.5, 1.0]
RATIO_QS = [0.05, 0.5, 0.95]
RANKS_MAX_N = 300


def datasets():
    rng = np.random.default_rng(20260214)
    out = []

    def add(name, x, y, labels=None):
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64)
        assert x.shape == y.shape
        out.append((name, x, y, labels))

    add('one', [7.0], [3.0])
    add('two', [1.0, 4.0], [2.0, -1.0])
    x = rng.integers(0, 4, 12)
    add('ties_small_ints', x, rng.integers(0, 3, 12), [f'k{v}' for v in x])
    x = rng.integers(0, 10, 300)
    add('ties_ints', x, x + rng.integers(-2, 3, 300), [['a', 'b', 'c'][v % 3] for v in rng.integers(0, 3, 300)])
    add('ties_ints_large', rng.integers(0, 21, 5000), rng.integers(0, 6, 5000))
    x = rng.lognormal(0, 1.5, 5000)
    add('lognormal', x, x * rng.lognormal(0, 0.3, 5000))
    add('lognormal_heavy', rng.lognormal(2, 3, 777), rng.lognormal(0, 1, 777))
    zeros = rng.random(2000) < 0.7
    x = np.where(zeros, 0, rng.integers(1, 51, 2000))
    y = np.where(rng.random(2000) < 0.6, 0, rng.lognormal(0, 1, 2000))
    add('zeros_heavy', x, y, [str(v % 7) for v in rng.integers(0, 100, 2000)])
    add('magnitudes', 10 ** rng.uniform(-6, 9, 1500), 10 ** rng.uniform(-3, 3, 1500))
    x = 1e6 + rng.normal(0, 530, 3000)
    add('near_constant', x, x + rng.normal(0, 100, 3000))
    x = rng.normal(0.3, 1, 999)
    add('mixed_sign', x, -x + rng.normal(0, 1, 999))
    add('constant', np.full(20, 2.5), np.arange(20))
    add('all_zero', np.zeros(5), [1, 2, 3, 4, 5])
    add('uniform_small', np.round(rng.uniform(0, 1, 10), 3), np.round(rng.uniform(0, 1, 10), 3))
    add('one_nonzero', np.r_[np.zeros(49), 1000.0], np.arange(50))
    x = rng.lognormal(0, 1, 400)
    add('tied_y', x, rng.integers(0, 3, 400))
    return out


def as_ints(values):
    """Exact integers proportional to the float64 values (doubles are dyadic rationals)."""
    fr = [Fraction(float(v)) for v in values]
    scale = max(f.denominator for f in fr)
    return [int(f * scale) for f in fr]


def exact_correlation(x, y):
    X, Y = as_ints(x), as_ints(y)
    n = len(X)
    sx, sy = sum(X), sum(Y)
    cxy = n * sum(a * b for a, b in zip(X, Y)) - sx * sy
    cxx = n * sum(a * a for a in X) - sx * sx
    cyy = n * sum(b * b for b in Y) - sy * sy
    if cxx == 0 or cyy == 0:
        return None
    return float(Decimal(cxy) / (Decimal(cxx) * Decimal(cyy)).sqrt())


def exact_mean(x):
    return float(sum(Fraction(float(v)) for v in x) / len(x))


def exact_std(x):
    fr = [Fraction(float(v)) for v in x]
    n = len(fr)
    m = sum(fr) / n
    var = sum((f - m) ** 2 for f in fr) / n
    return float((Decimal(var.numerator) / Decimal(var.denominator)).sqrt())


def gini_numpy(x):
    """The stated definition, literally, in numpy: Σ(2i−n−1)·x₍ᵢ₎ / (n·Σx)."""
    xs = np.sort(x)
    n = len(xs)
    i = np.arange(1, n + 1)
    return float(np.sum((2 * i - n - 1) * xs) / (n * np.sum(xs)))


def gini_exact(x):
    xs = sorted(Fraction(float(v)) for v in x)
    n = len(xs)
    num = sum((2 * i - n - 1) * v for i, v in enumerate(xs, start=1))
    return float(num / (n * sum(xs)))


def top_count(fraction, n):
    product = fraction * n  # same IEEE operations as src/metrics/concentration.ts topCount
    return min(n, max(1, math.ceil(product - product * 1e-9)))


def quantile_or_none(values, q):
    return float(np.quantile(values, q)) if len(values) else None


def metrics_for(x, y, labels):
    n = len(x)
    r = {'n': n}
    r['mean'] = float(np.mean(x))
    r['mean_exact'] = exact_mean(x)
    r['std'] = float(np.std(x))
    r['std_exact'] = exact_std(x)
    m = np.mean(x)
    r['cv'] = None if m == 0 else float(st.variation(x))
    r['quantile'] = [[q, float(np.quantile(x, q))] for q in QS]
    r['median'] = float(np.median(x))
    ratios = []
    for up, lo in RATIO_PAIRS:
        lower = np.quantile(x, lo)
        ratios.append([up, lo, None if lower == 0 else float(np.quantile(x, up) / lower)])
    r['quantile_ratio'] = ratios
    usable = bool(np.all(x >= 0) and np.sum(x) > 0)
    r['gini'] = gini_numpy(x) if usable else None
    r['gini_exact'] = gini_exact(x) if usable else None
    top = []  # [fraction, rows counted, numpy value, exact value]
    for f in TOP_FRACTIONS:
        k = top_count(f, n)
        if not usable:
            top.append([f, k, None, None])
            continue
        desc = np.sort(x)[::-1]
        exact = [Fraction(float(v)) for v in desc]
        top.append([f, k, float(np.sum(desc[:k]) / np.sum(x)), float(sum(exact[:k]) / sum(exact))])
    r['top_share'] = top
    correlated = n >= 2 and np.ptp(x) > 0 and np.ptp(y) > 0
    r['pearson'] = float(st.pearsonr(x, y)[0]) if correlated else None
    r['pearson_exact'] = exact_correlation(x, y) if correlated else None
    r['spearman'] = float(st.spearmanr(x, y)[0]) if correlated else None
    r['spearman_exact'] = exact_correlation(st.rankdata(x), st.rankdata(y)) if correlated else None
    if n <= RANKS_MAX_N:
        r['ranks_x'] = [float(v) for v in st.rankdata(x, method='average')]
        r['ranks_y'] = [float(v) for v in st.rankdata(y, method='average')]
    keep = x != 0
    ratio = y[keep] / x[keep]
    r['ratio_quantile'] = [[q, quantile_or_none(ratio, q)] for q in RATIO_QS]  # numerator y, denominator x
    r['min_difference'] = float(np.min(x - y))
    r['max_difference'] = float(np.max(x - y))
    df = pd.DataFrame({'x': x, 'y': y})
    distinct = {'x': int(df[['x']].drop_duplicates().shape[0]), 'x,y': int(df.drop_duplicates().shape[0])}
    if labels is not None:
        df['label'] = labels
        distinct['label'] = int(df[['label']].drop_duplicates().shape[0])
        distinct['x,label'] = int(df[['x', 'label']].drop_duplicates().shape[0])
    r['distinct_count'] = distinct
    r['duplicate_count'] = {k: n - v for k, v in distinct.items()}
    return r


def main():
    out = {
        'generator': 'scripts/reference_metrics.py',
        'versions': {'python': sys.version.split()[0], 'numpy': np.__version__, 'scipy': scipy.__version__,
                     'pandas': pd.__version__},
        'quantiles': QS,
        'ratio_pairs': RATIO_PAIRS,
        'top_fractions': TOP_FRACTIONS,
        'ratio_quantiles': RATIO_QS,
        'datasets': [],
    }
    for name, x, y, labels in datasets():
        entry = {'name': name, 'x': [float(v) for v in x], 'y': [float(v) for v in y]}
        if labels is not None:
            entry['labels'] = list(labels)
        entry['expected'] = metrics_for(x, y, labels)
        out['datasets'].append(entry)
    path = Path(__file__).resolve().parent.parent / '__fixtures__' / 'metrics' / 'reference.json'
    # One dataset per line keeps diffs readable; allow_nan=False guarantees valid JSON (None = undefined).
    lines = [json.dumps({k: v for k, v in out.items() if k != 'datasets'}, allow_nan=False)[:-1] + ', "datasets": [']
    lines.append(',\n'.join(json.dumps(d, allow_nan=False) for d in out['datasets']))
    lines.append(']}')
    path.write_text('\n'.join(lines) + '\n')
    print(f'wrote {path} ({path.stat().st_size} bytes, {len(out["datasets"])} datasets)')


if __name__ == '__main__':
    main()
