#!/usr/bin/env bash
# Starts the API (through `kg serve`, which imports the bundled plans into an empty graph file),
# opens /graphql in headless Chromium, runs a query in GraphiQL and saves a screenshot.
# Needs Debian's chromium (apt-get install -y chromium) and npm; for readable Chinese in the
# screenshot a CJK font (apt-get install -y fonts-wqy-zenhei).
#
#   scripts/graphiql-check.sh [screenshot.png]      KG_DB=path/to/graph.db to serve another file
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
screenshot="$(realpath -m "${1:-$root/artifacts/graphiql.png}")"
port="${KG_PORT:-5187}"
url="http://127.0.0.1:$port/graphql"
db="${KG_DB:-$root/data/knowledge-graph.db}"

cd "$root"
command -v chromium >/dev/null || { echo "chromium is missing: apt-get install -y chromium" >&2; exit 2; }
mkdir -p "$(dirname "$screenshot")"
(cd "$root/scripts/graphiql-check" && { [ -d node_modules ] || npm ci --ignore-scripts --no-audit --no-fund --loglevel=error; })

dotnet build "$root/src/KnowledgeGraph.Cli" -v q -nologo >/dev/null
log="$(mktemp)"
dotnet run --no-build --project "$root/src/KnowledgeGraph.Cli" -- serve --db "$db" --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$log"' EXIT

for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || { cat "$log" >&2; echo "the server exited" >&2; exit 1; }
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/healthz" || { cat "$log" >&2; exit 1; }
echo
node "$root/scripts/graphiql-check/check.mjs" "$url" "$screenshot"
