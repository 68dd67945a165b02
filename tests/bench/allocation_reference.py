#!/usr/bin/python3
"""Checks Funnelplan's budget allocator against SciPy's SLSQP.

Generates random fixed-budget instances (fixed seed), runs the C++ benchmark
(tests/bench/allocation_bench.cpp) on them, solves each with SLSQP from
several starting points keeping the best, and prints a Markdown report: how
Funnelplan's total response compares with SLSQP's, and how long each takes.
Exits non-zero when Funnelplan is below 0.999 of SLSQP on any instance or
takes 10 ms or more on 60 channels. The time of a target-ROAS request on the
same 60-channel instances is reported too, for information.

Usage: /usr/bin/python3 tests/bench/allocation_reference.py PATH/TO/fp_allocation_bench
(Debian's Python, which has python3-scipy; `make bench` runs it so.)
"""
import json
import statistics
import subprocess
import sys
import time
import warnings

import numpy as np
from scipy.optimize import brentq, minimize

SEED = 20240611
INSTANCES = 240
RANDOM_STARTS = 4
MIN_RATIO = 0.999
MAX_MILLISECONDS_60 = 10.0


def random_channel(rng):
    """One channel: a Hill curve (or, one time in ten, a straight line) with
    bounds and a current spend in the same range as its curve."""
    scale = 10 ** rng.uniform(2, 5)  # spend where the curve does most of its work
    if rng.random() < 0.1:
        kappa, alpha, beta = 0.0, 1.0, rng.uniform(0.2, 2.5)  # return per unit
    else:
        kappa, alpha = scale, rng.uniform(0.5, 3.0)
        beta = 2 * kappa * rng.uniform(0.3, 4.0)  # a ROAS of 0.3 to 4 at kappa
    low = 0.0 if rng.random() < 0.7 else rng.uniform(0, 0.5) * scale
    high = low + rng.uniform(0.5, 5.0) * scale
    if kappa > 0 and rng.random() < 0.15:
        high = None  # no maximum
    current = rng.uniform(low, low + 3 * scale if high is None else high)
    return {"beta": beta, "alpha": alpha, "kappa": kappa, "current": current,
            "min": low, "max": high, "locked": bool(rng.random() < 0.1), "scale": scale}


def random_instance(rng, index):
    """Every fourth instance has 60 channels, the others 5 to 60. The budget
    covers the free channels' minimums plus 2% to 90% (log-uniform) of the
    room up to their maximums (five scales above the minimum where there is
    none), so small budgets where S-curves compete are common."""
    n = 60 if index % 4 == 0 else int(rng.integers(5, 61))
    channels = [random_channel(rng) for _ in range(n)]
    locked = sum(c["current"] for c in channels if c["locked"])
    free = [c for c in channels if not c["locked"]]
    low = sum(c["min"] for c in free)
    high = sum(c["max"] if c["max"] is not None else c["min"] + 5 * c["scale"] for c in free)
    fraction = 10 ** rng.uniform(np.log10(0.02), np.log10(0.9))
    for c in channels:
        del c["scale"]
    return {"id": index, "budget": locked + low + fraction * (high - low), "channels": channels}


def curves(channels):
    beta = np.array([c["beta"] for c in channels])
    alpha = np.array([c["alpha"] for c in channels])
    kappa = np.array([c["kappa"] for c in channels])
    return beta, alpha, kappa


def response(beta, alpha, kappa, spend):
    spend = np.maximum(spend, 0.0)
    linear = kappa == 0
    safe_kappa = np.where(linear, 1.0, kappa)
    with np.errstate(divide="ignore", over="ignore"):
        hill = beta / (1 + (safe_kappa / np.maximum(spend, 1e-300)) ** alpha)
    hill = np.where(spend > 0, hill, 0.0)
    return np.where(linear, beta * spend, hill)


def marginal(beta, alpha, kappa, spend):
    linear = kappa == 0
    safe_kappa = np.where(linear, 1.0, kappa)
    # Infinite at 0 when alpha < 1: SLSQP gets the slope a hair above 0.
    s = np.maximum(spend, 1e-9 * safe_kappa)
    u = (s / safe_kappa) ** alpha
    hill = beta * alpha * u / (s * (1 + u) ** 2)
    return np.where(linear, beta, hill)


def project(x, low, high, total):
    """The point clip(x + shift, low, high) that spends exactly `total`."""
    def excess(shift):
        return np.clip(x + shift, low, high).sum() - total
    a, b = -x.max() + low.min() - 1, total + high[np.isfinite(high)].sum() + 1
    return np.clip(x + brentq(excess, a, b, xtol=1e-12, rtol=1e-15), low, high)


def slsqp_best(instance, rng):
    """The best total response SLSQP finds from an equal split, a split
    proportional to current spend and RANDOM_STARTS random feasible points,
    and the seconds all those runs took."""
    channels = instance["channels"]
    free = [c for c in channels if not c["locked"]]
    locked = [c for c in channels if c["locked"]]
    fixed_spend = sum(c["current"] for c in locked)
    fixed_response = response(*curves(locked), np.array([c["current"] for c in locked])).sum()
    beta, alpha, kappa = curves(free)
    low = np.array([c["min"] for c in free])
    high = np.array([np.inf if c["max"] is None else c["max"] for c in free])
    total = instance["budget"] - fixed_spend
    n = len(free)
    # SLSQP works on spend / scale and response / norm, both near 1.
    scale = max(total / n, 1e-9)
    norm = max(response(beta, alpha, kappa, np.full(n, total / n)).sum(), 1e-9)

    def objective(x):
        return -response(beta, alpha, kappa, x * scale).sum() / norm

    def gradient(x):
        return -marginal(beta, alpha, kappa, x * scale) * scale / norm

    current = np.array([c["current"] for c in free])
    starts = [project(np.full(n, total / n), low, high, total)]
    if current.sum() > 0:
        starts.append(project(current * total / current.sum(), low, high, total))
    for _ in range(RANDOM_STARTS):
        starts.append(project(rng.dirichlet(np.ones(n)) * total, low, high, total))

    bounds = [(lo / scale, None if np.isinf(hi) else hi / scale) for lo, hi in zip(low, high)]
    constraint = {"type": "eq", "fun": lambda x: x.sum() - total / scale,
                  "jac": lambda x: np.ones_like(x)}
    best, seconds = -np.inf, 0.0
    for start in starts:
        began = time.perf_counter()
        result = minimize(objective, start / scale, jac=gradient, method="SLSQP", bounds=bounds,
                          constraints=[constraint], options={"maxiter": 1000, "ftol": 1e-12})
        seconds += time.perf_counter() - began
        # Judged on the nearest feasible point: SLSQP may end slightly outside.
        spend = project(np.clip(result.x * scale, low, high), low, high, total)
        best = max(best, response(beta, alpha, kappa, spend).sum())
    return best + fixed_response, seconds


def check_feasible(instance, spend):
    """The reason Funnelplan's answer breaks the instance's constraints, or None."""
    budget = instance["budget"]
    if abs(sum(spend) - budget) > 1e-9 * max(budget, 1):
        return f"spends {sum(spend)} of {budget}"
    for i, (c, s) in enumerate(zip(instance["channels"], spend)):
        if c["locked"] and s != c["current"]:
            return f"channel {i} is locked at {c['current']} but gets {s}"
        high = np.inf if c["max"] is None else c["max"]
        if s < c["min"] - 1e-9 * max(c["min"], 1) or s > high + 1e-9 * max(high, 1):
            return f"channel {i} gets {s}, outside {c['min']}..{high}"
    return None


def run_funnelplan(binary, instances):
    lines = "".join(json.dumps(instance) + "\n" for instance in instances)
    done = subprocess.run([binary], input=lines, capture_output=True, text=True, check=True)
    return {answer["id"]: answer for answer in map(json.loads, done.stdout.splitlines())}


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    # SLSQP notes when a step leaves the bounds; its answers are projected back anyway.
    warnings.filterwarnings("ignore", message="Values in x were outside bounds")
    rng = np.random.default_rng(SEED)
    instances = [random_instance(rng, i) for i in range(INSTANCES)]
    answers = run_funnelplan(sys.argv[1], instances)

    failures, ratios, slsqp_seconds, fp_seconds = [], [], 0.0, 0.0
    times_60, slowest_60, target_times_60 = [], 0.0, []
    for instance in instances:
        answer = answers[instance["id"]]
        n = len(instance["channels"])
        if not answer["ok"]:
            failures.append(f"instance {instance['id']} ({n} channels): {answer['error']}")
            continue
        problem = check_feasible(instance, answer["spend"])
        if problem:
            failures.append(f"instance {instance['id']} ({n} channels): {problem}")
        ours = response(*curves(instance["channels"]), np.array(answer["spend"])).sum()
        theirs, seconds = slsqp_best(instance, rng)
        ratio = ours / theirs
        ratios.append(ratio)
        if ratio < MIN_RATIO:
            failures.append(f"instance {instance['id']} ({n} channels): ratio {ratio:.6f}")
        slsqp_seconds += seconds
        fp_seconds += answer["micros"] * 1e-6
        if n == 60:
            times_60.append(answer["micros"] / 1000)
            slowest_60 = max(slowest_60, answer["micros_max"] / 1000)
            target_times_60.append(answer["target_micros"] / 1000)

    better = sum(r > 1.001 for r in ratios)
    print(f"Funnelplan against the best of {RANDOM_STARTS + 2} SLSQP runs "
          f"(seed {SEED}, {len(instances)} instances of 5 to 60 channels):")
    print()
    print("| measure | value |")
    print("|---|---|")
    print(f"| instances | {len(ratios)} ({len(times_60)} with 60 channels) |")
    print(f"| objective ratio Funnelplan / SLSQP: min, median, mean | "
          f"{min(ratios):.6f}, {statistics.median(ratios):.6f}, {statistics.mean(ratios):.6f} |")
    print(f"| instances below {MIN_RATIO} | {sum(r < MIN_RATIO for r in ratios)} |")
    print(f"| instances where Funnelplan is more than 0.1% better | {better} |")
    print(f"| time, all SLSQP runs / Funnelplan | {slsqp_seconds / fp_seconds:.0f}x "
          f"({slsqp_seconds:.1f} s against {fp_seconds * 1000:.1f} ms) |")
    print(f"| Funnelplan on 60 channels: median, max (slowest single call) | "
          f"{statistics.median(times_60):.3f} ms, {max(times_60):.3f} ms "
          f"({slowest_60:.3f} ms) |")
    print(f"| the same 60 channels for a target ROAS (0.9 of the above's): median, max | "
          f"{statistics.median(target_times_60):.3f} ms, {max(target_times_60):.3f} ms |")
    if max(times_60) >= MAX_MILLISECONDS_60:
        failures.append(f"60 channels take up to {max(times_60):.3f} ms")
    if failures:
        print()
        print("Failures:")
        for failure in failures:
            print(f"- {failure}")
        sys.exit(1)


if __name__ == "__main__":
    main()
