"""pandas + scipy peer of the benchmark: the Segment-1A merchants scorecard from the CSV parts of a run.
Debian has no pyarrow, so pandas reads CSV. Prints the metric values as JSON on stdout."""
import glob
import json
import math
import sys

import numpy as np
import pandas as pd
from scipy import stats

run = sys.argv[1]
parts = sorted(glob.glob(f"{run}/merchants/*.csv"))
df = pd.concat((pd.read_csv(p, keep_default_na=False, na_values=[""],
                            dtype={"merchant_id": str, "home_country": str, "legal_country": str, "size_tier": str})
                for p in parts), ignore_index=True)
n = len(df)
outlets = df["outlet_count"].to_numpy(dtype=np.float64)
phi = df["phi"].to_numpy(dtype=np.float64)
cand = df["candidate_count"].to_numpy(dtype=np.float64)
real = df["realized_count"].to_numpy(dtype=np.float64)


def top_count(fraction, count):
    product = fraction * count
    return min(count, max(1, math.ceil(product - product * 1e-9)))


def top_share(x, fraction):
    k = top_count(fraction, len(x))
    s = np.sort(x)
    return float(s[len(s) - k:].sum() / s.sum())


def gini(x):
    s = np.sort(x)
    m = len(s)
    i = np.arange(1, m + 1, dtype=np.float64)
    return float(((2 * i - m - 1) * s).sum() / (m * s.sum()))


multi = outlets >= 2
mismatch = (df["legal_country"] != df["home_country"]).to_numpy()
tier = df["size_tier"].to_numpy()
large = tier == "large"
small = tier == "small"
nonzero = cand != 0
out = {
    "single_site_share": float((outlets == 1).mean()),
    "median_outlets": float(np.median(outlets)),
    "top10_outlet_share": top_share(outlets, 0.1),
    "top1_outlet_share": top_share(outlets, 0.01),
    "gini_outlets": gini(outlets),
    "phi_cv": float(stats.variation(phi)),
    "phi_p95_p05": float(np.quantile(phi, 0.95) / np.quantile(phi, 0.05)),
    "candidate_median": float(np.median(cand[multi])),
    "spearman_candidates_realized": float(stats.spearmanr(cand[multi], real[multi]).correlation),
    "realization_ratio_median": float(np.median(real[nonzero] / cand[nonzero])),
    "crossborder_chain_share": float((real[multi] >= 1).mean()),
    "mismatch_rate": float(mismatch.mean()),
    "size_gradient_pp": float((mismatch[large].mean() - mismatch[small].mean()) * 100),
    "duplicate_merchant_ids": float(n - df["merchant_id"].nunique()),
}
print(json.dumps(out))
