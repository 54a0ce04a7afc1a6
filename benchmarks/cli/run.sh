#!/usr/bin/env bash
# Times kopdes-shu as a whole process, start-up included: the median of 5 runs, and the largest peak
# memory (maximum resident set size) of those runs, as /usr/bin/time reports them. Beside it, the floor:
# CsvHelper alone reading and writing the same CSV rows. Prints a markdown table for docs/performance.md.
#
#   benchmarks/cli/run.sh            all cases (several minutes; generates about 1 GB of data in a temp folder)
#   benchmarks/cli/run.sh smoke      small cases only (seconds), as CI may run it
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mode=${1:-all}
runs=${RUNS:-5}

dotnet build -c Release "$root/src/Kopdes.Shu.Cli" -v q -nologo > /dev/null
dotnet build -c Release "$root/benchmarks/Kopdes.Shu.Benchmarks" -v q -nologo > /dev/null
cli=(dotnet "$root/src/Kopdes.Shu.Cli/bin/Release/net10.0/kopdes-shu.dll")
bench=(dotnet "$root/benchmarks/Kopdes.Shu.Benchmarks/bin/Release/net10.0/Kopdes.Shu.Benchmarks.dll")

# measure LABEL CLEAN-GLOB COMMAND...: median seconds and max peak MB over $runs runs.
measure() {
  local label=$1 clean=$2; shift 2
  local times=() peak=0
  for _ in $(seq "$runs"); do
    rm -f $clean
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > /dev/null 2> "$work/err.txt" || { cat "$work/err.txt"; exit 1; }
    read -r seconds kb < "$work/time.txt"
    times+=("$seconds")
    [ "$kb" -gt "$peak" ] && peak=$kb
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '| %s | %s s | %d MB | %s |\n' "$label" "$median" $((peak / 1024)) "$(printf '%s ' "${times[@]}")"
}

sizes_csv=1000000; sizes_xlsx=100000; small=1000
if [ "$mode" = smoke ]; then sizes_csv=20000; sizes_xlsx=5000; small=200; runs=1; fi
echo "| case | median of $runs | peak memory | runs (s) |"
echo "|---|---:|---:|---|"

mkdir -p "$work/csv" "$work/xlsx" "$work/small"
"${cli[@]}" contoh --members "$sizes_csv" --out "$work/csv/anggota.csv" > /dev/null
measure "CsvHelper alone: read + write $sizes_csv rows (floor)" "$work/csv/floor.csv" "${bench[@]}" csv-floor "$work/csv/anggota.csv" "$work/csv/floor.csv"
measure "hitung, CSV in, 3 CSV out, $sizes_csv members" "$work/csv/hasil*.csv" "${cli[@]}" hitung "$work/csv/anggota.csv" --out "$work/csv/hasil.csv"

"${cli[@]}" contoh --members "$sizes_xlsx" --out "$work/xlsx/anggota.xlsx" > /dev/null
measure "hitung, workbook in and out, $sizes_xlsx members" "$work/xlsx/anggota.hasil.xlsx" "${cli[@]}" hitung "$work/xlsx/anggota.xlsx"

"${cli[@]}" contoh --members "$small" --out "$work/small/anggota.xlsx" > /dev/null
measure "hitung, workbook in and out, $small members" "$work/small/anggota.hasil.xlsx" "${cli[@]}" hitung "$work/small/anggota.xlsx"

if [ "$mode" != smoke ]; then
  runs=1
  measure "library only: 10,000,000 members, two pools (ScaleRun)" "" "${bench[@]}" scale 10000000
fi
