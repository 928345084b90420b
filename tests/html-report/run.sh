#!/usr/bin/env bash
# Checks the HTML report in a real browser: builds the CLI, checks samples/iran-talks.md as JSON and as HTML,
# installs playwright-core (pinned in package.json / package-lock.json) into a temporary folder, and has
# check-html-report.mjs load the HTML report in Debian's Chromium. No browser is downloaded.
#
#   tests/html-report/run.sh [screenshot.png]      (default: /tmp/mediareview-html-report.png)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
screenshot="${1:-/tmp/mediareview-html-report.png}"
chromium="${CHROMIUM:-/usr/bin/chromium}"
work="$(mktemp -d "${TMPDIR:-/tmp}/mediareview-html-report.XXXXXX")"
trap 'rm -rf "$work"' EXIT

die() { echo "run.sh: $*" >&2; exit 1; }

echo "== building the CLI"
dotnet build "$root/src/MediaReview.Cli" -c Release -nologo -v quiet >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; die "the CLI does not build"; }

echo "== checking samples/iran-talks.md, with a JSON and an HTML report"
cd "$root"
# One run writes both reports, as CI would.
dotnet run --project src/MediaReview.Cli -c Release --no-build -- check samples/iran-talks.md \
  -f json,html -o "$work/report.json" -o "$work/report.html" --fail-on none \
  || die "mediareview check -f json,html failed (exit $?)"
[ -s "$work/report.html" ] || die "the HTML report is empty"

echo "== installing playwright-core into $work"
command -v node >/dev/null && command -v npm >/dev/null || die "node and npm are needed (apt-get install -y nodejs npm)"
cp "$here/package.json" "$here/package-lock.json" "$here/check-html-report.mjs" "$work/"
# playwright-core carries no browser and its install downloads none; --ignore-scripts makes sure.
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) || die "npm ci failed"

if [ ! -x "$chromium" ]; then
  echo "== installing Chromium from Debian"
  if [ "$(id -u)" -eq 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || die "apt-get install chromium failed"
  else
    die "$chromium is missing (apt-get install -y chromium, as root)"
  fi
fi

echo "== loading the report in Chromium"
mkdir -p "$(dirname "$screenshot")"
node "$work/check-html-report.mjs" --html "$work/report.html" --json "$work/report.json" --screenshot "$screenshot" --chromium "$chromium" \
  || die "the HTML report failed its browser checks (see FAIL lines above)"
echo "run.sh: the HTML report passed its browser checks; screenshot: $screenshot"
