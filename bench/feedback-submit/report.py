"""Summarises the rounds of bench/feedback-submit/run: a table, and Zeron's ratios to the submit baseline."""
import statistics
import sys


def rounds(path):
    return [line.split() for line in open(path) if line.strip()]


def summary(runs):
    return (statistics.mean(float(r[0]) for r in runs), statistics.median(float(r[1]) for r in runs),
            statistics.median(float(r[2]) for r in runs), sum(int(r[3]) for r in runs))


zeron, submit, row = (summary(rounds(p)) for p in sys.argv[1:4])
rows, gz = sys.argv[4], sys.argv[5]
print()
print("| POST, one submission per request | requests/s | p50 ms | p99 ms | non-2xx |")
print("| --- | ---: | ---: | ---: | ---: |")
for name, s in (("Zeron /api/widget/v1/feedback", zeron), ("baseline: the submission's writes, one round trip", submit),
                ("baseline: one-row INSERT", row)):
    print(f"| {name} | {s[0]:.0f} | {s[1]:.2f} | {s[2]:.2f} | {s[3]} |")
print()
throughput, p99 = zeron[0] / submit[0], zeron[2] / submit[2]
print(f"Zeron / submit baseline: throughput {throughput:.2f}x (goal >= 0.80: {'met' if throughput >= 0.8 else 'NOT met'}), "
      f"p99 {p99:.2f}x (goal <= 2.00: {'met' if p99 <= 2 else 'NOT met'})")
print(f"Zeron / one-row baseline: throughput {zeron[0] / row[0]:.2f}x, p99 {zeron[2] / row[2]:.2f}x")
print(f"rows stored (zeron items, submit-baseline items, one-row baseline rows): {rows.replace('|', ', ')}")
print(f"widget zeron.js gzipped (-9): {gz} bytes (goal <= 8192)")
