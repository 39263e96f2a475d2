/**
 * English words for the command line's own errors and reports (`cli_*`), keyed by code; merged
 * into the English catalogue. Option names, commands and values stay as typed.
 */
export const cliMessagesEn: Readonly<Record<string, string>> = {
  // any command
  cli_unknown_command: 'unknown command "{name}"',
  cli_coded: '{code}: {words}',
  cli_run_help: 'Run "skipgraph {command} --help" for usage.',
  cli_bad_arguments: '{detail}',
  cli_unknown_option:
    'unknown option "{option}"{positionals, select, yes { (an argument that starts with "-" goes after "--", as in -- {option})} other {}}',
  cli_option_needs_value: 'option "{option}" needs a value',
  cli_option_value_ambiguous:
    'option "{option}" needs a value (a value that starts with "-" is written {example})',
  cli_option_takes_no_value: 'option "{option}" takes no value',
  cli_configuration_error: 'configuration error: {problems}',
  cli_takes_no_arguments: '{command} takes no arguments',
  cli_unexpected_argument: 'unexpected argument "{arg}"',
  cli_at_not_iso: '--at must be an ISO-8601 time such as 2026-11-23T10:00:00Z',
  cli_limit_not_whole: '--limit must be a whole number',
  cli_store_kind: '--store must be sqlite or neo4j',
  cli_tz_unknown: '--tz: unknown time zone "{name}"',
  // routes, audit, policy
  cli_routes_needs_debtor: 'routes needs exactly one DEBTOR_ID',
  cli_channel_unknown: '--channel must be one of {options}',
  cli_audit_subcommand: 'audit takes one subcommand: verify',
  cli_policy_test_one_dir: 'policy test takes at most one directory',
  cli_policy_lint_needs_file: 'policy lint needs at least one FILE',
  cli_policy_subcommand: 'unknown policy subcommand "{name}" (test or lint)',
  // import
  cli_import_needs_file: 'import needs a FILE',
  cli_import_one_file: 'import takes one FILE, got {count}',
  cli_import_format: '--format must be ndjson or csv, not "{format}"',
  cli_import_type: '--type must be one of {types}',
  cli_import_type_not_csv:
    '--type applies to CSV files (NDJSON records carry their own "type"); add --format csv if the file is CSV',
  cli_import_region: '--region must be a two-letter country code such as CN or US',
  cli_import_batch_size: '--batch-size must be a positive whole number',
  cli_import_not_a_file: 'cannot import {file}: not a file',
  cli_import_unreadable:
    'cannot read {file}: {reason, select, ENOENT {no such file} EACCES {permission denied} EISDIR {is a directory} other {{reason}}}',
  cli_store_unopenable: 'cannot open the {store} store: {reason}',
  cli_import_stopped:
    'import of {name} stopped: {reason, select, ENOENT {no such file} EACCES {permission denied} EISDIR {is a directory} other {{reason}}} (batches before the failure are stored; importing again is safe)',
  cli_standard_input: 'standard input',
  cli_import_line: 'line {line}: {code}: {words}',
  cli_import_warning: 'warning: line {line}: {code}: {words}',
  cli_import_summary:
    '{name}: {accepted} accepted, {rejected} rejected{skipped, select, 0 {} other {, {skipped} empty lines skipped}}',
  // audit, migrate, worklist, retention, policy
  cli_audit_intact:
    'audit chain intact: {records} records{purged, select, 0 {} other { and {purged} purged by retention}}, head {head}',
  cli_audit_broken:
    'audit chain broken at record #{seq} ({id}): {reason, select, record_altered {the record was altered or removed (its text no longer gives its hash)} link_broken {the link to the record before is broken (a record was removed, inserted or reordered)} purge_unrecorded {the record was removed under a purge that the chain does not record (no purge record follows, or it removed fewer)} other {{reason}}}; expected {expected}, found {found}; {records} records before it verified',
  cli_migrate_neo4j:
    'neo4j ({mode}, database {database}): {applied} constraints and indexes in place, schema version {version}',
  cli_migrate_sqlite: 'sqlite ({path}): schema up to date',
  cli_migrate_failed: 'migrate failed: {reason}',
  cli_migrate_refused: 'migrate refused: {reason}',
  cli_worklist_refreshed: 're-ranked {count} account(s)',
  cli_worklist_route: '{contact} ({relation}, {score, number, ::percent})',
  cli_worklist_empty: '(nothing to contact now)',
  cli_worklist_apart: 'Not contactable now:',
  cli_worklist_opens: '{reason} ({when})',
  cli_routes_recipient: '{who} ({relation})',
  cli_retention_not_purged:
    'skipgraph retention: policies that failed to load might keep records longer; nothing purged',
  cli_policy_unreadable: '{file}: cannot be read ({reason})',
  cli_policy_ok: '{file}: ok ({id}@{version}, {rules} rules) — {name}',
  cli_retention_heading:
    'retention as of {at}{dryRun, select, yes { (dry run: nothing changed)} other {}}',
  cli_retention_accounts:
    'accounts: {expired} past retention, {kept} kept, {noPeriod} with no retention period in their policies, {noPolicy} with no policy, {noActivity} with no records',
  cli_retention_records:
    '{dryRun, select, yes {would purge} other {purged}}: {attempts} attempt(s), {audit} audit record(s), {outbox} outbox entr{outbox, plural, one {y} other {ies}}',
  cli_retention_purge_record: 'purge audit record: {id}',
  cli_retention_expired:
    '- {accountId}: last activity {last}, kept {years} year(s) ({policies}) until {until}',
};
