#!/usr/bin/env python3
"""Prints the README's table of benchmark ratios from one criterion run.

    cargo bench --bench parse --bench write --bench diagnose && python3 benches/ratios.py

Reads the median of each function from target/criterion/*/*/new/estimates.json.
"""
import json
import os
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join("target", "criterion")


def medians(group):
    out = {}
    gdir = os.path.join(ROOT, group)
    for name in sorted(os.listdir(gdir)) if os.path.isdir(gdir) else []:
        path = os.path.join(gdir, name, "new", "estimates.json")
        if os.path.exists(path):
            with open(path) as f:
                out[name] = json.load(f)["median"]["point_estimate"]
    return out


def ns(v):
    return f"{v / 1000:.2f} µs" if v >= 1000 else f"{v:.1f} ns"


print("| input | smtp_codes | strict | smtp_proto | lettre | memchr floor | smtp_proto / smtp_codes | smtp_proto / strict | smtp_codes / floor |")
print("|---|---|---|---|---|---|---|---|---|")
for group in ["parse_single_line", "parse_ehlo", "parse_gmail_550", "parse_pipelined_100"]:
    m = medians(group)
    if len(m) < 5:
        continue
    c, s, p, l, f = (m[k] for k in ["smtp_codes", "smtp_codes_strict", "smtp_proto", "lettre", "memchr_floor"])
    print(f"| `{group}` | {ns(c)} | {ns(s)} | {ns(p)} | {ns(l)} | {ns(f)} | {p / c:.2f}x | {p / s:.2f}x | {c / f:.2f}x |")
m = medians("stream_bytewise")
if len(m) == 2:
    print(f"\n`stream_bytewise`: whole {ns(m['whole'])}, bytewise {ns(m['bytewise'])}, bytewise / whole {m['bytewise'] / m['whole']:.1f}x")
m = medians("write_gmail_550")
if "write" in m and "parse" in m:
    line = f"\n`write_gmail_550`: write {ns(m['write'])}, parse {ns(m['parse'])}, write / parse {m['write'] / m['parse']:.2f}x"
    if "write_prebuilt" in m:
        line += f"; writing a reply checked beforehand {ns(m['write_prebuilt'])}, {m['write_prebuilt'] / m['parse']:.2f}x"
    print(line)

rows = []
for group in ["diagnose_gmail_550", "diagnose_spamhaus_554", "diagnose_outlook_5_7_708", "diagnose_no_match_1k"]:
    m = medians(group)
    if "smtp_codes" not in m or "regex_set" not in m:
        continue
    c, r = m["smtp_codes"], m["regex_set"]
    p = m.get("parse")
    rows.append(f"| `{group}` | {ns(c)} | {ns(r)} | {ns(p) if p else '-'} | {r / c:.2f}x | {f'{c / p:.1f}x' if p else '-'} |")
if rows:
    print("\n| input | smtp_codes | regex_set | parse | regex_set / smtp_codes | smtp_codes / parse |")
    print("|---|---|---|---|---|---|")
    print("\n".join(rows))
