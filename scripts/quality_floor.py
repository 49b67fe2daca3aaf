#!/usr/bin/env python3
"""Runs the extraction scorer over the shared corpus and fails when any
figure falls below its floor, so extraction quality cannot silently regress.

Usage: python3 scripts/quality_floor.py [--corpus ../shared/corpus] [--bin target/release/byline]
The floors sit a little under what byline reaches; raise them as it improves.
"""

import argparse
import subprocess
import sys
from pathlib import Path

FLOORS = {
    "entities_f1": 0.95,
    "entities_typed_f1": 0.95,
    "quotes_f1": 0.97,
    "speaker_acc": 0.95,
    "numbers_f1": 0.97,
    "number_kind_acc": 0.97,
    "number_value_acc": 0.97,
}


def main():
    root = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(root.parent / "shared" / "corpus"))
    ap.add_argument("--bin", default=str(root / "target" / "release" / "byline"))
    args = ap.parse_args()
    scorer = Path(args.corpus).parent / "eval" / "score.py"
    if not scorer.is_file():
        print(f"quality_floor: scorer not found at {scorer}", file=sys.stderr)
        return 1
    run = subprocess.run(
        [sys.executable, str(scorer), "--gold", args.corpus, "--strict", "--cmd", f"{args.bin} --json {{}}"],
        capture_output=True,
        text=True,
    )
    print(run.stdout, end="")
    print(run.stderr, end="", file=sys.stderr)
    lines = [line for line in run.stdout.splitlines() if line.strip()]
    if run.returncode != 0 or not lines:
        print("quality_floor: the scorer failed", file=sys.stderr)
        return 1
    figures = dict(part.split("=", 1) for part in lines[-1].split())
    failed = []
    for key, floor in FLOORS.items():
        value = figures.get(key, "nan")
        if value == "nan" or float(value) < floor:
            failed.append(f"{key}={value} is below its floor {floor}")
    for f in failed:
        print(f"quality_floor: {f}", file=sys.stderr)
    print(f"quality_floor: {len(FLOORS) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
