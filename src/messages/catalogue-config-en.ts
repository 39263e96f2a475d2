const RATE_FAULT =
  '{fault, select, shape {is not COUNT/PERIOD} unit {has an unknown unit "{unit}"} count {must allow at least 1} other {needs a period of at least 1 unit}}';

/**
 * English words for configuration problems (`config_*`: a variable, secret or binding that is
 * missing or bad, named but never quoted) and for `skipgraph serve` refusing to start (`serve_*`);
 * merged into the English catalogue. Variable names, options and values stay as typed.
 */
export const configMessagesEn: Readonly<Record<string, string>> = {
  // a variable's value, checked by the configuration's schema (the issue is worded as the API words it)
  config_variable: '{variable}: {issue}',
  config_not_set: '{variable} is not set',
  // API keys
  config_api_key_entry:
    '{variable}: API key entry {entry} must be KEY:ROLE with ROLE one of {roles}',
  config_api_key_digest:
    '{variable}: API key entry {entry} is a sha256: key, which must be 64 hexadecimal digits (sha256sum of the key)',
  config_api_key_short: '{variable}: API key entry {entry} is shorter than {min} characters',
  config_api_keys_file_unreadable: '{variable}: cannot read {path} ({reason})',
  config_no_api_keys:
    'no API keys configured: set SKIPGRAPH_API_KEYS=key:role,… or SKIPGRAPH_API_KEYS_FILE (only the demo database runs without keys)',
  config_demo_key_off_loopback:
    'a published demo key is configured and HOST={host} is not loopback: choose your own keys',
  config_demo_off_loopback:
    'the demo keys are published and HOST={host} is not loopback: set SKIPGRAPH_API_KEYS, or serve the demo on 127.0.0.1',
  // the Worker's bindings and secrets
  config_worker_no_keys:
    'no API keys configured: set the secret SKIPGRAPH_API_KEYS=key:role,… (wrangler secret put SKIPGRAPH_API_KEYS)',
  config_worker_bolt:
    "NEO4J_URI is a Bolt address, which a Worker cannot open; set NEO4J_QUERY_URL to the server's https:// root (the Query API)",
  config_worker_no_store:
    'no store: bind a D1 database as DB (wrangler.toml [[d1_databases]]) or set NEO4J_QUERY_URL',
  // Neo4j
  config_neo4j_address_missing: 'NEO4J_URI (or NEO4J_QUERY_URL) is not set',
  config_neo4j_not_uri: '{variable} is not a URI (expected neo4j://, bolt:// or http(s)://)',
  config_neo4j_query_url_scheme: 'NEO4J_QUERY_URL must be an http:// or https:// URL',
  config_neo4j_uri_scheme:
    'NEO4J_URI must start with neo4j://, neo4j+s://, bolt://, bolt+s://, http:// or https://',
  // dispatch
  config_rate: `{variable}: rate "{rate}" ${RATE_FAULT}; write COUNT/UNIT like 10/s, 600/min, 5/10s or 1000/hour (units: ms, s, min, h, day)`,
  config_webhook_url: '{variable}: not an http(s) URL',
  // the ranking's calibration file
  config_calibration_unreadable: '{variable}: cannot read the calibration file {path} ({reason})',
  config_calibration_not_json: '{variable}: the calibration file {path} is not JSON',
  config_calibration_invalid: '{variable}: the calibration file {path}, {field}: {issue}',
  // skipgraph serve refusing to start
  serve_configuration_error: 'configuration error:',
  serve_workers_range: '--workers must be a whole number from {min} to {max}',
  serve_refusing: 'refusing to start: {problem}',
};
