#!/usr/bin/env bash
# Whole-process start-up of `mediareview check` on one generated 1,000-word draft, in the three forms the CLI runs in.
#
#   tests/perf/startup.sh [--runs N] [--keep]
#
#   --runs N   timed runs of each form (default 30; three untimed warm-up runs come first)
#   --keep     keep the temporary folder (builds, draft) and print its path
#
# Builds the CLI as `dotnet build` leaves it, publishes it ReadyToRun (framework-dependent), and publishes it
# self-contained with one composite ReadyToRun image of the app and the framework (the form README "Performance"
# recommends for start-up), writes a ~1,000-word draft with tests/MediaReview.Corpus, checks that all three give
# the same report, then times `check DRAFT --fail-on none` in each. Uses hyperfine when it is installed, else a
# loop timed with `date` (mean and min of the runs), and counts the methods the composite form still jits in one
# check: exact where timings vary by ±10 ms, it shows code the precompiled image cannot hold (generic code over
# new value types, LINQ over tuples) the moment it is added. tests/perf/RESULTS.md keeps the runs.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs=30
keep=0
die() { echo "startup.sh: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    --runs) [ $# -ge 2 ] && [[ "$2" =~ ^[1-9][0-9]*$ ]] || die "--runs needs a whole number above 0"; runs="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done

command -v dotnet >/dev/null || die "the .NET SDK (dotnet) is not installed"
case "$(uname -m)" in x86_64) rid=linux-x64 ;; aarch64) rid=linux-arm64 ;; *) die "no .NET runtime identifier known for $(uname -m)" ;; esac

work="$(mktemp -d "${TMPDIR:-/tmp}/mediareview-startup.XXXXXX")"
if [ "$keep" -eq 1 ]; then trap 'echo "kept: $work"' EXIT; else trap 'rm -rf "$work"' EXIT; fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

build() { # build NAME ARGS... : a dotnet command whose log is shown only when it fails
  local name="$1"; shift
  # Each build gets its own obj folder: the SDK would otherwise reuse one publish's ReadyToRun images in the next
  # (a framework-dependent publish after a composite one gets the composite's stubs and aborts at start).
  "$@" --artifacts-path "$work/artifacts-$name" -nologo -v quiet >"$work/$name.log" 2>&1 || { cat "$work/$name.log" >&2; die "$name failed"; }
}
echo "== building the corpus generator and the CLI three ways (the composite publish takes about a minute)"
build corpus dotnet build "$root/tests/MediaReview.Corpus" -c Release -o "$work/corpus-bin"
build built dotnet build "$root/src/MediaReview.Cli" -c Release -o "$work/built"
build r2r dotnet publish "$root/src/MediaReview.Cli" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$work/r2r"
build composite dotnet publish "$root/src/MediaReview.Cli" -c Release -r "$rid" --self-contained true \
  -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$work/composite"

# One draft of about 6.5 KB: about 1,000 words of the generator's prose.
dotnet "$work/corpus-bin/MediaReview.Corpus.dll" --size 6500 --out "$work/draft" --seed 1 --reference "$root/rules/reference" >/dev/null \
  || die "the corpus generator failed"
draft="$(find "$work/draft" -name 'draft-*.md' | head -1)"
words=$(wc -w <"$draft")

names=("as built (dotnet mediareview.dll)" "ReadyToRun, framework-dependent" "self-contained, composite ReadyToRun")
commands=("dotnet $work/built/mediareview.dll" "dotnet $work/r2r/mediareview.dll" "$work/composite/mediareview")
for i in 0 1 2; do
  ${commands[$i]} check "$draft" --fail-on none --no-color >"$work/report-$i.txt" || die "${names[$i]}: the check failed"
done
cmp -s "$work/report-0.txt" "$work/report-1.txt" && cmp -s "$work/report-0.txt" "$work/report-2.txt" \
  || die "the three builds give different reports (see $work/report-*.txt with --keep)"

echo "== $(nproc) cores, $(dotnet --version) SDK; draft: $words words, $(wc -c <"$draft") bytes; $runs runs each"
if command -v hyperfine >/dev/null; then
  args=()
  for i in 0 1 2; do args+=(-n "${names[$i]}" "${commands[$i]} check $draft --fail-on none --no-color"); done
  hyperfine -N -w 3 -r "$runs" --output=null "${args[@]}"
else
  for i in 0 1 2; do
    for _ in 1 2 3; do ${commands[$i]} check "$draft" --fail-on none --no-color >/dev/null; done
    times=()
    for _ in $(seq "$runs"); do
      start=$(date +%s%N)
      ${commands[$i]} check "$draft" --fail-on none --no-color >/dev/null
      times+=($(( ($(date +%s%N) - start) / 1000 )))
    done
    printf '%s\n' "${times[@]}" | awk -v name="${names[$i]}" '{ s += $1; if (min == "" || $1 < min) min = $1 }
      END { printf "%-40s mean %6.1f ms   min %6.1f ms\n", name, s / NR / 1000, min / 1000 }'
  done
fi

# The JIT's summary lists one line per method it compiled (precompiled code that is used as is is not listed).
DOTNET_JitStdOutFile="$work/jitted.txt" DOTNET_JitDisasmSummary=1 "$work/composite/mediareview" check "$draft" --fail-on none --no-color >/dev/null
echo "methods jitted in one check, self-contained composite ReadyToRun: $(grep -c . "$work/jitted.txt") (327 on 2026-11-25, tests/perf/RESULTS.md)"
