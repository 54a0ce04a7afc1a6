#!/usr/bin/env python3
"""Python's csv module copying a CSV file, every field read and written: a yardstick for kopdes-shu hitung.

    python3 benchmarks/cli/csv_copy.py IN OUT
"""
import csv
import sys

with open(sys.argv[1], newline="", encoding="utf-8") as source, open(sys.argv[2], "w", newline="", encoding="utf-8") as target:
    writer = csv.writer(target, lineterminator="\n")
    for row in csv.reader(source):
        writer.writerow(row)
