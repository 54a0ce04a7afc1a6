#!/usr/bin/env bash
# A city's or a province's cooperatives in one run: generates K workbooks of N members and times, with
# /usr/bin/time, 'kopdes-shu hitung FOLDER' (results beside each input, rekap.xlsx and rekap.csv), then the
# office's 'periksa FOLDER' and 'verifikasi FOLDER' of those results (rekap-periksa.*, rekap-verifikasi.*).
#   benchmarks/cli/batch.sh [K=1000] [N=300]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cooperatives=${1:-1000}
members=${2:-300}
dotnet build -c Release "$root/src/Kopdes.Shu.Cli" -v q -nologo > /dev/null
cli=(dotnet "$root/src/Kopdes.Shu.Cli/bin/Release/net10.0/kopdes-shu.dll")
/usr/bin/time -f "generate: %e s, peak %M KB" "${cli[@]}" contoh --cooperatives "$cooperatives" --members "$members" --out "$work/kota" > /dev/null
/usr/bin/time -f "hitung folder: %e s, peak %M KB" "${cli[@]}" hitung "$work/kota" | tail -4
echo "inputs: $(du -sh --exclude='*.hasil.xlsx' --exclude='rekap.*' "$work/kota" | cut -f1), rekap rows: $(($(wc -l < "$work/kota/rekap.csv") - 1))"
# Exit 4: every generated cooperative has members to tidy (ineligible members with purchases), which periksa flags.
/usr/bin/time -f "periksa folder: %e s, peak %M KB" "${cli[@]}" periksa "$work/kota" | tail -6 | head -1 || true
/usr/bin/time -f "verifikasi folder: %e s, peak %M KB" "${cli[@]}" verifikasi "$work/kota" | tail -6 | head -1
