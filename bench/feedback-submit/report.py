"""Summarises the rounds of bench/feedback-submit/run as a table with the Zeron/baseline ratio."""
import statistics
import sys

def rounds(path):
    return [line.split() for line in open(path) if line.strip()]

zeron, baseline = rounds(sys.argv[1]), rounds(sys.argv[2])
rows, gz = sys.argv[3], sys.argv[4]

def summary(runs):
    return (statistics.mean(float(r[0]) for r in runs), statistics.median(float(r[1]) for r in runs),
            statistics.median(float(r[2]) for r in runs), sum(int(r[3]) for r in runs))

z, b = summary(zeron), summary(baseline)
print()
print("| POST, one row stored per request | requests/s | p50 ms | p99 ms | non-2xx |")
print("| --- | ---: | ---: | ---: | ---: |")
print(f"| Zeron /api/widget/v1/feedback | {z[0]:.0f} | {z[1]:.2f} | {z[2]:.2f} | {z[3]} |")
print(f"| baseline (one Npgsql INSERT) | {b[0]:.0f} | {b[1]:.2f} | {b[2]:.2f} | {b[3]} |")
print()
ratio = z[0] / b[0]
print(f"throughput ratio Zeron/baseline: {ratio:.2f} (goal >= 0.80: {'met' if ratio >= 0.8 else 'NOT met'})")
print(f"rows stored (zeron items, baseline rows): {rows.replace('|', ', ')}")
print(f"widget zeron.js gzipped (-9): {gz} bytes (goal <= 8192)")
