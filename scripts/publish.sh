#!/usr/bin/env bash
# One file a treasurer downloads: kopdes-shu as a self-contained single-file executable for each platform, into
# artifacts/<rid>/ (kopdes-shu.exe for Windows). Needs only the .NET SDK; the runtime packs come from NuGet.
#   bash scripts/publish.sh                 # win-x64, linux-x64, osx-arm64
#   bash scripts/publish.sh linux-x64       # one platform
# Not trimmed: the tests run against the untrimmed tool, and a trimmed one would be another program to test.
set -euo pipefail
cd "$(dirname "$0")/.."
rids=("$@")
[ ${#rids[@]} -eq 0 ] && rids=(win-x64 linux-x64 osx-arm64)
for rid in "${rids[@]}"; do
  dotnet publish src/Kopdes.Shu.Cli -c Release -r "$rid" --self-contained -nologo -v q \
    -p:PublishSingleFile=true -p:EnableCompressionInSingleFile=true -p:IncludeNativeLibrariesForSelfExtract=true \
    -p:PublishDocumentationFiles=false -p:PublishReferencesDocumentationFiles=false \
    -o "artifacts/$rid"
  # Only the executable: symbols and XML docs of the libraries are for developers, not for the treasurer's download.
  find "artifacts/$rid" -type f ! -name 'kopdes-shu' ! -name 'kopdes-shu.exe' -delete
  ls -l "artifacts/$rid"
done
