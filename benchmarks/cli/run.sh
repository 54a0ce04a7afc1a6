#!/usr/bin/env bash
# Times kopdes-shu as a whole process, start-up included: the median of 5 runs, and the largest peak
# memory (maximum resident set size) of those runs, as /usr/bin/time reports them. Beside it, two yardsticks:
# CsvHelper alone reading and writing the same CSV rows, and Python's csv module copying the file. Prints a markdown table.
#
#   benchmarks/cli/run.sh            all cases (several minutes; generates about 1 GB of data in a temp folder)
#   benchmarks/cli/run.sh csv        the 1M-member CSV case and its yardsticks only (about a minute; RUNS=9 for more turns)
#   benchmarks/cli/run.sh verify     verifikasi against hitung on the same data: 1M-member CSV and 100k workbook
#   benchmarks/cli/run.sh smoke      small cases only (seconds), as CI may run it
#
# FORM=published (the default) times kopdes-shu and the floor as `dotnet publish` makes them for this machine, with
# ReadyToRun, as docs/cli.md tells a treasurer to install the tool for large files; FORM=build times the plain
# `dotnet build` output that `dotnet run` uses. Both programs always take the same form.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mode=${1:-all}
runs=${RUNS:-5}

form=${FORM:-published}
case "$form" in
  published)
    rid=$(dotnet --info | awk '$1 == "RID:" {print $2; exit}')
    for project in src/Kopdes.Shu.Cli benchmarks/Kopdes.Shu.Benchmarks; do
      dotnet publish -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true "$root/$project" \
        -o "$work/${project##*/}" -v q -nologo > /dev/null
    done
    cli=(dotnet "$work/Kopdes.Shu.Cli/kopdes-shu.dll")
    bench=(dotnet "$work/Kopdes.Shu.Benchmarks/Kopdes.Shu.Benchmarks.dll")
    echo "kopdes-shu and the floor: dotnet publish -r $rid -p:PublishReadyToRun=true"
    ;;
  build)
    dotnet build -c Release "$root/src/Kopdes.Shu.Cli" -v q -nologo > /dev/null
    dotnet build -c Release "$root/benchmarks/Kopdes.Shu.Benchmarks" -v q -nologo > /dev/null
    cli=(dotnet "$root/src/Kopdes.Shu.Cli/bin/Release/net10.0/kopdes-shu.dll")
    bench=(dotnet "$root/benchmarks/Kopdes.Shu.Benchmarks/bin/Release/net10.0/Kopdes.Shu.Benchmarks.dll")
    echo "kopdes-shu and the floor: dotnet build"
    ;;
  *) echo "FORM is published or build, not $form" >&2; exit 2 ;;
esac
echo

# once CLEAN-GLOB COMMAND...: runs the command once, leaving its seconds, peak KB and CPU seconds (user + system)
# in $seconds_out, $kb_out and $cpu_out.
once() {
  local clean=$1; shift
  rm -f $clean
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$@" > /dev/null 2> "$work/err.txt" || { cat "$work/err.txt"; exit 1; }
  read -r seconds_out kb_out user_out sys_out < "$work/time.txt"
  cpu_out=$(awk -v u="$user_out" -v s="$sys_out" 'BEGIN {printf "%.2f", u + s}')
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

row() { # LABEL KB-PEAK TIMES...
  local label=$1 peak=$2; shift 2
  printf '| %s | %s s | %d MB | %s |\n' "$label" "$(median "$@")" $((peak / 1024)) "$(printf '%s ' "$@")"
}

# measure LABEL CLEAN-GLOB COMMAND...: median seconds and max peak MB over $runs runs.
measure() {
  local label=$1 clean=$2; shift 2
  local times=() peak=0
  for _ in $(seq "$runs"); do
    once "$clean" "$@"
    times+=("$seconds_out")
    [ "$kb_out" -gt "$peak" ] && peak=$kb_out
  done
  row "$label" "$peak" "${times[@]}"
}

sizes_csv=1000000; sizes_xlsx=100000; small=1000

# verify_turns LABEL INPUT RESULT: hitung then verifikasi of its result, taking turns run after run; prints both rows
# and the ratios of their medians (time) and peaks (memory). verifikasi must agree (exit 0).
verify_turns() {
  local label=$1 input=$2 result=$3
  local h_times=() v_times=() h_peak=0 v_peak=0
  for _ in $(seq "$runs"); do
    once "$result" "${cli[@]}" hitung "$input" --out "$result"
    h_times+=("$seconds_out"); [ "$kb_out" -gt "$h_peak" ] && h_peak=$kb_out
    /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "${cli[@]}" verifikasi "$input" --hasil "$result" > /dev/null 2> "$work/err.txt" \
      || { echo "verifikasi did not agree"; cat "$work/err.txt"; exit 1; }
    read -r seconds_out kb_out _ _ < "$work/time.txt"
    v_times+=("$seconds_out"); [ "$kb_out" -gt "$v_peak" ] && v_peak=$kb_out
  done
  row "hitung, $label" "$h_peak" "${h_times[@]}"
  row "verifikasi, $label" "$v_peak" "${v_times[@]}"
  verify_lines+=("verifikasi / hitung, $label: time $(awk -v v="$(median "${v_times[@]}")" -v h="$(median "${h_times[@]}")" 'BEGIN {printf "%.2f", v / h}')x, peak memory $(awk -v v="$v_peak" -v h="$h_peak" 'BEGIN {printf "%.2f", v / h}')x")
}
verify_lines=()
if [ "$mode" = smoke ]; then sizes_csv=20000; sizes_xlsx=5000; small=200; runs=1; fi
echo "| case | median of $runs | peak memory | runs (s) |"
echo "|---|---:|---:|---|"

if [ "$mode" = verify ]; then
  mkdir -p "$work/csv" "$work/xlsx"
  "${cli[@]}" contoh --members "$sizes_csv" --out "$work/csv/anggota.csv" > /dev/null
  verify_turns "CSV, $sizes_csv members" "$work/csv/anggota.csv" "$work/csv/hasil.csv"
  "${cli[@]}" contoh --members "$sizes_xlsx" --out "$work/xlsx/anggota.xlsx" > /dev/null
  verify_turns "workbook, $sizes_xlsx members" "$work/xlsx/anggota.xlsx" "$work/xlsx/hasil.xlsx"
  echo
  printf '%s\n' "${verify_lines[@]}"
  exit 0
fi

mkdir -p "$work/csv" "$work/xlsx" "$work/small"
"${cli[@]}" contoh --members "$sizes_csv" --out "$work/csv/anggota.csv" > /dev/null
# The floor, Python's csv module copying the file, and hitung take turns, run after run: this VM's speed drifts by
# a third within minutes, and taking turns lets the drift fall on all alike. Ratios are of the medians.
floor_times=(); hitung_times=(); python_times=(); floor_cpu=(); hitung_cpu=(); floor_peak=0; hitung_peak=0; python_peak=0
for _ in $(seq "$runs"); do
  once "$work/csv/floor.csv" "${bench[@]}" csv-floor "$work/csv/anggota.csv" "$work/csv/floor.csv"
  floor_times+=("$seconds_out"); floor_cpu+=("$cpu_out"); [ "$kb_out" -gt "$floor_peak" ] && floor_peak=$kb_out
  once "$work/csv/python.csv" python3 "$root/benchmarks/cli/csv_copy.py" "$work/csv/anggota.csv" "$work/csv/python.csv"
  python_times+=("$seconds_out"); [ "$kb_out" -gt "$python_peak" ] && python_peak=$kb_out
  once "$work/csv/hasil*.csv" "${cli[@]}" hitung "$work/csv/anggota.csv" --out "$work/csv/hasil.csv"
  hitung_times+=("$seconds_out"); hitung_cpu+=("$cpu_out"); [ "$kb_out" -gt "$hitung_peak" ] && hitung_peak=$kb_out
done
row "CsvHelper alone: read + write $sizes_csv rows (floor)" "$floor_peak" "${floor_times[@]}"
row "Python csv module: copy $sizes_csv rows" "$python_peak" "${python_times[@]}"
row "hitung, CSV in, 3 CSV out, $sizes_csv members" "$hitung_peak" "${hitung_times[@]}"
ratio=$(awk -v h="$(median "${hitung_times[@]}")" -v f="$(median "${floor_times[@]}")" 'BEGIN {printf "%.2f", h / f}')
python_ratio=$(awk -v h="$(median "${hitung_times[@]}")" -v p="$(median "${python_times[@]}")" 'BEGIN {printf "%.2f", h / p}')
# CPU seconds as well: hitung uses two cores, the floor one, so when the host takes the second core the wall ratio
# moves towards the CPU ratio. Shown for reading the wall ratio, not a target.
cpu_ratio=$(awk -v h="$(median "${hitung_cpu[@]}")" -v f="$(median "${floor_cpu[@]}")" 'BEGIN {printf "%.2f", h / f}')
cpu_line="CPU (user + system), medians: floor $(median "${floor_cpu[@]}") s, hitung $(median "${hitung_cpu[@]}") s, ${cpu_ratio}x"

if [ "$mode" = csv ]; then
  echo
  echo "hitung CSV / floor (medians): ${ratio}x"
  echo "hitung CSV / Python csv copy (medians): ${python_ratio}x"
  echo "$cpu_line"
  exit 0
fi

"${cli[@]}" contoh --members "$sizes_xlsx" --out "$work/xlsx/anggota.xlsx" > /dev/null
measure "hitung, workbook in and out, $sizes_xlsx members" "$work/xlsx/anggota.hasil.xlsx" "${cli[@]}" hitung "$work/xlsx/anggota.xlsx"
verify_turns "CSV, $sizes_csv members" "$work/csv/anggota.csv" "$work/csv/hasil.csv"
verify_turns "workbook, $sizes_xlsx members" "$work/xlsx/anggota.xlsx" "$work/xlsx/hasil.xlsx"

"${cli[@]}" contoh --members "$small" --out "$work/small/anggota.xlsx" > /dev/null
measure "hitung, workbook in and out, $small members" "$work/small/anggota.hasil.xlsx" "${cli[@]}" hitung "$work/small/anggota.xlsx"

if [ "$mode" != smoke ]; then
  runs=1
  measure "library only: 10,000,000 members, two pools (ScaleRun)" "" "${bench[@]}" scale 10000000
fi

echo
echo "hitung CSV / floor (medians): ${ratio}x"
echo "hitung CSV / Python csv copy (medians): ${python_ratio}x"
echo "$cpu_line"
printf '%s\n' "${verify_lines[@]}"
