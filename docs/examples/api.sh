#!/usr/bin/env bash
# Pages through the units an API key may see, two at a time, with curl.
# Usage: BAROMETER_URL=https://barometer.example BAROMETER_API_KEY=bmk.… bash docs/examples/api.sh
set -euo pipefail
query='query($after: String) { orgUnits(first: 2, after: $after) { totalCount edges { node { code name } } pageInfo { hasNextPage endCursor } } }'
after=null
while :; do
  page=$(curl -sS --fail-with-body "$BAROMETER_URL/graphql" \
    -H "Authorization: Bearer $BAROMETER_API_KEY" \
    -H 'Content-Type: application/json' \
    --data "{\"query\": \"$query\", \"variables\": {\"after\": $after}}")
  echo "$page"
  cursor=$(printf '%s' "$page" | grep -o '"endCursor":"[^"]*"' | cut -d'"' -f4 || true)
  printf '%s' "$page" | grep -q '"hasNextPage":true' || break
  after="\"$cursor\""
done
# An error: the answer is HTTP 200 with "errors"; read extensions.code, not the message.
curl -sS "$BAROMETER_URL/graphql" -H "Authorization: Bearer $BAROMETER_API_KEY" -H 'Content-Type: application/json' \
  --data '{"query": "{ orgUnit(id: \"00000000-0000-4000-8000-000000000000\") { name } }"}'
echo
