"""Reads `wrk --latency` output on stdin, prints: requests/s, p50 ms, p99 ms, non-2xx count."""
import re
import sys

text = sys.stdin.read()
unit = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def latency(percent):
    match = re.search(rf"^\s*{percent}%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    return float(match.group(1)) * unit[match.group(2)] if match else float("nan")


rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
errors = re.search(r"Socket errors:.*", text)
print(f"{rps:.1f} {latency(50):.2f} {latency(99):.2f} {int(non2xx.group(1)) if non2xx else 0}" + (" socket-errors" if errors else ""))
