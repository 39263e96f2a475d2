/**
 * `skipgraph` 及各命令 `--help` 的中文说明（`cli_help_<命令>`），并入中文消息目录。
 * 选项名、命令名、环境变量名和取值照原样保留。文本为 ICU MessageFormat：字面的 `<`、`{`、`}`
 * 须用单引号括起（'<command>'）。
 */
export const cliHelpMessagesZhCN: Readonly<Record<string, string>> = {
  cli_help_skipgraph: `skipgraph：面向催收团队的联系人图谱、联系路径排序与合规校验

用法：skipgraph '<command>' [options]

命令：
  serve     启动 HTTP 服务（API、文档、工作台）
  import    将 NDJSON 或 CSV 记录导入图谱
  routes    列出某债务人按优先级排序的联系路径
  worklist  显示催收员的工作清单：哪些到期、哪些现在可以联系
  policy    测试并校验合规策略文件
  migrate   建立或升级存储的 schema（如 --store neo4j）
  audit     核验审计日志的哈希链（audit verify）
  retention 清除已超过策略所要求保留期限的记录（--dry-run 只列出，不清除）
  calibrate 按本资产包已记录的联系结果，校准排序所用的各项可靠度

各命令的选项见“skipgraph '<command>' --help”。`,
  cli_help_serve: `用法：skipgraph serve [--demo] [--port N] [--workers N] [--db PATH] [--store sqlite|neo4j] [--lang zh-CN|en]

启动 HTTP 服务（API 位于 /v1，文档位于 /docs，工作台位于 /）。

选项：
  --demo           使用演示数据库：数据库为空时载入演示数据；未配置 API 密钥时接受
                   演示密钥（demo-admin、demo-collector、demo-investigator、
                   demo-compliance）。
  --port N         监听端口（环境变量 PORT，默认 8787）。除非 HOST 另有指定，服务只监听
                   127.0.0.1（HOST=0.0.0.0 表示监听所有网络接口，此时不接受演示密钥）。
  --workers N      共用同一端口和数据库的服务进程数（默认为 CPU 核数；:memory: 数据库
                   固定为 1）。每个密钥的请求限额、认证失败后的限速以及服务商发送速率，
                   均由所有进程合并计算。
  --db PATH        SQLite 文件（环境变量 SKIPGRAPH_DB，默认 ./data/skipgraph.db）。
  --store KIND     sqlite（默认）或 neo4j（环境变量 NEO4J_URI、NEO4J_USER、NEO4J_PASSWORD、NEO4J_DATABASE）。
  --lang L         帮助和启动错误使用 zh-CN 或 en（默认取自 LC_ALL、LC_MESSAGES 或 LANG）。
  -h, --help       显示本帮助。

环境变量：SKIPGRAPH_POLICIES、SKIPGRAPH_API_KEYS（key:role,…）、SKIPGRAPH_API_KEYS_FILE
（每行一个 key:role；密钥可存为 sha256:'<'密钥的 sha256sum'>'）、HOST、SKIPGRAPH_RATE_LIMIT（每个密钥每分钟的请求数）、SKIPGRAPH_RATE_SMS=10/s（各渠道的服务商速率上限）、
SKIPGRAPH_WEBHOOK_SMS=https://…（按渠道经 webhook 发送）、SKIPGRAPH_DEFAULT_REGION、
SKIPGRAPH_HEAP_GROWTH（堆可超出存活数据的百分比，默认 50；0 表示由 V8 自行决定）、LOG_LEVEL。`,
  cli_help_import: `用法：skipgraph import FILE [--type T] [--region CC] [--lang zh-CN|en] [--db PATH] [--json]

将记录导入联系人图谱。FILE 为 NDJSON 文件（每行一条 JSON 记录，各带“type”字段）；文件名
以 .csv 结尾时为 CSV 文件：首行为表头，全文件只含一种记录类型（由 --type 或“type”列指定），
嵌套字段用以点号连接的表头（flags.ceaseContact、flags.attorney.name）。FILE 为 - 时读取
标准输入。记录类型：{types}。

每一行单独校验：有问题的行逐条列出（“第 17 行：phone_invalid：…”），合格的行照常导入。
重复导入同一文件不会改变任何数据。空行直接跳过。关系记录所指的人员或账户如果在文件和数据库
中都找不到，该关系仍会保留（待对应记录导入后即自动关联），并作为 unknown_reference 警告列出。

选项：
  --type T         CSV 每一行的记录类型（{typeChoices}）。
  --format F       ndjson 或 csv（默认按文件名判断；*.csv 为 csv）。
  --region CC      记录未给出“region”时，不带 +CC 的电话号码所属的地区
                   （如 CN、US；环境变量 SKIPGRAPH_DEFAULT_REGION）。
  --db PATH        SQLite 文件（环境变量 SKIPGRAPH_DB，默认 ./data/skipgraph.db）。
  --store KIND     sqlite（默认）或 neo4j（环境变量 NEO4J_URI、NEO4J_USER、NEO4J_PASSWORD）。
  --batch-size N   每个写事务包含的行数（内置存储默认 20000，Neo4j 默认 1000）。
  --lang L         报告使用 zh-CN 或 en（默认取自 LC_ALL 或 LANG）；--json 的输出保留
                   代码、参数和英文。
  --json           以一个 JSON 对象输出汇总。
  -h, --help       显示本帮助。

环境变量：SKIPGRAPH_DB、SKIPGRAPH_STORE、SKIPGRAPH_DEFAULT_REGION、SKIPGRAPH_HEAP_GROWTH（堆可超出
存活数据的百分比，导入时默认 100；0 表示由 V8 自行决定）。

退出码：0 表示所有行均被接受，2 表示有行被拒绝，1 表示用法、文件或数据库出错。`,
  cli_help_routes: `用法：skipgraph routes DEBTOR_ID [--at ISO] [--account ID] [--channel CH] [--limit N] [--lang zh-CN|en] [--json] [--db PATH] [--store sqlite|neo4j]

按优先级列出当前（或 --at 所指时间）联系某债务人的各条路径：联系方式、接听人、得分和理由，
并附上每条路径所依据的证据。

选项：
  --at ISO         以此时间为准排序（默认：当前时间），如 2026-11-23T10:00:00Z。
  --account ID     针对此账户排序（默认：余额最大的未结清账户）。
  --channel CH     只列出可用 call、sms、email、visit 或 letter 联系的路径。
  --limit N        列出的路径条数（默认 10，最多 100）。
  --lang L         表格使用 zh-CN 或 en（默认取自 LC_ALL 或 LANG）；JSON 保留代码和英文。
  --json           以 JSON 而非表格输出结果。
  --db PATH        SQLite 文件（环境变量 SKIPGRAPH_DB，默认 ./data/skipgraph.db）。
  --store KIND     sqlite（默认）或 neo4j。
  -h, --help       显示本帮助。`,
  cli_help_worklist: `用法：skipgraph worklist [--at ISO] [--limit N] [--cursor C] [--tz ZONE] [--lang zh-CN|en] [--refresh] [--json] [--db PATH]

显示催收员的工作清单：先列出还款承诺今天或明天到期、或已违约的账户，再列出现在可以联系的
账户（先按催收阶段，再按余额 × 路径得分排序），每个账户附上最佳的可用路径及理由；最后列出
暂不可联系的账户，附上原因以及最早一条路径开放的时间。

选项：
  --at ISO       以此时间为准（默认：当前时间）。
  --limit N      每页行数（默认 20，最多 100）。
  --cursor C     翻到下一页（填上一页末尾打印的游标）。
  --tz ZONE      你所在的 IANA 时区，用于确定“今天”和显示时间（默认：系统时区）。
  --lang L       zh-CN 或 en（默认取自 LC_ALL 或 LANG）。
  --refresh      先为所有排序已过时的账户重新排序（大批量导入后使用）。
  --json         以 JSON 输出本页。
  --db PATH      SQLite 文件（环境变量 SKIPGRAPH_DB，默认 ./data/skipgraph.db）。
  -h, --help     显示本帮助。`,
  cli_help_policy: `用法：skipgraph policy test [DIR] [-v]
      skipgraph policy lint FILE...

  test [DIR]   运行 DIR/tests/*.yaml 中的策略测试（DIR 默认为 policies），对照测试所指定的
               策略。逐条列出未通过的用例，附其 file:line 以及预期（-）与实际（+）的差异。
               有用例未通过或有文件无法读取时，退出码为 1。
  lint FILE    校验策略文件；每个问题按 file:line:column path: message 的格式列出。
               有文件存在问题时，退出码为 1。

选项：
  --lang L        输出使用 zh-CN 或 en（默认取自 LC_ALL、LC_MESSAGES 或 LANG）。
  -v, --verbose   同时列出通过的用例。
  -h, --help      显示本帮助。`,
  cli_help_migrate: `用法：skipgraph migrate [--store sqlite|neo4j] [--db PATH]

创建或升级存储的 schema。可重复执行：再次运行不会做任何更改。

选项：
  --store KIND     sqlite（默认，环境变量 SKIPGRAPH_STORE）或 neo4j。
  --db PATH        SQLite 文件（环境变量 SKIPGRAPH_DB，默认 ./data/skipgraph.db）。
  --lang L         zh-CN 或 en（默认取自 LC_ALL 或 LANG）。
  -h, --help       显示本帮助。

连接 Neo4j 使用 NEO4J_URI、NEO4J_USER（默认 neo4j）、NEO4J_PASSWORD 和 NEO4J_DATABASE
（默认 neo4j）。neo4j:// 或 bolt:// 开头的 URI 经 Bolt 协议由驱动连接；http(s):// 开头的
URI，或设置了 NEO4J_QUERY_URL 时，经 HTTP 使用 Query API。创建约束和索引需要有权管理 schema
的用户。`,
  cli_help_audit: `用法：skipgraph audit verify [--db PATH] [--store sqlite|neo4j]

从第一条记录起逐条核验审计日志的哈希链（每条记录都带有前一条记录的哈希），报告第一处断开的
链接：某条记录在数据库中被改动，或其前有记录被删除、插入或调换了顺序。

选项：
  --db PATH        SQLite 文件（环境变量 SKIPGRAPH_DB，默认 ./data/skipgraph.db）。
  --store KIND     sqlite（默认）或 neo4j（环境变量 NEO4J_URI、NEO4J_USER、NEO4J_PASSWORD）。
  --lang L         zh-CN 或 en（默认取自 LC_ALL 或 LANG）。
  -h, --help       显示本帮助。

哈希链完整时退出码为 0；链已断开或无法读取存储时为 1。`,
  cli_help_retention: `用法：skipgraph retention [--dry-run] [--at ISO] [--json] [--actor NAME] [--db PATH] [--store sqlite|neo4j]

清除法律不再要求保留的记录：账户最近一次催收活动（联系、合规判定、还款承诺或还款）早于其所
适用策略的保留期限时（取规定了期限的策略中最长的一个：us-reg-f 为最近一次活动后 3 年，依据
Regulation F 1006.100；cn-collection 为 5 年，依据 NIFA 自律公约），在同一事务中删除该账户的
联系记录、相应的发件箱条目和审计记录，并写入一条记录本次清除的审计记录。每条被清除的审计
记录都会在哈希链中留下墓碑，因此“skipgraph audit verify”仍能通过。账户、人员及其联系方式
不受影响。所适用策略未规定期限、或没有任何策略适用的账户，予以保留。

选项：
  --dry-run      只列出将被清除的内容，不做任何更改。
  --at ISO       以此时间为准（默认：当前时间）。
  --json         以 JSON 输出报告。
  --actor NAME   执行清除的人（记入本次清除的审计记录）。
  --db PATH      SQLite 文件（环境变量 SKIPGRAPH_DB，默认 ./data/skipgraph.db）。
  --store KIND   sqlite（默认）或 neo4j（环境变量 NEO4J_URI、NEO4J_USER、NEO4J_PASSWORD）。
  --lang L       报告使用 zh-CN 或 en（默认取自 LC_ALL 或 LANG）。
  -h, --help     显示本帮助。

完成时退出码为 0；策略未能全部读取（此时正式运行不清除任何记录：未能加载的策略可能要求更长
的保留期限），或存储拒绝操作时，退出码为 1。`,
  cli_help_calibrate: `用法：skipgraph calibrate [--db PATH] [--store sqlite|neo4j] [--out PATH] [--at TIME] [--dry-run] [--lang zh-CN|en] [--json]

依据本资产包已记录的联系结果，拟合排序所用的信息来源、关系、信息时效和任职信息的可靠度
（每项都向文档所列的默认值收缩，数据少时改动也小），写出排序加载的校准文件，并报告 Brier
分数以及默认值与拟合值下的可靠度对照表。未得出明确结果的联系（无人接听、占线）不计入。

选项：
  --db PATH        SQLite 文件（环境变量 SKIPGRAPH_DB，默认 ./data/skipgraph.db）。
  --store KIND     sqlite（默认）或 neo4j（环境变量 NEO4J_URI、NEO4J_USER、NEO4J_PASSWORD）。
  --out PATH       要写出的校准文件（环境变量 SKIPGRAPH_CALIBRATION，默认 ./data/calibration.json）。
  --at TIME        只采用此 ISO 时间之前记录的联系（默认：当前时间）。
  --dry-run        只报告，不写入任何文件。
  --lang L         报告和错误信息使用 zh-CN 或 en（默认取自 LC_ALL 或 LANG）。
  --json           以 JSON 而非报告形式输出校准结果。
  -h, --help       显示本帮助。

服务在启动时读取该文件（须重启服务才能应用新的校准）。
校准完成时退出码为 0；出现用法或存储错误，或没有任何联系得出明确结果时，退出码为 1。`,
};
