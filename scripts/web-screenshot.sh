#!/usr/bin/env bash
# Takes the README's screenshot of the web page (docs/images/web.png): the sample loaded, one member explained.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build -c Release "$root/tests/Kopdes.Shu.Web.Tests" -v q -nologo > /dev/null
KOPDES_WEB_SCREENSHOT="$root/docs/images/web.png" dotnet test "$root/tests/Kopdes.Shu.Web.Tests" -c Release --no-build \
  --filter "FullyQualifiedName~Measure.Screenshot" > /dev/null
echo "$root/docs/images/web.png"
