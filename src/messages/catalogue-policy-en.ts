import { schemaProblemMessages } from './schema-problem-codes.js';

/**
 * English for the problems of a policy file or policy test (`skipgraph policy lint`, `POST
 * /v1/policies/validate`, the load errors of `GET /v1/policies`). A YAML syntax error keeps the
 * parser's own sentence (`detail`), which names exactly what it expected.
 */
export const policyMessagesEn: Readonly<Record<string, string>> = {
  ...schemaProblemMessages(),
  policy_not_a_mapping: 'a policy file must be a YAML mapping with id, name, appliesTo and rules',
  policy_dir_unreadable:
    'the policy directory cannot be read ({error}); the last good policies stay in force',
  policy_unreadable: 'cannot be read ({error}); the last good version stays in force',
  policy_duplicate_id: 'policy id "{id}" is already used by {first}; this file is ignored',
  policy_tests_unreadable: 'the test directory cannot be read ({error})',
  policy_tests_missing: 'no *.yaml test files found',
  // the limits on a document (each also nested in yaml_limit_exceeded)
  yaml_too_large: 'the document has {chars} characters; at most {max} are read',
  yaml_too_many_aliases:
    'the document expands more than {max} aliases (a document built to multiply itself)',
  yaml_too_deep: 'the document nests deeper than {max} levels',
  yaml_resource_exhaustion: '{detail}',
  // YAML syntax, by the parser's error code
  yaml_alias_props: '{detail}',
  yaml_bad_alias: '{detail}',
  yaml_bad_directive: '{detail}',
  yaml_bad_dq_escape: '{detail}',
  yaml_bad_indent: '{detail}',
  yaml_bad_prop_order: '{detail}',
  yaml_bad_scalar_start: '{detail}',
  yaml_block_as_implicit_key: '{detail}',
  yaml_block_in_flow: '{detail}',
  yaml_duplicate_key: '{detail}',
  yaml_impossible: '{detail}',
  yaml_key_over_1024_chars: '{detail}',
  yaml_missing_char: '{detail}',
  yaml_multiline_implicit_key: '{detail}',
  yaml_multiple_anchors: '{detail}',
  yaml_multiple_docs: '{detail}',
  yaml_multiple_tags: '{detail}',
  yaml_non_string_key: '{detail}',
  yaml_tab_as_indent: '{detail}',
  yaml_tag_resolve_failed: '{detail}',
  yaml_unexpected_token: '{detail}',
  yaml_bad_collection_type: '{detail}',
};
