/**
 * English `--help` texts of `skipgraph` and its commands (`cli_help_<command>`), merged into the
 * English catalogue. They are ICU MessageFormat: a literal `<`, `{` or `}` is quoted ('<command>'),
 * a quotation mark is doubled (''), an apostrophe before a letter stays as it is (V8's).
 */
export const cliHelpMessagesEn: Readonly<Record<string, string>> = {
  cli_help_skipgraph: `skipgraph — contact graph, route ranking and compliance guard for collection teams

Usage: skipgraph '<command>' [options]

Commands:
  serve     Start the HTTP service (API, docs, workbench)
  import    Import NDJSON or CSV records into the graph
  routes    Show the ranked contact routes for a debtor
  worklist  Show the collector's worklist: what is due, what may be contacted now
  policy    Test and lint compliance policy files
  migrate   Apply the store schema (e.g. --store neo4j)
  audit     Verify the audit log's hash chain (audit verify)
  retention Purge records past the retention the policies require (--dry-run lists them)
  calibrate Fit the ranking's reliabilities to the portfolio's recorded outcomes

Run "skipgraph '<command>' --help" for a command's options.`,
  cli_help_serve: `Usage: skipgraph serve [--demo] [--port N] [--workers N] [--db PATH] [--store sqlite|neo4j] [--lang zh-CN|en]

Starts the HTTP service (API under /v1, docs at /docs, workbench at /).

Options:
  --demo           This is the demo database: load the demo data when it is empty, and
                   accept the demo API keys (demo-admin, demo-collector, demo-investigator,
                   demo-compliance) when no keys are configured.
  --port N         Port to listen on (env PORT, default 8787). The service listens on
                   127.0.0.1 only unless HOST says otherwise (HOST=0.0.0.0 for every interface;
                   the demo keys are refused there).
  --workers N      Server processes sharing the port and the database (default: the number
                   of cores; 1 for a :memory: database). The per-key request limit, the
                   failed-auth slow-down and provider rates hold for all of them together.
  --db PATH        SQLite file (env SKIPGRAPH_DB, default ./data/skipgraph.db).
  --store KIND     sqlite (default) or neo4j (env NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE).
  --lang L         zh-CN or en for the help and start-up errors (default: from LC_ALL, LC_MESSAGES or LANG).
  -h, --help       Show this help.

Environment: SKIPGRAPH_POLICIES, SKIPGRAPH_API_KEYS (key:role,…), SKIPGRAPH_API_KEYS_FILE
(one key:role a line; a key may be stored as sha256:'<sha256sum of the key>'), HOST, SKIPGRAPH_RATE_LIMIT (requests/minute/key), SKIPGRAPH_RATE_SMS=10/s (provider limits per channel),
SKIPGRAPH_WEBHOOK_SMS=https://… (per-channel webhook dispatch), SKIPGRAPH_DEFAULT_REGION,
SKIPGRAPH_HEAP_GROWTH (percent the heap may grow past its live data, default 50; 0: V8's own), LOG_LEVEL.`,
  cli_help_import: `Usage: skipgraph import FILE [--type T] [--region CC] [--lang zh-CN|en] [--db PATH] [--json]

Imports records into the contact graph. FILE is NDJSON (one JSON record per line, each with a
"type") or, when it ends in .csv, CSV with a header row holding one record type (--type, or a
"type" column); nested fields use dotted headers (flags.ceaseContact, flags.attorney.name).
Use - for standard input. Record types: {types}.

Every line is checked on its own: bad lines are listed ("line 17: phone_invalid: …") and the
good ones kept. Importing the same file again changes nothing. Empty lines are skipped.
Relationships naming a person or account found neither in the file nor in the database are
kept (they connect once the record arrives) and listed as unknown_reference warnings.

Options:
  --type T         Record type of every CSV row ({typeChoices}).
  --format F       ndjson or csv (default: from the file name; csv for *.csv).
  --region CC      Region for phone numbers without +CC, when a record has no "region"
                   (e.g. CN, US; env SKIPGRAPH_DEFAULT_REGION).
  --db PATH        SQLite file (env SKIPGRAPH_DB, default ./data/skipgraph.db).
  --store KIND     sqlite (default) or neo4j (env NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD).
  --batch-size N   Lines per write transaction (default 20000 on the embedded store, 1000 on
                   Neo4j).
  --lang L         zh-CN or en for the report (default: from LC_ALL or LANG); --json keeps
                   codes, params and English.
  --json           Print the summary as one JSON object.
  -h, --help       Show this help.

Environment: SKIPGRAPH_DB, SKIPGRAPH_STORE, SKIPGRAPH_DEFAULT_REGION, SKIPGRAPH_HEAP_GROWTH (percent
the heap may grow past its live data, default 100 for an import; 0: V8's own choice).

Exit status: 0 all lines accepted, 2 some lines rejected, 1 usage, file or database error.`,
  cli_help_routes: `Usage: skipgraph routes DEBTOR_ID [--at ISO] [--account ID] [--channel CH] [--limit N] [--lang zh-CN|en] [--json] [--db PATH] [--store sqlite|neo4j]

Shows the ranked ways to reach a debtor now (or at --at): contact point, who answers,
score, and why, with the evidence behind each route.

Options:
  --at ISO         Rank as of this time (default: now), e.g. 2026-11-23T10:00:00Z.
  --account ID     Rank for this account (default: the open account with the largest balance).
  --channel CH     Only routes usable on call, sms, email, visit or letter.
  --limit N        How many routes (default 10, at most 100).
  --lang L         zh-CN or en for the table (default: from LC_ALL or LANG); JSON keeps codes and English.
  --json           Print the result as JSON instead of a table.
  --db PATH        SQLite file (env SKIPGRAPH_DB, default ./data/skipgraph.db).
  --store KIND     sqlite (default) or neo4j.
  -h, --help       Show this help.`,
  cli_help_worklist: `Usage: skipgraph worklist [--at ISO] [--limit N] [--cursor C] [--tz ZONE] [--lang zh-CN|en] [--refresh] [--json] [--db PATH]

Prints the collector's worklist: accounts with a promise due today or tomorrow or broken
first, then what may be contacted now (stage, then balance x route score), each with its
best allowed route and why; then the accounts nothing may contact now, with the reason and
when the first route opens.

Options:
  --at ISO       As of this time (default: now).
  --limit N      Rows on the page (default 20, at most 100).
  --cursor C     The next page (the cursor the previous page printed).
  --tz ZONE      Your IANA time zone for "today" and the times shown (default: the system's).
  --lang L       zh-CN or en (default: from LC_ALL or LANG).
  --refresh      Re-rank every stale account first (after a large import).
  --json         Print the page as JSON.
  --db PATH      SQLite file (env SKIPGRAPH_DB, default ./data/skipgraph.db).
  -h, --help     Show this help.`,
  cli_help_policy: `Usage: skipgraph policy test [DIR] [-v]
       skipgraph policy lint FILE...

  test [DIR]   Run the policy tests in DIR/tests/*.yaml (default DIR: policies) against the
               policies they name. Prints each failing case with its file:line and an
               expected (-) / actual (+) diff. Exit 1 on any failure or unreadable file.
  lint FILE    Validate policy files; prints every problem as file:line:column path: message.
               Exit 1 when any file has a problem.

Options:
  --lang L        zh-CN or en for the output (default: from LC_ALL, LC_MESSAGES or LANG).
  -v, --verbose   List passing cases too.
  -h, --help      Show this help.`,
  cli_help_migrate: `Usage: skipgraph migrate [--store sqlite|neo4j] [--db PATH]

Creates or upgrades the store's schema. Idempotent: running it again changes nothing.

Options:
  --store KIND     sqlite (default, env SKIPGRAPH_STORE) or neo4j.
  --db PATH        SQLite file (env SKIPGRAPH_DB, default ./data/skipgraph.db).
  --lang L         zh-CN or en (default: from LC_ALL or LANG).
  -h, --help       Show this help.

Neo4j is reached with NEO4J_URI, NEO4J_USER (default neo4j), NEO4J_PASSWORD and NEO4J_DATABASE
(default neo4j). A neo4j:// or bolt:// URI uses the driver over Bolt; an http(s):// URI, or
NEO4J_QUERY_URL when set, uses the Query API over HTTP. Applying constraints and indexes needs a
user allowed to manage the schema.`,
  cli_help_audit: `Usage: skipgraph audit verify [--db PATH] [--store sqlite|neo4j]

Walks the audit log's hash chain (each record carries the hash of the one before it) from the
first record and reports the first broken link: a record edited in the database, or one removed,
inserted or reordered before it.

Options:
  --db PATH        SQLite file (env SKIPGRAPH_DB, default ./data/skipgraph.db).
  --store KIND     sqlite (default) or neo4j (env NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD).
  --lang L         zh-CN or en (default: from LC_ALL or LANG).
  -h, --help       Show this help.

Exit code 0 when the chain is intact, 1 when it is broken or the store cannot be read.`,
  cli_help_retention: `Usage: skipgraph retention [--dry-run] [--at ISO] [--json] [--actor NAME] [--db PATH] [--store sqlite|neo4j]

Purges the records the law no longer requires: for every account whose last collection activity
(attempt, decision, promise or payment) is older than the retention of its policies (the longest
of those that state one: us-reg-f 3 years after the last activity, Regulation F 1006.100;
cn-collection 5 years, NIFA 自律公约), its attempts, their outbox entries and its audit records go,
in one transaction that writes one audit record of the purge. Each purged audit record leaves a
tombstone in the hash chain, so ''skipgraph audit verify'' still passes. Accounts, people and their
contact points stay. Accounts whose policies state no period, or that no policy covers, are kept.

Options:
  --dry-run      List what would be purged; change nothing.
  --at ISO       As of this time (default: now).
  --json         Print the report as JSON.
  --actor NAME   Who runs the purge (kept on its audit record).
  --db PATH      SQLite file (env SKIPGRAPH_DB, default ./data/skipgraph.db).
  --store KIND   sqlite (default) or neo4j (env NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD).
  --lang L       zh-CN or en for the report (default: from LC_ALL or LANG).
  -h, --help     Show this help.

Exit code 0 when done, 1 when the policies cannot all be read (a real run then purges nothing:
a policy that failed to load might keep records longer) or the store refuses.`,
  cli_help_calibrate: `Usage: skipgraph calibrate [--db PATH] [--store sqlite|neo4j] [--out PATH] [--at TIME] [--dry-run] [--lang zh-CN|en] [--json]

Fits the ranking's source, relation, age and employment reliabilities to the portfolio's recorded
attempts (each pulled toward its documented default, so little data changes little), writes the
calibration file the ranking loads, and reports the Brier score and a reliability table with the
defaults and with the fit. Attempts that reached no decision (no answer, busy) are left out.

Options:
  --db PATH        SQLite file (env SKIPGRAPH_DB, default ./data/skipgraph.db).
  --store KIND     sqlite (default) or neo4j (env NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD).
  --out PATH       Calibration file to write (env SKIPGRAPH_CALIBRATION, default ./data/calibration.json).
  --at TIME        Use the attempts recorded before this ISO time (default: now).
  --dry-run        Report only; write nothing.
  --lang L         zh-CN or en for the report and errors (default: from LC_ALL or LANG).
  --json           Print the calibration as JSON instead of the report.
  -h, --help       Show this help.

The service reads the file at start (restart it to apply a new calibration).
Exit code 0 when calibrated, 1 on a usage or store error or when no attempt has a decided outcome.`,
};
