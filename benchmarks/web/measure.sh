#!/usr/bin/env bash
# The web page's speed in headless Chromium (the browser the tests use): page load to ready, and from choosing a
# workbook to the summary, for 1,000 and 100,000 members, three runs each, and the longest stretch in which the page
# did not answer (the browser's long tasks). Prints the markdown table docs/performance.md quotes. About a minute.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
table=$(mktemp)
trap 'rm -f "$table"' EXIT
dotnet build -c Release "$root/tests/Kopdes.Shu.Web.Tests" -v q -nologo > /dev/null
KOPDES_WEB_MEASURE="$table" dotnet test "$root/tests/Kopdes.Shu.Web.Tests" -c Release --no-build \
  --filter "FullyQualifiedName~Measure.PageLoad_AndFileToSummary" > /dev/null
cat "$table"
