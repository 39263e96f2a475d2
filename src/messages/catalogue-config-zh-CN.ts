const RATE_FAULT =
  '{fault, select, shape {不符合“次数/时段”的格式} unit {的单位“{unit}”无法识别} count {须至少允许 1 次} other {的时段须至少为 1 个单位}}';

/**
 * 配置问题的中文说明（`config_*`：缺失或有误的环境变量、机密或绑定，只写名称、不引用取值），以及
 * `skipgraph serve` 拒绝启动时的提示（`serve_*`）；并入中文目录。变量名、选项和取值照原样保留。
 */
export const configMessagesZhCN: Readonly<Record<string, string>> = {
  // 经配置校验的变量取值（问题的措辞与 API 的校验说明一致）
  config_variable: '{variable}：{issue}',
  config_not_set: '未设置 {variable}',
  // API 密钥
  config_api_key_entry:
    '{variable}：第 {entry} 条 API 密钥应写成 KEY:ROLE（密钥:角色），角色须为 {roles} 之一',
  config_api_key_digest:
    '{variable}：第 {entry} 条 API 密钥以 sha256: 开头，其后须为 64 位十六进制摘要（即该密钥的 sha256sum 值）',
  config_api_key_short: '{variable}：第 {entry} 条 API 密钥不足 {min} 个字符',
  config_api_keys_file_unreadable: '{variable}：无法读取文件 {path}（{reason}）',
  config_no_api_keys:
    '未配置 API 密钥：请设置 SKIPGRAPH_API_KEYS=key:role,… 或 SKIPGRAPH_API_KEYS_FILE（只有演示数据库可以不配置密钥运行）',
  config_demo_key_off_loopback:
    '配置中含有公开的演示密钥，而 HOST={host} 不是本机回环地址：请改用自己的密钥',
  config_demo_off_loopback:
    '演示密钥是公开的，而 HOST={host} 不是本机回环地址：请设置 SKIPGRAPH_API_KEYS，或只在 127.0.0.1 上运行演示',
  // Worker 的绑定与机密
  config_worker_no_keys:
    '未配置 API 密钥：请设置机密 SKIPGRAPH_API_KEYS=key:role,…（wrangler secret put SKIPGRAPH_API_KEYS）',
  config_worker_bolt:
    'NEO4J_URI 是 Bolt 地址，Worker 无法建立这类连接；请将 NEO4J_QUERY_URL 设为服务器的 https:// 根地址（Query API）',
  config_worker_no_store:
    '未配置存储：请将 D1 数据库绑定为 DB（wrangler.toml 的 [[d1_databases]]），或设置 NEO4J_QUERY_URL',
  // Neo4j
  config_neo4j_address_missing: '未设置 NEO4J_URI（或 NEO4J_QUERY_URL）',
  config_neo4j_not_uri: '{variable} 不是有效的 URI（应以 neo4j://、bolt:// 或 http(s):// 开头）',
  config_neo4j_query_url_scheme: 'NEO4J_QUERY_URL 须为 http:// 或 https:// 地址',
  config_neo4j_uri_scheme:
    'NEO4J_URI 须以 neo4j://、neo4j+s://、bolt://、bolt+s://、http:// 或 https:// 开头',
  // 外呼与发送
  config_rate: `{variable}：速率“{rate}”${RATE_FAULT}；请写成“次数/单位”，如 10/s、600/min、5/10s 或 1000/hour（单位：ms、s、min、h、day）`,
  config_webhook_url: '{variable}：不是 http(s) 地址',
  // 排序校准文件
  config_calibration_unreadable: '{variable}：无法读取校准文件 {path}（{reason}）',
  config_calibration_not_json: '{variable}：校准文件 {path} 不是有效的 JSON',
  config_calibration_invalid: '{variable}：校准文件 {path} 中的 {field}：{issue}',
  // skipgraph serve 拒绝启动
  serve_configuration_error: '配置有误：',
  serve_workers_range: '--workers 须为 {min} 到 {max} 之间的整数',
  serve_refusing: '拒绝启动：{problem}',
};
