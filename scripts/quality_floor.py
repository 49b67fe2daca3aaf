#!/usr/bin/env python3
"""Runs the extraction scorer over both annotated corpora and fails when any
figure falls below its floor, so extraction quality cannot silently regress.

Usage: python3 scripts/quality_floor.py [--shared ../shared] [--bin target/release/byline]
`corpus` holds the articles the rules were developed against; `corpus-extra`
holds articles kept as a generalisation check. The floors sit a little under
what byline reaches on each; raise them as it improves.
"""

import argparse
import subprocess
import sys
from pathlib import Path

FLOORS = {
    "corpus": {
        "entities_f1": 0.98,
        "entities_typed_f1": 0.97,
        "quotes_f1": 0.98,
        "speaker_acc": 0.97,
        "attributed_f1": 0.97,
        "numbers_f1": 0.98,
        "number_kind_acc": 0.98,
        "number_value_acc": 0.98,
    },
    "corpus-extra": {
        "entities_f1": 0.96,
        "entities_typed_f1": 0.93,
        "quotes_f1": 0.97,
        "attributed_f1": 0.93,
        "numbers_f1": 0.98,
        "number_kind_acc": 0.98,
        "number_value_acc": 0.98,
    },
}


def check(scorer, corpus, binary, floors):
    """Scores one corpus; returns the list of figures below their floor."""
    run = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(corpus), "--strict", "--cmd", f"{binary} --json {{}}"],
        capture_output=True,
        text=True,
    )
    print(run.stdout, end="")
    print(run.stderr, end="", file=sys.stderr)
    lines = [line for line in run.stdout.splitlines() if line.strip()]
    if run.returncode != 0 or not lines:
        return [f"{corpus.name}: the scorer failed"]
    figures = dict(part.split("=", 1) for part in lines[-1].split())
    failed = []
    for key, floor in floors.items():
        value = figures.get(key, "nan")
        if value == "nan" or float(value) < floor:
            failed.append(f"{corpus.name}: {key}={value} is below its floor {floor}")
    return failed


def main():
    root = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(root.parent / "shared"))
    ap.add_argument("--bin", default=str(root / "target" / "release" / "byline"))
    args = ap.parse_args()
    shared = Path(args.shared)
    scorer = shared / "eval" / "score.py"
    if not scorer.is_file():
        print(f"quality_floor: scorer not found at {scorer}", file=sys.stderr)
        return 1
    failed = []
    total = 0
    for name, floors in FLOORS.items():
        print(f"== {name}")
        failed += check(scorer, shared / name, args.bin, floors)
        total += len(floors)
    for f in failed:
        print(f"quality_floor: {f}", file=sys.stderr)
    print(f"quality_floor: {total - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
