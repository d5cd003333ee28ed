#!/usr/bin/env bash
# Translates a generated JSON Lines file of todo items (version 1 -> 3) with lensc apply --jsonl in a
# 256 MB heap and reports the time and the peak memory. The generated files are deleted at the end.
#   benchmarks/bulk/run-1gb.sh [SIZE_MB]      (default 1024; needs 2.2 x SIZE of free disk)
# Build first: mvn -B -q package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
size_mb="${1:-1024}"
work="$(mktemp -d "${TMPDIR:-/tmp}/lensc-bulk.XXXXXX")"
trap 'rm -rf "$work"' EXIT

in="$work/todos-v1.jsonl"
echo "generating $size_mb MB of todo items (version 1) in $in ..." >&2
# one item a line, as the todo sample's version 1 has them: optional and nullable fields absent,
# null or set by turns, non-ASCII and escaped text
awk -v bytes="$((size_mb * 1024 * 1024))" 'BEGIN {
  written = 0
  for (i = 0; written < bytes; i++) {
    important = (i % 3 == 0) ? "" : (i % 3 == 1) ? ", \"isImportant\": null" : ", \"isImportant\": true"
    assignee = (i % 4 == 0) ? "" : (i % 4 == 1) ? ", \"assignee\": null" : ", \"assignee\": \"ann " i "\""
    line = "{\"title\": \"item " i ": buy milk \\u00e9 \\\"2%\\\"\", \"isDone\": " ((i % 2) ? "true" : "false") \
      important ", \"createdAt\": \"2024-05-01T09:" sprintf("%02d", i % 60) ":00Z\"" assignee "}"
    print line
    written += length(line) + 1
  }
}' > "$in"
lines=$(wc -l < "$in")
bytes=$(stat -c %s "$in")
echo "$lines lines, $bytes bytes" >&2

out="$work/todos-v3.jsonl"
time_log="$work/time.txt"
cmd=("$root/lensc" apply --jsonl --lens "$root/samples/todo/src/main/lens/todo-item.lens" --from 1 --to 3
     "$in" -o "$out" --rejects "$work/rejects.tsv")
export LENSC_JAVA_OPTS="${LENSC_JAVA_OPTS:--Xmx256m}"
echo "LENSC_JAVA_OPTS=$LENSC_JAVA_OPTS ${cmd[*]}" >&2
start=$(date +%s.%N)
if [[ -x /usr/bin/time ]]; then
  /usr/bin/time -v -o "$time_log" "${cmd[@]}"
else
  "${cmd[@]}"
fi
end=$(date +%s.%N)

seconds=$(echo "$end - $start" | bc -l)
out_lines=$(wc -l < "$out")
printf 'input: %d lines, %.1f MB; output: %d lines\n' "$lines" "$(echo "$bytes / 1000000" | bc -l)" "$out_lines"
printf 'wall time: %.1f s (%.1f MB/s, %.0f documents/s), %s cores\n' "$seconds" \
  "$(echo "$bytes / 1000000 / $seconds" | bc -l)" "$(echo "$lines / $seconds" | bc -l)" "$(nproc)"
if [[ -f "$time_log" ]]; then
  rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$time_log")
  printf 'peak memory (max RSS, /usr/bin/time -v): %d MB\n' "$((rss_kb / 1024))"
  awk -F': ' '/User time|System time|Percent of CPU/ { print "  " $1 ": " $2 }' "$time_log"
fi
