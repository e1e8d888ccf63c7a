"""Pages through the units an API key may see, and reads an error's code, with requests.

Usage: BAROMETER_URL=https://barometer.example BAROMETER_API_KEY=bmk.… python3 docs/examples/api.py
"""
import json
import os

import requests

URL = os.environ["BAROMETER_URL"] + "/graphql"
HEADERS = {"Authorization": "Bearer " + os.environ["BAROMETER_API_KEY"]}
UNITS = """query($after: String) { orgUnits(first: 2, after: $after) {
  totalCount edges { node { code name } } pageInfo { hasNextPage endCursor } } }"""


def graphql(query, variables=None):
    """Returns (data, errors); GraphQL answers errors with HTTP 200, so look at "errors"."""
    answer = requests.post(URL, json={"query": query, "variables": variables or {}}, headers=HEADERS, timeout=30)
    answer.raise_for_status()
    body = answer.json()
    return body.get("data"), body.get("errors") or []


codes, after = [], None
while True:
    data, errors = graphql(UNITS, {"after": after})
    if errors:
        raise SystemExit(errors[0]["message"])
    page = data["orgUnits"]
    codes += [edge["node"]["code"] for edge in page["edges"]]
    if not page["pageInfo"]["hasNextPage"]:
        break
    after = page["pageInfo"]["endCursor"]

_, errors = graphql('{ orgUnit(id: "00000000-0000-4000-8000-000000000000") { name } }')
print(json.dumps({"total": page["totalCount"], "codes": codes, "error": errors[0]["extensions"]["code"]}))
