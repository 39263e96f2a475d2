import { schemaProblemMessages } from './schema-problem-codes.js';

/** 解析器原文：YAML 语法错误附上解析器的英文原句，便于对照和搜索。 */
const DETAIL = '（解析器原文：{detail}）';

/**
 * 合规策略文件和策略测试的问题（`skipgraph policy lint`、`POST /v1/policies/validate`、
 * `GET /v1/policies` 的加载错误）的中文说明。
 */
export const policyMessagesZhCN: Readonly<Record<string, string>> = {
  ...schemaProblemMessages(),
  policy_not_a_mapping: '策略文件应为 YAML 映射，包含 id、name、appliesTo 和 rules',
  policy_dir_unreadable: '无法读取策略目录（{error}），继续使用上一次有效的策略',
  policy_unreadable: '无法读取（{error}），继续使用上一次有效的版本',
  policy_duplicate_id: '策略编号“{id}”已由 {first} 使用，本文件未加载',
  policy_tests_unreadable: '无法读取测试目录（{error}）',
  policy_tests_missing: '没有找到 *.yaml 测试文件',
  // 文档的限制（也嵌在 yaml_limit_exceeded 里）
  yaml_too_large: '文档有 {chars} 个字符，最多读取 {max} 个',
  yaml_too_many_aliases: '文档展开的别名超过 {max} 个（自我复制的文档）',
  yaml_too_deep: '文档嵌套超过 {max} 层',
  yaml_resource_exhaustion: `嵌套层级超出解析器的处理能力${DETAIL}`,
  // YAML 语法，按解析器的错误代码
  yaml_alias_props: `别名不能带锚点或标签${DETAIL}`,
  yaml_bad_alias: `别名无效${DETAIL}`,
  yaml_bad_directive: `指令无效${DETAIL}`,
  yaml_bad_dq_escape: `双引号字符串里的转义无效${DETAIL}`,
  yaml_bad_indent: `缩进不对${DETAIL}`,
  yaml_bad_prop_order: `锚点和标签应写在值的前面${DETAIL}`,
  yaml_bad_scalar_start: `值不能以这个字符开头，可加引号${DETAIL}`,
  yaml_block_as_implicit_key: `块结构不能用作键${DETAIL}`,
  yaml_block_in_flow: `方括号或花括号里不能写块结构${DETAIL}`,
  yaml_duplicate_key: `同一层里有重复的键${DETAIL}`,
  yaml_impossible: `解析器内部错误${DETAIL}`,
  yaml_key_over_1024_chars: `键超过 1024 个字符${DETAIL}`,
  yaml_missing_char: `缺少字符（如引号、冒号或右括号）${DETAIL}`,
  yaml_multiline_implicit_key: `键不能跨行${DETAIL}`,
  yaml_multiple_anchors: `一个值只能有一个锚点${DETAIL}`,
  yaml_multiple_docs: `一个文件只能有一个 YAML 文档${DETAIL}`,
  yaml_multiple_tags: `一个值只能有一个标签${DETAIL}`,
  yaml_non_string_key: `键应为文本${DETAIL}`,
  yaml_tab_as_indent: `不能用制表符缩进，请用空格${DETAIL}`,
  yaml_tag_resolve_failed: `无法识别的标签${DETAIL}`,
  yaml_unexpected_token: `此处不应出现这个内容${DETAIL}`,
  yaml_bad_collection_type: `集合类型不对${DETAIL}`,
};
