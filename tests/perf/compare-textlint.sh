#!/usr/bin/env bash
# Throughput of MediaReview against textlint + textlint-rule-prh on the same generated corpus, in one run.
#
#   tests/perf/compare-textlint.sh [SIZE] [--textlint-sample MB] [--reference-people N] [--seed N] [--keep]
#
#   SIZE                 corpus size (default 10MB; 1MB, 100MB, … decimal units)
#   --textlint-sample N  run textlint on the first N MB of drafts only (sorted by name; the drafts are generated
#                        independently, so a prefix is a fair sample). Throughput is per MB, so the ratio stays fair.
#   --reference-people N both tools check against the shipped reference set plus N made-up people (the corpus
#                        tool's `reference --people N`; one in five has a spelling, so 5000 makes a prh dictionary
#                        of about 1,000 rules, the size behind textlint's figure in DESIGN.md). The corpus is the same.
#   --seed N             corpus seed (default 1)
#   --keep               keep the temporary folder (corpus, reports, timings) and print its path
#
# Builds tests/MediaReview.Corpus and publishes the CLI (Release, self-contained, composite ReadyToRun, as README
# "Performance" recommends),
# writes the corpus, installs textlint and textlint-rule-prh (pinned in package.json / package-lock.json beside this
# script) into a temporary folder, writes a prh dictionary from the same reference set (make-prh.mjs), then times
# `mediareview check DIR -f json -o FILE --fail-on none` (like textlint's JSON), `mediareview check DIR` with the
# default text report, and `textlint --format json` with /usr/bin/time -v (wall time, peak RSS) and prints a table
# and the ratios.
# MB = 10^6 bytes of draft text. Wall times include each tool's start-up (dotnet ~0.1 s, node ~0.5 s).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
size=10MB
sample=""
people=""
seed=1
keep=0
die() { echo "compare-textlint.sh: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    --textlint-sample) [ $# -ge 2 ] || die "--textlint-sample needs a number of MB"; sample="$2"; shift 2 ;;
    --seed) [ $# -ge 2 ] || die "--seed needs a number"; seed="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    --reference-people) [ $# -ge 2 ] && [ -n "$2" ] || die "--reference-people needs a number"; people="$2"; shift 2 ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) size="$1"; shift ;;
  esac
done
[[ "$sample" =~ ^([0-9]+(\.[0-9]+)?)?$ ]] || die "--textlint-sample must be a number of MB, not '$sample'"
[[ "$people" =~ ^([1-9][0-9]*)?$ ]] || die "--reference-people must be a whole number of people, not '$people'"

command -v dotnet >/dev/null || die "the .NET SDK (dotnet) is not installed"
command -v node >/dev/null && command -v npm >/dev/null || die "node and npm are needed (apt-get install -y nodejs npm)"
if [ ! -x /usr/bin/time ]; then
  [ "$(id -u)" -eq 0 ] || die "/usr/bin/time is missing (apt-get install -y time, as root)"
  echo "== installing GNU time from Debian"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null) || die "apt-get install time failed"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/mediareview-perf.XXXXXX")"
if [ "$keep" -eq 1 ]; then trap 'echo "kept: $work"' EXIT; else trap 'rm -rf "$work"' EXIT; fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== building the corpus generator and the CLI (Release)"
dotnet build "$root/tests/MediaReview.Corpus" -c Release -o "$work/corpus-bin" -nologo -v quiet >"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; die "tests/MediaReview.Corpus does not build"; }
case "$(uname -m)" in x86_64) rid=linux-x64 ;; aarch64) rid=linux-arm64 ;; *) die "no .NET runtime identifier known for $(uname -m)" ;; esac
dotnet publish "$root/src/MediaReview.Cli" -c Release -r "$rid" --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true \
  -o "$work/mr" --artifacts-path "$work/artifacts" -nologo -v quiet \
  >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; die "the CLI does not publish"; }

echo "== generating a $size corpus (seed $seed)"
dotnet "$work/corpus-bin/MediaReview.Corpus.dll" --size "$size" --out "$work/corpus" --seed "$seed" --reference "$root/rules/reference" >"$work/manifest.out" \
  || { cat "$work/manifest.out" >&2; die "the corpus generator failed"; }

# The reference set both tools check against: the shipped one, or it plus made-up people.
reference="$root/rules/reference"
reference_label="rules/reference"
if [ -n "$people" ]; then
  echo "== generating a reference set: the shipped one and $people made-up people"
  dotnet "$work/corpus-bin/MediaReview.Corpus.dll" reference --people "$people" --out "$work/reference" \
    --seed "$seed" --reference "$root/rules/reference" >"$work/reference.log" 2>&1 \
    || { cat "$work/reference.log" >&2; die "the reference generator failed"; }
  reference="$work/reference"
  reference_label="rules/reference and $people made-up people"
fi

echo "== installing textlint and textlint-rule-prh into $work/textlint"
mkdir -p "$work/textlint"
cp "$here/package.json" "$here/package-lock.json" "$work/textlint/"
(cd "$work/textlint" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) >"$work/npm.log" 2>&1 \
  || { cat "$work/npm.log" >&2; die "npm ci failed"; }
node "$here/make-prh.mjs" "$reference" >"$work/textlint/prh.yml" 2>"$work/prh.log" || { cat "$work/prh.log" >&2; die "make-prh.mjs failed"; }
printf '{ "rules": { "prh": { "rulePaths": ["./prh.yml"] } } }\n' >"$work/textlint/.textlintrc.json"
textlint_version="$(cd "$work/textlint" && node node_modules/textlint/bin/textlint.js --version)"
prh_version="$(node -p "require('$work/textlint/node_modules/textlint-rule-prh/package.json').version")"

# textlint's input: the whole corpus, or the first N MB of drafts (hard links, so nothing is copied).
corpus_bytes=$(find "$work/corpus" -name 'draft-*.md' -printf '%s\n' | awk '{s+=$1} END {print s+0}')
tl_dir="$work/corpus"
if [ -n "$sample" ]; then
  limit=$(awk -v n="$sample" 'BEGIN {printf "%d", n * 1000000}')
  if [ "$limit" -lt "$corpus_bytes" ]; then
    tl_dir="$work/sample"
    mkdir -p "$tl_dir"
    total=0
    while IFS= read -r f; do
      [ "$total" -ge "$limit" ] && break
      ln "$work/corpus/$f" "$tl_dir/$f"
      total=$((total + $(stat -c %s "$work/corpus/$f")))
    done < <(cd "$work/corpus" && ls draft-*.md | LC_ALL=C sort)
  fi
fi
tl_bytes=$(find "$tl_dir" -name 'draft-*.md' -printf '%s\n' | awk '{s+=$1} END {print s+0}')
tl_files=$(find "$tl_dir" -name 'draft-*.md' | wc -l)

now() { date +%s%N; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
load_before=$(load)
rss_mb() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$1"; }

echo "== MediaReview: check $(find "$work/corpus" -name 'draft-*.md' | wc -l) drafts ($corpus_bytes bytes)"
t0=$(now)
set +e
/usr/bin/time -v -o "$work/mr.time" "$work/mr/mediareview" check "$work/corpus" -f json -o "$work/mediareview.json" --fail-on none \
  --reference "$reference" --rules "$root/rules" >"$work/mr.log" 2>&1
status=$?
set -e
t1=$(now)
[ "$status" -eq 0 ] || { cat "$work/mr.log" >&2; die "mediareview check exited $status"; }
[ -s "$work/mediareview.json" ] || die "mediareview wrote no report"
# The report can be larger than node reads into one string: the summary is its last object.
mr_findings=$(tail -c 4000 "$work/mediareview.json" | tr -d '\r\n' | { grep -oE '"summary": ?\{.*' || true; } \
  | { grep -oE '"(errors|warnings|suggestions)": ?[0-9]+' || true; } | grep -oE '[0-9]+$' | awk '{s+=$1; n++} END {print n == 3 ? s : ""}' || true)
[ -n "$mr_findings" ] || die "no summary with error, warning and suggestion counts at the end of MediaReview's JSON report"
mr_report_mb=$(stat -c %s "$work/mediareview.json" | awk '{printf "%.0f", $1 / 1e6}')

echo "== MediaReview: the same, with the default text report"
t4=$(now)
set +e
/usr/bin/time -v -o "$work/mrt.time" "$work/mr/mediareview" check "$work/corpus" --fail-on none \
  --reference "$reference" --rules "$root/rules" >"$work/mediareview.txt" 2>"$work/mrt.log"
status=$?
set -e
t5=$(now)
[ "$status" -eq 0 ] || { cat "$work/mrt.log" >&2; die "mediareview check (text) exited $status"; }

echo "== textlint + prh: $tl_files drafts ($tl_bytes bytes)"
t2=$(now)
set +e
(cd "$work/textlint" && /usr/bin/time -v -o "$work/tl.time" node node_modules/textlint/bin/textlint.js --config .textlintrc.json \
  --format json --output-file "$work/textlint.json" "$tl_dir/**/*.md") >"$work/tl.log" 2>&1
status=$?
set -e
t3=$(now)
# textlint exits 1 when it reports problems; a crash leaves no parseable report.
if [ "$status" -gt 1 ] || ! tl_findings=$(node -e 'const r=require(process.argv[1]); console.log(r.reduce((n,f)=>n+f.messages.length,0))' "$work/textlint.json" 2>/dev/null); then
  cat "$work/tl.log" >&2
  die "textlint failed (exit $status)"
fi
grep -q "Unexpected error" "$work/tl.log" && { cat "$work/tl.log" >&2; die "textlint reported an error"; }

mr_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", (b - a) / 1e9}')
tl_s=$(awk -v a="$t2" -v b="$t3" 'BEGIN {printf "%.2f", (b - a) / 1e9}')
mr_mb=$(awk -v n="$corpus_bytes" 'BEGIN {printf "%.2f", n / 1e6}')
tl_mb=$(awk -v n="$tl_bytes" 'BEGIN {printf "%.2f", n / 1e6}')
mr_rate=$(awk -v n="$corpus_bytes" -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", n / 1e6 / ((b - a) / 1e9)}')
tl_rate=$(awk -v n="$tl_bytes" -v a="$t2" -v b="$t3" 'BEGIN {printf "%.3f", n / 1e6 / ((b - a) / 1e9)}')
ratio=$(awk -v m="$mr_rate" -v t="$tl_rate" 'BEGIN {printf "%.1f", m / t}')
mrt_s=$(awk -v a="$t4" -v b="$t5" 'BEGIN {printf "%.2f", (b - a) / 1e9}')
mrt_rate=$(awk -v n="$corpus_bytes" -v a="$t4" -v b="$t5" 'BEGIN {printf "%.2f", n / 1e6 / ((b - a) / 1e9)}')
ratio_text=$(awk -v m="$mrt_rate" -v t="$tl_rate" 'BEGIN {printf "%.1f", m / t}')
mrt_findings=$(tail -n 1 "$work/mediareview.txt" | grep -oE '[0-9,]+ (errors?|warnings?|suggestions?)' | tr -d , | awk '{s+=$1} END {print s+0}')

echo
echo "Corpus: $(node -e 'const m=require(process.argv[1]); console.log(`${m.drafts} drafts, ${m.bytes} bytes, ${m.plantedTotal} planted errors`)' "$work/corpus/manifest.json") (seed $seed, $size requested); $(nproc) cores"
echo "prh dictionary: $(cat "$work/prh.log" | sed 's/^make-prh.mjs: //') from $reference_label; textlint $textlint_version, textlint-rule-prh $prh_version"
if [ "$tl_dir" != "$work/corpus" ]; then
  echo "textlint ran on a sample: the first $tl_files drafts by name ($tl_mb MB of $mr_mb MB). Throughput is per MB, so the ratio stays fair."
fi
echo
echo "| tool | MB | seconds | MB/s | peak RSS (MB) | findings |"
echo "|---|---:|---:|---:|---:|---:|"
echo "| MediaReview check (-f json) | $mr_mb | $mr_s | $mr_rate | $(rss_mb "$work/mr.time") | $mr_findings |"
echo "| MediaReview check (text, the default) | $mr_mb | $mrt_s | $mrt_rate | $(rss_mb "$work/mrt.time") | $mrt_findings |"
echo "| textlint + textlint-rule-prh | $tl_mb | $tl_s | $tl_rate | $(rss_mb "$work/tl.time") | $tl_findings |"
echo
echo "ratio (MediaReview MB/s / textlint MB/s): ${ratio}x with JSON, ${ratio_text}x with the text report"
echo "MediaReview's JSON report: $mr_report_mb MB"
echo "load average (1, 5, 15 min) before the runs: $load_before; after: $(load) (anything else running slows both tools)"
