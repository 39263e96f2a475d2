"""Serializers schemathesis lacks for the import route's line formats (NDJSON, CSV)."""

import json

import schemathesis


@schemathesis.serializer("application/x-ndjson", "text/csv")
def as_lines(ctx, value):
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass")
    if isinstance(value, list):
        return "\n".join(json.dumps(v) for v in value).encode("utf-8", "surrogatepass")
    return json.dumps(value).encode("utf-8", "surrogatepass")
