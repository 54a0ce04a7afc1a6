#!/usr/bin/env bash
# The audit tools on a generated cooperative of N members (workbook): hitung with the HTML report, verify
# (must agree: exit 0), audit (exit 0 or 4), compare against a second policy (30% instead of 40% jasa
# modal). Prints one line per command: seconds, peak memory (/usr/bin/time), exit code.
#   benchmarks/cli/tools.sh [N=100000]
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
members=${1:-100000}
dotnet build -c Release "$root/src/Kopdes.Shu.Cli" -v q -nologo > /dev/null || exit 1
cli=(dotnet "$root/src/Kopdes.Shu.Cli/bin/Release/net10.0/kopdes-shu.dll")
"${cli[@]}" contoh --members "$members" --out "$work/anggota.xlsx" > /dev/null || exit 1
"${cli[@]}" contoh --members 10 --out "$work/p/anggota.csv" > /dev/null || exit 1
sed '/"jasa_modal"/,/"percent"/ s/"percent": 40/"percent": 30/; /"jasa_usaha"/,/"percent"/ s/"percent": 60/"percent": 70/' "$work/p/kebijakan.json" > "$work/modal30.json"

failed=0
run() {
  local label=$1 expected=$2; shift 2
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/out.txt" 2> "$work/err.txt"
  local code=$?
  local seconds kb
  read -r seconds kb < <(tail -1 "$work/time.txt")
  printf '| %s | %s s | %d MB | %s |\n' "$label" "$seconds" $((kb / 1024)) "$code"
  if ! [[ " $expected " == *" $code "* ]]; then cat "$work/out.txt" "$work/err.txt"; failed=1; fi
}

echo "| command, $members members | time | peak memory | exit |"
echo "|---|---:|---:|---:|"
run "hitung --laporan" "0" "${cli[@]}" hitung "$work/anggota.xlsx" --laporan "$work/laporan.html"
run "verifikasi" "0" "${cli[@]}" verifikasi "$work/anggota.xlsx"
run "periksa --out periksa.xlsx" "0 4" "${cli[@]}" periksa "$work/anggota.xlsx" --out "$work/periksa.xlsx"
run "bandingkan (workbook policy vs modal30.json)" "0" "${cli[@]}" bandingkan "$work/anggota.xlsx" --kebijakan "$work/modal30.json"
echo "report: $(du -h "$work/laporan.html" | cut -f1)"
exit $failed
