-- marts: views for analysts and BI dashboards (Metabase, Superset).
--
-- Conventions: stable ASCII snake_case names (Chinese names live in comments),
-- one row per stated grain (see each view's comment), real `date` columns for
-- time series (*_on, *_month), plain column types (text, numeric, bigint,
-- integer, boolean, date, timestamptz). The views are ordinary views owned by
-- the migrating role: they run with its rights, so the reader role needs no
-- access to core or etl.

-- Indexes for the views' joins and range lookups.
CREATE INDEX IF NOT EXISTS metric_period_end_idx ON core.metric (period_end);
CREATE INDEX IF NOT EXISTS metric_topic_idx ON core.metric (topic);
CREATE INDEX IF NOT EXISTS policy_issuer_policy_idx ON core.policy_issuer (policy_id);
CREATE INDEX IF NOT EXISTS document_source_idx ON core.document (source_id);

-- ---------------------------------------------------------------------------
-- dim_region
CREATE VIEW marts.dim_region AS
SELECT
    r.region_code::text                                   AS region_code,
    r.name                                                AS region_name,
    r.short_name                                          AS short_name,
    r.level                                               AS region_level,
    r.parent_code::text                                   AS parent_code,
    r.province_code::text                                 AS province_code,
    pv.name                                               AS province_name,
    CASE WHEN r.level = 'prefecture' THEN r.region_code::text
         WHEN r.level = 'county' AND p.level = 'prefecture' THEN p.region_code::text END AS prefecture_code,
    CASE WHEN r.level = 'prefecture' THEN r.name
         WHEN r.level = 'county' AND p.level = 'prefecture' THEN p.name END           AS prefecture_name,
    CASE WHEN r.level = 'county' THEN r.region_code::text END AS county_code,
    CASE WHEN r.level = 'county' THEN r.name END              AS county_name,
    r.retired                                             AS retired,
    r.last_listed::integer                                AS last_listed_year,
    r.successor_code::text                                AS successor_code
FROM core.region r
LEFT JOIN core.region p  ON p.region_code  = r.parent_code
LEFT JOIN core.region pv ON pv.region_code = r.province_code;

COMMENT ON VIEW marts.dim_region IS 'Administrative divisions (行政区划, GB/T 2260). Grain: one row per region code (province 省级, prefecture 地级, county 县级), with its province and prefecture resolved.';
COMMENT ON COLUMN marts.dim_region.region_code IS 'Six-digit division code (行政区划代码), e.g. 340000 for 安徽省. Key of this view.';
COMMENT ON COLUMN marts.dim_region.region_name IS 'Full name (全称), e.g. 连云港市.';
COMMENT ON COLUMN marts.dim_region.short_name IS 'Short name (简称) without the administrative suffix, e.g. 连云港.';
COMMENT ON COLUMN marts.dim_region.region_level IS 'province (省级), prefecture (地级) or county (县级).';
COMMENT ON COLUMN marts.dim_region.parent_code IS 'Code of the region directly above (empty for provinces).';
COMMENT ON COLUMN marts.dim_region.province_code IS 'Code of the province (省) the region belongs to (itself for a province).';
COMMENT ON COLUMN marts.dim_region.province_name IS 'Province name (省级名称), e.g. 江苏省.';
COMMENT ON COLUMN marts.dim_region.prefecture_code IS 'Code of the prefecture-level city (地级市) the region belongs to (itself for a prefecture); empty for provinces and for counties directly under a province (省直辖县).';
COMMENT ON COLUMN marts.dim_region.prefecture_name IS 'Prefecture-level name (地级名称), e.g. 连云港市; empty when there is none.';
COMMENT ON COLUMN marts.dim_region.county_code IS 'The code itself when the region is county-level (县级: 区/县/县级市), else empty.';
COMMENT ON COLUMN marts.dim_region.county_name IS 'County-level name (县级名称), e.g. 连云区; empty for provinces and prefectures.';
COMMENT ON COLUMN marts.dim_region.retired IS 'True for a name no longer in the current division table (撤销/更名); texts may still use it.';
COMMENT ON COLUMN marts.dim_region.last_listed_year IS 'For a retired region: the last year the division table listed it.';
COMMENT ON COLUMN marts.dim_region.successor_code IS 'For a retired region: the code that replaced it, when known.';

-- ---------------------------------------------------------------------------
-- fct_metric
CREATE VIEW marts.fct_metric AS
SELECT
    m.document_id                                         AS document_id,
    m.metric_no                                           AS metric_no,
    d.source_key                                          AS source_key,
    s.name                                                AS source_name,
    m.article_no::integer                                 AS article_no,
    a.title                                               AS article_title,
    d.published_on                                        AS published_on,
    d.published_grain                                     AS published_grain,
    m.value                                               AS value,
    m.unit                                                AS unit,
    m.kind                                                AS kind,
    m.currency                                            AS currency,
    m.subject                                             AS subject,
    m.topic                                               AS topic,
    m.approx                                              AS approx,
    m.is_change                                           AS is_change,
    m.is_target                                           AS is_target,
    m.period_start                                        AS period_start,
    m.period_end                                          AS period_end,
    m.period_grain                                        AS period_grain,
    date_trunc('month', COALESCE(m.period_start, d.published_on))::date AS period_month,
    r.region_code                                         AS region_code,
    r.region_name                                         AS region_name,
    r.region_level                                        AS region_level,
    r.province_code                                       AS province_code,
    r.province_name                                       AS province_name,
    r.prefecture_name                                     AS prefecture_name,
    r.county_name                                         AS county_name,
    m.organization_id                                     AS organization_id,
    o.canonical_name                                      AS organization_name,
    NULLIF(o.entity_type, '')                             AS organization_type,
    m.surface                                             AS surface,
    st.text                                               AS sentence_text
FROM core.metric m
JOIN core.document d       ON d.document_id = m.document_id
JOIN core.source s         ON s.source_id = d.source_id
JOIN core.article a        ON a.document_id = m.document_id AND a.article_no = m.article_no
LEFT JOIN core.sentence st ON st.document_id = m.document_id AND st.sentence_no = m.sentence_no
LEFT JOIN marts.dim_region r ON r.region_code = m.region_code::text
LEFT JOIN core.entity o    ON o.entity_id = m.organization_id;

COMMENT ON VIEW marts.fct_metric IS 'Metrics (数据指标): numbers with measure words found in the news, e.g. 调解成功案件47097件. Grain: one row per metric (document_id, metric_no), with its document, article, period, region and organization.';
COMMENT ON COLUMN marts.fct_metric.document_id IS 'Warehouse id of the page (core.document) the metric comes from; with metric_no the key of this view.';
COMMENT ON COLUMN marts.fct_metric.metric_no IS 'Position of the metric within its page (0, 1, …); with document_id the key of this view.';
COMMENT ON COLUMN marts.fct_metric.source_key IS 'Identity of the source file: its path relative to the loaded folder, or the id in its sidecar.';
COMMENT ON COLUMN marts.fct_metric.source_name IS 'Newspaper or outlet (来源), e.g. 工人日报; "unknown" when no metadata says.';
COMMENT ON COLUMN marts.fct_metric.article_no IS 'Position of the article on its page (0, 1, …).';
COMMENT ON COLUMN marts.fct_metric.article_title IS 'Headline (标题) of the article the metric appears in.';
COMMENT ON COLUMN marts.fct_metric.published_on IS 'Publication date of the page (出版日期); a month or year alone is stored as its first day (see published_grain).';
COMMENT ON COLUMN marts.fct_metric.published_grain IS 'Precision of published_on: day, month or year.';
COMMENT ON COLUMN marts.fct_metric.value IS 'Exact value with scale words applied (2.75万个 → 27500); percentages as printed (82.2 for 82.2%).';
COMMENT ON COLUMN marts.fct_metric.unit IS 'Measure word or unit as printed (量词/单位): 件, 名, 元, %, 人次 …';
COMMENT ON COLUMN marts.fct_metric.kind IS 'What sort of number: count (数量), money (金额), percent (百分比), person_time (人次), duration (时长), measure (其他度量).';
COMMENT ON COLUMN marts.fct_metric.currency IS 'Currency for money (CNY, USD …); empty for other kinds.';
COMMENT ON COLUMN marts.fct_metric.subject IS 'What is counted (统计对象), e.g. 调解成功案件; empty when the extractor could not tell.';
COMMENT ON COLUMN marts.fct_metric.topic IS 'Topic (主题): legal_rights 劳动权益, assistance 帮扶救助, health 健康, culture_sports 文体, employment 就业, organization_building 组织建设, other 其他.';
COMMENT ON COLUMN marts.fct_metric.approx IS 'True when the text marks the number as approximate (约, 余, 近, 多).';
COMMENT ON COLUMN marts.fct_metric.is_change IS 'True when the number is a change (增长, 增加, 下降 …) rather than a level.';
COMMENT ON COLUMN marts.fct_metric.is_target IS 'True when the number is a goal or plan (目标, 力争, 计划) rather than an achieved figure.';
COMMENT ON COLUMN marts.fct_metric.period_start IS 'First day of the period the number refers to (统计期), e.g. 2024-01-01 for 2024年; empty when the text gives none.';
COMMENT ON COLUMN marts.fct_metric.period_end IS 'Last day of the period the number refers to; empty when the text gives none.';
COMMENT ON COLUMN marts.fct_metric.period_grain IS 'Precision of the period: day, month or year; empty when there is no period.';
COMMENT ON COLUMN marts.fct_metric.period_month IS 'Month for time series (first day of the month): the month of period_start, else the publication month. Use this as the time axis.';
COMMENT ON COLUMN marts.fct_metric.region_code IS 'Division code of the region the number is about (行政区划代码); empty when unknown. Join marts.dim_region for more.';
COMMENT ON COLUMN marts.fct_metric.region_name IS 'Name of the region the number is about, at its own level (省, 市 or 区/县).';
COMMENT ON COLUMN marts.fct_metric.region_level IS 'Level of region_code: province, prefecture or county.';
COMMENT ON COLUMN marts.fct_metric.province_code IS 'Code of the province (省级) of the region.';
COMMENT ON COLUMN marts.fct_metric.province_name IS 'Province (省级名称), e.g. 安徽省; empty when the region is unknown.';
COMMENT ON COLUMN marts.fct_metric.prefecture_name IS 'Prefecture-level city (地级市), e.g. 连云港市; empty for province-level figures and counties directly under a province.';
COMMENT ON COLUMN marts.fct_metric.county_name IS 'County-level unit (区/县/县级市), e.g. 连云区; empty above county level.';
COMMENT ON COLUMN marts.fct_metric.organization_id IS 'Warehouse id of the organization the number is attributed to (see marts.dim_organization); empty when none.';
COMMENT ON COLUMN marts.fct_metric.organization_name IS 'Canonical name of the organization (机构), e.g. 吉林省总工会.';
COMMENT ON COLUMN marts.fct_metric.organization_type IS 'Organization type: union (工会), procuratorate (检察院), court (法院), government (政府), party (党委), legislature (人大), department (部门), hospital (医院), association (协会), enterprise (企业), school (学校), other.';
COMMENT ON COLUMN marts.fct_metric.surface IS 'The number as printed in the text, with its context words (原文), e.g. 专项资金654.5万元.';
COMMENT ON COLUMN marts.fct_metric.sentence_text IS 'The whole sentence the metric was found in (所在句子), for checking.';

-- ---------------------------------------------------------------------------
-- dim_organization
CREATE VIEW marts.dim_organization AS
WITH mention_stats AS (
    SELECT m.entity_id,
           count(*)                        AS mention_count,
           count(DISTINCT m.document_id)   AS document_count,
           min(d.published_on)             AS first_seen_on,
           max(d.published_on)             AS last_seen_on
    FROM core.entity_mention m
    JOIN core.document d ON d.document_id = m.document_id
    GROUP BY m.entity_id
), metric_stats AS (
    SELECT organization_id AS entity_id, count(*) AS metric_count
    FROM core.metric
    WHERE organization_id IS NOT NULL
    GROUP BY organization_id
), alias_list AS (
    SELECT entity_id, string_agg(alias, '、' ORDER BY alias) AS aliases, count(*) AS alias_count
    FROM core.entity_alias
    GROUP BY entity_id
)
SELECT
    e.entity_id                                AS organization_id,
    e.canonical_name                           AS organization_name,
    NULLIF(e.entity_type, '')                  AS organization_type,
    r.region_code                              AS region_code,
    r.region_name                              AS region_name,
    r.province_name                            AS province_name,
    r.prefecture_name                          AS prefecture_name,
    ms.first_seen_on                           AS first_seen_on,
    ms.last_seen_on                            AS last_seen_on,
    COALESCE(ms.mention_count, 0)::bigint      AS mention_count,
    COALESCE(ms.document_count, 0)::bigint     AS document_count,
    COALESCE(mt.metric_count, 0)::bigint       AS metric_count,
    COALESCE(al.alias_count, 0)::bigint        AS alias_count,
    al.aliases                                 AS aliases
FROM core.entity e
LEFT JOIN mention_stats ms ON ms.entity_id = e.entity_id
LEFT JOIN metric_stats mt  ON mt.entity_id = e.entity_id
LEFT JOIN alias_list al    ON al.entity_id = e.entity_id
LEFT JOIN marts.dim_region r ON r.region_code = e.region_code::text
WHERE e.kind = 'organization';

COMMENT ON VIEW marts.dim_organization IS 'Organizations (机构: 工会, 政府部门, 法院, 检察院, 企业 …) named in the news. Grain: one row per organization (canonical name), with where and when it is mentioned.';
COMMENT ON COLUMN marts.dim_organization.organization_id IS 'Warehouse id of the organization (key of this view; organization_id in marts.fct_metric).';
COMMENT ON COLUMN marts.dim_organization.organization_name IS 'Canonical full name (规范名称), e.g. 吉林省总工会 for 省总/吉林省总.';
COMMENT ON COLUMN marts.dim_organization.organization_type IS 'union (工会), procuratorate (检察院), court (法院), government (政府), party (党委), legislature (人大), department (部门), hospital (医院), association (协会), enterprise (企业), school (学校), other.';
COMMENT ON COLUMN marts.dim_organization.region_code IS 'Division code of the region the organization belongs to; empty when unknown.';
COMMENT ON COLUMN marts.dim_organization.region_name IS 'Name of that region, e.g. 义安区.';
COMMENT ON COLUMN marts.dim_organization.province_name IS 'Province (省) of the organization; empty when unknown.';
COMMENT ON COLUMN marts.dim_organization.prefecture_name IS 'Prefecture-level city (地级市) of the organization; empty when none or unknown.';
COMMENT ON COLUMN marts.dim_organization.first_seen_on IS 'Earliest publication date of a page that mentions it (首次出现).';
COMMENT ON COLUMN marts.dim_organization.last_seen_on IS 'Latest publication date of a page that mentions it (最近出现).';
COMMENT ON COLUMN marts.dim_organization.mention_count IS 'Number of times it is named, over all pages (提及次数).';
COMMENT ON COLUMN marts.dim_organization.document_count IS 'Number of pages that name it (涉及版面数).';
COMMENT ON COLUMN marts.dim_organization.metric_count IS 'Number of metrics attributed to it (marts.fct_metric rows).';
COMMENT ON COLUMN marts.dim_organization.alias_count IS 'Number of distinct other names it appears under.';
COMMENT ON COLUMN marts.dim_organization.aliases IS 'Other names it appears under (简称/别名), separated by 、, e.g. 吉林省总、省总; empty when none.';

-- ---------------------------------------------------------------------------
-- dim_date
CREATE VIEW marts.dim_date AS
WITH bounds AS (
    SELECT min(lo) AS lo, greatest(max(hi), current_date) AS hi
    FROM (
        SELECT min(published_on) AS lo, max(published_on) AS hi FROM core.document
        UNION ALL SELECT min(period_start), max(period_start) FROM core.metric
        UNION ALL SELECT min(period_end), max(period_end) FROM core.metric
    ) b
), days AS (
    SELECT generate_series(date_trunc('year', b.lo), date_trunc('year', b.hi) + interval '1 year - 1 day', interval '1 day')::date AS d
    FROM bounds b
    WHERE b.lo IS NOT NULL AND b.hi IS NOT NULL
)
SELECT
    d                                                     AS date_day,
    extract(year FROM d)::integer                         AS year,
    extract(quarter FROM d)::integer                      AS quarter,
    extract(month FROM d)::integer                        AS month_of_year,
    extract(day FROM d)::integer                          AS day_of_month,
    date_trunc('month', d)::date                          AS month_start,
    date_trunc('quarter', d)::date                        AS quarter_start,
    date_trunc('year', d)::date                           AS year_start,
    to_char(d, 'YYYY-MM')                                 AS year_month,
    extract(isoyear FROM d)::integer                      AS iso_year,
    extract(week FROM d)::integer                         AS iso_week,
    date_trunc('week', d)::date                           AS week_start,
    extract(isodow FROM d)::integer                       AS iso_weekday,
    (ARRAY['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday'])[extract(isodow FROM d)::integer] AS weekday_name,
    (ARRAY['星期一','星期二','星期三','星期四','星期五','星期六','星期日'])[extract(isodow FROM d)::integer] AS weekday_name_zh,
    extract(isodow FROM d) >= 6                           AS is_weekend
FROM days;

COMMENT ON VIEW marts.dim_date IS 'Calendar (日历). Grain: one row per day, covering whole years from the earliest to the latest publication or period date in the warehouse through today; no gaps. Empty while the warehouse has no dated data. Join on date_day.';
COMMENT ON COLUMN marts.dim_date.date_day IS 'The day (key of this view); join to published_on, period_start, period_month …';
COMMENT ON COLUMN marts.dim_date.year IS 'Calendar year (年), e.g. 2025.';
COMMENT ON COLUMN marts.dim_date.quarter IS 'Quarter of the year (季度), 1–4.';
COMMENT ON COLUMN marts.dim_date.month_of_year IS 'Month of the year (月), 1–12.';
COMMENT ON COLUMN marts.dim_date.day_of_month IS 'Day of the month (日), 1–31.';
COMMENT ON COLUMN marts.dim_date.month_start IS 'First day of the month, for monthly series (matches period_month in marts.fct_metric).';
COMMENT ON COLUMN marts.dim_date.quarter_start IS 'First day of the quarter.';
COMMENT ON COLUMN marts.dim_date.year_start IS 'First day of the year.';
COMMENT ON COLUMN marts.dim_date.year_month IS 'Month as text for labels, YYYY-MM, e.g. 2025-01.';
COMMENT ON COLUMN marts.dim_date.iso_year IS 'ISO 8601 week-numbering year (can differ from year in the first and last days of a year).';
COMMENT ON COLUMN marts.dim_date.iso_week IS 'ISO 8601 week number (周), 1–53.';
COMMENT ON COLUMN marts.dim_date.week_start IS 'Monday of the ISO week, for weekly series.';
COMMENT ON COLUMN marts.dim_date.iso_weekday IS 'Day of the week, 1 = Monday … 7 = Sunday.';
COMMENT ON COLUMN marts.dim_date.weekday_name IS 'Day of the week in English, Monday … Sunday.';
COMMENT ON COLUMN marts.dim_date.weekday_name_zh IS 'Day of the week in Chinese, 星期一 … 星期日.';
COMMENT ON COLUMN marts.dim_date.is_weekend IS 'True on Saturday and Sunday (周末).';

-- ---------------------------------------------------------------------------
-- metrics_by_province_month
CREATE VIEW marts.metrics_by_province_month AS
-- Two hash aggregates (per page, then per province and month) instead of
-- count(DISTINCT …), which would sort every metric row.
WITH per_document AS (
    SELECT r.province_code,
           date_trunc('month', COALESCE(m.period_start, d.published_on))::date AS month,
           m.document_id,
           count(*) AS metric_count,
           count(*) FILTER (WHERE m.kind = 'money') AS money_metric_count,
           sum(m.value) FILTER (WHERE m.kind = 'money' AND COALESCE(m.currency, 'CNY') = 'CNY' AND NOT m.is_change AND NOT m.is_target) AS money_total_yuan,
           count(*) FILTER (WHERE m.kind IN ('count', 'person_time')) AS count_metric_count,
           count(*) FILTER (WHERE m.is_target) AS target_metric_count
    FROM core.metric m
    JOIN core.document d    ON d.document_id = m.document_id
    LEFT JOIN core.region r ON r.region_code = m.region_code
    GROUP BY 1, 2, 3
), per_province AS (
    SELECT province_code, month,
           sum(metric_count) AS metric_count,
           count(*) AS document_count,
           sum(money_metric_count) AS money_metric_count,
           COALESCE(sum(money_total_yuan), 0) AS money_total_yuan,
           sum(count_metric_count) AS count_metric_count,
           sum(target_metric_count) AS target_metric_count
    FROM per_document
    GROUP BY 1, 2
)
SELECT
    p.province_code::text                                 AS province_code,
    COALESCE(pv.name, '(未知 unknown)')                   AS province_name,
    p.month                                               AS month,
    p.metric_count::bigint                                AS metric_count,
    p.document_count::bigint                              AS document_count,
    p.money_metric_count::bigint                          AS money_metric_count,
    p.money_total_yuan                                    AS money_total_yuan,
    p.count_metric_count::bigint                          AS count_metric_count,
    p.target_metric_count::bigint                         AS target_metric_count
FROM per_province p
LEFT JOIN core.region pv ON pv.region_code = p.province_code;

COMMENT ON VIEW marts.metrics_by_province_month IS 'Metrics per province and month (各省按月指标数). Grain: one row per province (including "(未知 unknown)" for metrics without a region) and period_month of marts.fct_metric.';
COMMENT ON COLUMN marts.metrics_by_province_month.province_code IS 'Province code (省级行政区划代码); empty for metrics without a region.';
COMMENT ON COLUMN marts.metrics_by_province_month.province_name IS 'Province name (省份), e.g. 安徽省; "(未知 unknown)" when the metric has no region.';
COMMENT ON COLUMN marts.metrics_by_province_month.month IS 'First day of the month: the metric''s period month, else its publication month (period_month in marts.fct_metric). Empty when neither is known.';
COMMENT ON COLUMN marts.metrics_by_province_month.metric_count IS 'Number of metrics (指标数).';
COMMENT ON COLUMN marts.metrics_by_province_month.document_count IS 'Number of distinct pages these metrics come from.';
COMMENT ON COLUMN marts.metrics_by_province_month.money_metric_count IS 'Number of money metrics (金额类指标).';
COMMENT ON COLUMN marts.metrics_by_province_month.money_total_yuan IS 'Sum of money metrics in yuan (元), counting only levels in CNY (changes and targets excluded). A rough indicator: the same money can be reported twice.';
COMMENT ON COLUMN marts.metrics_by_province_month.count_metric_count IS 'Number of count and person-time metrics (数量/人次类指标).';
COMMENT ON COLUMN marts.metrics_by_province_month.target_metric_count IS 'Number of metrics that are goals or plans (目标值).';

-- ---------------------------------------------------------------------------
-- metrics_by_topic
CREATE VIEW marts.metrics_by_topic AS
SELECT
    m.topic                                               AS topic,
    CASE m.topic
        WHEN 'legal_rights' THEN '劳动权益'
        WHEN 'assistance' THEN '帮扶救助'
        WHEN 'health' THEN '职工健康'
        WHEN 'culture_sports' THEN '文化体育'
        WHEN 'employment' THEN '就业'
        WHEN 'organization_building' THEN '组织建设'
        WHEN 'other' THEN '其他'
        ELSE m.topic END                                  AS topic_zh,
    count(*)::bigint                                      AS metric_count,
    round(count(*)::numeric / NULLIF(sum(count(*)) OVER (), 0), 4) AS metric_share,
    count(DISTINCT m.document_id)::bigint                 AS document_count,
    count(DISTINCT (m.document_id, m.article_no))::bigint AS article_count,
    count(*) FILTER (WHERE m.kind = 'money')::bigint      AS money_metric_count,
    COALESCE(sum(m.value) FILTER (WHERE m.kind = 'money' AND COALESCE(m.currency, 'CNY') = 'CNY' AND NOT m.is_change AND NOT m.is_target), 0) AS money_total_yuan,
    min(d.published_on)                                   AS first_published_on,
    max(d.published_on)                                   AS last_published_on
FROM core.metric m
JOIN core.document d ON d.document_id = m.document_id
GROUP BY m.topic;

COMMENT ON VIEW marts.metrics_by_topic IS 'Metrics per topic (按主题统计). Grain: one row per topic.';
COMMENT ON COLUMN marts.metrics_by_topic.topic IS 'Topic code: legal_rights, assistance, health, culture_sports, employment, organization_building, other.';
COMMENT ON COLUMN marts.metrics_by_topic.topic_zh IS 'Topic in Chinese (主题): 劳动权益, 帮扶救助, 职工健康, 文化体育, 就业, 组织建设, 其他.';
COMMENT ON COLUMN marts.metrics_by_topic.metric_count IS 'Number of metrics on this topic.';
COMMENT ON COLUMN marts.metrics_by_topic.metric_share IS 'Share of all metrics on this topic, 0–1 (占比).';
COMMENT ON COLUMN marts.metrics_by_topic.document_count IS 'Number of distinct pages with a metric on this topic.';
COMMENT ON COLUMN marts.metrics_by_topic.article_count IS 'Number of distinct articles with a metric on this topic.';
COMMENT ON COLUMN marts.metrics_by_topic.money_metric_count IS 'Number of money metrics (金额类) on this topic.';
COMMENT ON COLUMN marts.metrics_by_topic.money_total_yuan IS 'Sum of money levels in yuan (元, CNY; changes and targets excluded); a rough indicator.';
COMMENT ON COLUMN marts.metrics_by_topic.first_published_on IS 'Earliest publication date of a page with such a metric.';
COMMENT ON COLUMN marts.metrics_by_topic.last_published_on IS 'Latest publication date of a page with such a metric.';

-- ---------------------------------------------------------------------------
-- organization_activity_month
CREATE VIEW marts.organization_activity_month AS
WITH per_article AS (
    SELECT m.entity_id AS organization_id,
           date_trunc('month', d.published_on)::date AS month,
           m.document_id, m.article_no,
           count(*) AS mention_count
    FROM core.entity_mention m
    JOIN core.entity e   ON e.entity_id = m.entity_id AND e.kind = 'organization'
    JOIN core.document d ON d.document_id = m.document_id
    GROUP BY 1, 2, 3, 4
), per_document AS (
    SELECT organization_id, month, document_id, sum(mention_count) AS mention_count, count(*) AS article_count
    FROM per_article
    GROUP BY 1, 2, 3
), mentions AS (
    SELECT organization_id, month,
           sum(mention_count) AS mention_count,
           count(*) AS document_count,
           sum(article_count) AS article_count
    FROM per_document
    GROUP BY 1, 2
), metrics AS (
    SELECT m.organization_id,
           date_trunc('month', d.published_on)::date AS month,
           count(*) AS metric_count
    FROM core.metric m
    JOIN core.document d ON d.document_id = m.document_id
    WHERE m.organization_id IS NOT NULL
    GROUP BY 1, 2
), activity AS (
    SELECT COALESCE(a.organization_id, b.organization_id) AS organization_id,
           COALESCE(a.month, b.month) AS month,
           COALESCE(a.mention_count, 0) AS mention_count,
           COALESCE(a.document_count, 0) AS document_count,
           COALESCE(a.article_count, 0) AS article_count,
           COALESCE(b.metric_count, 0) AS metric_count
    FROM mentions a
    FULL JOIN metrics b ON b.organization_id = a.organization_id AND b.month IS NOT DISTINCT FROM a.month
)
SELECT
    x.organization_id                                     AS organization_id,
    e.canonical_name                                      AS organization_name,
    NULLIF(e.entity_type, '')                             AS organization_type,
    r.province_name                                       AS province_name,
    x.month                                               AS month,
    x.mention_count::bigint                               AS mention_count,
    x.document_count::bigint                              AS document_count,
    x.article_count::bigint                               AS article_count,
    x.metric_count::bigint                                AS metric_count
FROM activity x
JOIN core.entity e ON e.entity_id = x.organization_id
LEFT JOIN marts.dim_region r ON r.region_code = e.region_code::text;

COMMENT ON VIEW marts.organization_activity_month IS 'How active each organization is in the news per month (机构活跃度). Grain: one row per organization and publication month in which it is mentioned or has metrics.';
COMMENT ON COLUMN marts.organization_activity_month.organization_id IS 'Warehouse id of the organization (see marts.dim_organization).';
COMMENT ON COLUMN marts.organization_activity_month.organization_name IS 'Canonical name of the organization (机构), e.g. 珠海市总工会.';
COMMENT ON COLUMN marts.organization_activity_month.organization_type IS 'Organization type: union (工会), department (部门), government (政府), court (法院) …';
COMMENT ON COLUMN marts.organization_activity_month.province_name IS 'Province (省) of the organization; empty when unknown.';
COMMENT ON COLUMN marts.organization_activity_month.month IS 'Publication month of the pages (first day of the month); empty for pages without a publication date.';
COMMENT ON COLUMN marts.organization_activity_month.mention_count IS 'Times the organization is named in that month''s pages (提及次数).';
COMMENT ON COLUMN marts.organization_activity_month.document_count IS 'Pages that name it that month.';
COMMENT ON COLUMN marts.organization_activity_month.article_count IS 'Articles that name it that month.';
COMMENT ON COLUMN marts.organization_activity_month.metric_count IS 'Metrics attributed to it in that month''s pages.';

-- ---------------------------------------------------------------------------
-- people_roles
CREATE VIEW marts.people_roles AS
SELECT
    e.entity_id                                           AS person_id,
    e.canonical_name                                      AS person_name,
    COALESCE(m.role, '')                                  AS role,
    bool_or(m.sentence_no IS NULL)                        AS in_byline,
    count(*)::bigint                                      AS mention_count,
    count(DISTINCT m.document_id)::bigint                 AS document_count,
    count(DISTINCT (m.document_id, m.article_no))::bigint AS article_count,
    min(d.published_on)                                   AS first_seen_on,
    max(d.published_on)                                   AS last_seen_on
FROM core.entity_mention m
JOIN core.entity e   ON e.entity_id = m.entity_id AND e.kind = 'person'
JOIN core.document d ON d.document_id = m.document_id
GROUP BY e.entity_id, e.canonical_name, COALESCE(m.role, '');

COMMENT ON VIEW marts.people_roles IS 'People (人物) named in the news with their roles or titles (职务/身份), e.g. 钟称生 — 济宁市总工会党组书记、常务副主席, 陈华 — 本报记者. Grain: one row per person and role (empty role when none is given).';
COMMENT ON COLUMN marts.people_roles.person_id IS 'Warehouse id of the person (core.entity).';
COMMENT ON COLUMN marts.people_roles.person_name IS 'Name of the person (姓名).';
COMMENT ON COLUMN marts.people_roles.role IS 'Title or role as printed next to the name (职务/身份: 本报记者, 通讯员, 党组书记 …); empty when none.';
COMMENT ON COLUMN marts.people_roles.in_byline IS 'True when the person appears in an article byline (署名: reporters, correspondents) rather than only in the body.';
COMMENT ON COLUMN marts.people_roles.mention_count IS 'Times the person is named with this role.';
COMMENT ON COLUMN marts.people_roles.document_count IS 'Pages naming the person with this role.';
COMMENT ON COLUMN marts.people_roles.article_count IS 'Articles naming the person with this role.';
COMMENT ON COLUMN marts.people_roles.first_seen_on IS 'Earliest publication date of such a page.';
COMMENT ON COLUMN marts.people_roles.last_seen_on IS 'Latest publication date of such a page.';

-- ---------------------------------------------------------------------------
-- policy_documents
CREATE VIEW marts.policy_documents AS
WITH mention_stats AS (
    SELECT m.entity_id AS policy_id,
           count(*) AS mention_count,
           count(DISTINCT m.document_id) AS document_count,
           min(d.published_on) AS first_seen_on,
           max(d.published_on) AS last_seen_on
    FROM core.entity_mention m
    JOIN core.entity e   ON e.entity_id = m.entity_id AND e.kind = 'policy'
    JOIN core.document d ON d.document_id = m.document_id
    GROUP BY m.entity_id
), issuers AS (
    SELECT pi.policy_id,
           count(DISTINCT pi.organization_id) AS issuer_count,
           string_agg(DISTINCT o.canonical_name, '、') AS issuer_names,
           string_agg(DISTINCT NULLIF(o.entity_type, ''), '、') AS issuer_types
    FROM core.policy_issuer pi
    JOIN core.entity o ON o.entity_id = pi.organization_id
    GROUP BY pi.policy_id
)
SELECT
    e.entity_id                                           AS policy_id,
    e.canonical_name                                      AS policy_name,
    COALESCE(i.issuer_count, 0)::bigint                   AS issuer_count,
    i.issuer_names                                        AS issuer_names,
    i.issuer_types                                        AS issuer_types,
    COALESCE(ms.mention_count, 0)::bigint                 AS mention_count,
    COALESCE(ms.document_count, 0)::bigint                AS document_count,
    ms.first_seen_on                                      AS first_seen_on,
    ms.last_seen_on                                       AS last_seen_on
FROM core.entity e
LEFT JOIN mention_stats ms ON ms.policy_id = e.entity_id
LEFT JOIN issuers i        ON i.policy_id = e.entity_id
WHERE e.kind = 'policy';

COMMENT ON VIEW marts.policy_documents IS 'Policy documents (政策文件: 条例, 办法, 方案, 意见 …) named in the news, with the organizations that issued them when a page says so. Grain: one row per policy (canonical title).';
COMMENT ON COLUMN marts.policy_documents.policy_id IS 'Warehouse id of the policy (core.entity).';
COMMENT ON COLUMN marts.policy_documents.policy_name IS 'Title of the policy document (文件名称), without book-title marks, e.g. 安徽省集体合同条例.';
COMMENT ON COLUMN marts.policy_documents.issuer_count IS 'Number of organizations a page names as issuing it (发文机关数); 0 when unknown.';
COMMENT ON COLUMN marts.policy_documents.issuer_names IS 'Issuing organizations (发文机关), separated by 、; empty when unknown.';
COMMENT ON COLUMN marts.policy_documents.issuer_types IS 'Types of the issuing organizations (union, court, department …), separated by 、.';
COMMENT ON COLUMN marts.policy_documents.mention_count IS 'Times the policy is named.';
COMMENT ON COLUMN marts.policy_documents.document_count IS 'Pages naming the policy.';
COMMENT ON COLUMN marts.policy_documents.first_seen_on IS 'Earliest publication date of a page naming it (首次出现).';
COMMENT ON COLUMN marts.policy_documents.last_seen_on IS 'Latest publication date of a page naming it (最近出现).';

-- ---------------------------------------------------------------------------
-- article_index
CREATE VIEW marts.article_index AS
WITH bylines AS (
    SELECT m.document_id, m.article_no,
           string_agg(e.canonical_name, '、' ORDER BY m.mention_no) AS byline_people,
           string_agg(CASE WHEN COALESCE(m.role, '') = '' THEN e.canonical_name ELSE m.role || ' ' || e.canonical_name END,
                      '；' ORDER BY m.mention_no) AS byline
    FROM core.entity_mention m
    JOIN core.entity e ON e.entity_id = m.entity_id AND e.kind = 'person'
    WHERE m.sentence_no IS NULL
    GROUP BY m.document_id, m.article_no
), metric_counts AS (
    SELECT document_id, article_no, count(*) AS metric_count
    FROM core.metric
    GROUP BY document_id, article_no
), sentence_counts AS (
    SELECT document_id, article_no, count(*) AS sentence_count
    FROM core.sentence
    GROUP BY document_id, article_no
)
SELECT
    a.document_id                                         AS document_id,
    a.article_no::integer                                 AS article_no,
    d.source_key                                          AS source_key,
    s.name                                                AS source_name,
    d.published_on                                        AS published_on,
    d.page_label                                          AS page_label,
    a.column_name                                         AS column_name,
    a.kicker                                              AS kicker,
    a.title                                               AS title,
    a.subtitle                                            AS subtitle,
    a.dateline                                            AS dateline,
    b.byline                                              AS byline,
    b.byline_people                                       AS byline_people,
    (a.span_end - a.span_start)                           AS char_count,
    COALESCE(sc.sentence_count, 0)::bigint                AS sentence_count,
    COALESCE(mc.metric_count, 0)::bigint                  AS metric_count
FROM core.article a
JOIN core.document d ON d.document_id = a.document_id
JOIN core.source s   ON s.source_id = d.source_id
LEFT JOIN bylines b          ON b.document_id = a.document_id AND b.article_no = a.article_no
LEFT JOIN metric_counts mc   ON mc.document_id = a.document_id AND mc.article_no = a.article_no
LEFT JOIN sentence_counts sc ON sc.document_id = a.document_id AND sc.article_no = a.article_no;

COMMENT ON VIEW marts.article_index IS 'Index of articles (文章目录). Grain: one row per article (document_id, article_no), with its headline, byline and number of metrics.';
COMMENT ON COLUMN marts.article_index.document_id IS 'Warehouse id of the page; with article_no the key of this view.';
COMMENT ON COLUMN marts.article_index.article_no IS 'Position of the article on its page (0, 1, …).';
COMMENT ON COLUMN marts.article_index.source_key IS 'Identity of the source file (path relative to the loaded folder, or its sidecar id).';
COMMENT ON COLUMN marts.article_index.source_name IS 'Newspaper or outlet (来源); "unknown" when no metadata says.';
COMMENT ON COLUMN marts.article_index.published_on IS 'Publication date of the page (出版日期); empty when unknown.';
COMMENT ON COLUMN marts.article_index.page_label IS 'Page label (版面) from the metadata, e.g. 第03版; empty when unknown.';
COMMENT ON COLUMN marts.article_index.column_name IS 'Column (栏目) the article runs under, e.g. 新闻特写; empty when none.';
COMMENT ON COLUMN marts.article_index.kicker IS 'Kicker (引题) printed above the headline; empty when none.';
COMMENT ON COLUMN marts.article_index.title IS 'Headline (标题).';
COMMENT ON COLUMN marts.article_index.subtitle IS 'Subtitle (副题) printed below the headline; empty when none.';
COMMENT ON COLUMN marts.article_index.dateline IS 'Dateline (电头), e.g. 本报讯; empty when none.';
COMMENT ON COLUMN marts.article_index.byline IS 'Byline (署名) with roles, e.g. 本报记者 陈华；本报通讯员 朱华南; empty when none was found.';
COMMENT ON COLUMN marts.article_index.byline_people IS 'Names in the byline only, separated by 、.';
COMMENT ON COLUMN marts.article_index.char_count IS 'Length of the article in characters (字数).';
COMMENT ON COLUMN marts.article_index.sentence_count IS 'Number of body sentences.';
COMMENT ON COLUMN marts.article_index.metric_count IS 'Number of metrics found in the article (marts.fct_metric rows).';

-- ---------------------------------------------------------------------------
-- load_health
CREATE VIEW marts.load_health AS
WITH table_counts AS (
    SELECT run_id,
           sum(rows_loaded) AS rows_loaded,
           sum(rows_loaded) FILTER (WHERE table_name = 'core.document') AS documents_loaded,
           sum(rows_loaded) FILTER (WHERE table_name = 'core.metric') AS metrics_loaded
    FROM etl.run_table_count
    GROUP BY run_id
), rejects AS (
    SELECT run_id, count(*) AS reject_count,
           string_agg(DISTINCT stage, '、') AS reject_stages
    FROM etl.rejected_file
    GROUP BY run_id
)
SELECT
    r.run_id                                              AS run_id,
    r.command                                             AS command,
    r.status                                              AS status,
    r.started_at                                          AS started_at,
    r.finished_at                                         AS finished_at,
    (r.started_at AT TIME ZONE 'UTC')::date               AS started_on,
    round(extract(epoch FROM (COALESCE(r.finished_at, clock_timestamp()) - r.started_at))::numeric, 3) AS duration_seconds,
    r.host                                                AS host,
    r.extractor_version                                   AS extractor_version,
    r.files_seen                                          AS files_seen,
    r.files_new                                           AS files_new,
    r.files_changed                                       AS files_changed,
    r.files_unchanged                                     AS files_unchanged,
    r.files_duplicate                                     AS files_duplicate,
    r.files_rejected                                      AS files_rejected,
    COALESCE(tc.rows_loaded, 0)::bigint                   AS rows_loaded,
    COALESCE(tc.documents_loaded, 0)::bigint              AS documents_loaded,
    COALESCE(tc.metrics_loaded, 0)::bigint                AS metrics_loaded,
    COALESCE(rj.reject_count, 0)::bigint                  AS rejected_file_count,
    rj.reject_stages                                      AS reject_stages,
    r.message                                             AS message
FROM etl.run r
LEFT JOIN table_counts tc ON tc.run_id = r.run_id
LEFT JOIN rejects rj      ON rj.run_id = r.run_id;

COMMENT ON VIEW marts.load_health IS 'Health of the loads (加载运行记录): is the warehouse being fed? Grain: one row per `labor-etl load` or `reprocess` run.';
COMMENT ON COLUMN marts.load_health.run_id IS 'Run id (key of this view; etl.run).';
COMMENT ON COLUMN marts.load_health.command IS 'load or reprocess.';
COMMENT ON COLUMN marts.load_health.status IS 'running, succeeded (all files loaded or skipped), partial (some files rejected), failed (stopped by an error), aborted (killed; found by a later run).';
COMMENT ON COLUMN marts.load_health.started_at IS 'When the run started.';
COMMENT ON COLUMN marts.load_health.finished_at IS 'When the run finished; empty while running.';
COMMENT ON COLUMN marts.load_health.started_on IS 'Day the run started (UTC), for time filters.';
COMMENT ON COLUMN marts.load_health.duration_seconds IS 'Run time in seconds (so far, for a running run).';
COMMENT ON COLUMN marts.load_health.host IS 'Machine the run ran on.';
COMMENT ON COLUMN marts.load_health.extractor_version IS 'Version of the extractor that produced the facts.';
COMMENT ON COLUMN marts.load_health.files_seen IS 'Files found under the given paths.';
COMMENT ON COLUMN marts.load_health.files_new IS 'Files loaded for the first time.';
COMMENT ON COLUMN marts.load_health.files_changed IS 'Files whose content changed; their facts were replaced.';
COMMENT ON COLUMN marts.load_health.files_unchanged IS 'Files skipped because their content did not change.';
COMMENT ON COLUMN marts.load_health.files_duplicate IS 'Files identical to a document already loaded under another key (recorded, not loaded twice).';
COMMENT ON COLUMN marts.load_health.files_rejected IS 'Files the run could not load (counted by the run).';
COMMENT ON COLUMN marts.load_health.rows_loaded IS 'Rows written into all core tables by the run.';
COMMENT ON COLUMN marts.load_health.documents_loaded IS 'Documents (pages) written by the run.';
COMMENT ON COLUMN marts.load_health.metrics_loaded IS 'Metrics written by the run.';
COMMENT ON COLUMN marts.load_health.rejected_file_count IS 'Rejected files recorded for the run (etl.rejected_file).';
COMMENT ON COLUMN marts.load_health.reject_stages IS 'Stages at which files were rejected (read, decode, extract, load), separated by 、.';
COMMENT ON COLUMN marts.load_health.message IS 'Error or note from the run, e.g. why it failed.';

-- ---------------------------------------------------------------------------
-- data_quality
CREATE VIEW marts.data_quality AS
WITH docs AS (
    SELECT d.source_id, date_trunc('month', d.published_on)::date AS month, count(*) AS document_count
    FROM core.document d
    GROUP BY 1, 2
), mets AS (
    SELECT d.source_id, date_trunc('month', d.published_on)::date AS month,
           count(*) AS metric_count,
           count(*) FILTER (WHERE m.subject IS NULL OR m.subject = '') AS without_subject,
           count(*) FILTER (WHERE m.period_start IS NULL) AS without_period,
           count(*) FILTER (WHERE m.region_code IS NULL) AS without_region,
           count(*) FILTER (WHERE m.organization_id IS NULL) AS without_organization
    FROM core.metric m
    JOIN core.document d ON d.document_id = m.document_id
    GROUP BY 1, 2
)
SELECT
    s.name                                                AS source_name,
    dc.month                                              AS month,
    dc.document_count::bigint                             AS document_count,
    COALESCE(mt.metric_count, 0)::bigint                  AS metric_count,
    COALESCE(mt.without_subject, 0)::bigint               AS metrics_without_subject,
    COALESCE(mt.without_period, 0)::bigint                AS metrics_without_period,
    COALESCE(mt.without_region, 0)::bigint                AS metrics_without_region,
    round(mt.without_subject::numeric / NULLIF(mt.metric_count, 0), 4)      AS share_without_subject,
    round(mt.without_period::numeric / NULLIF(mt.metric_count, 0), 4)       AS share_without_period,
    round(mt.without_region::numeric / NULLIF(mt.metric_count, 0), 4)       AS share_without_region,
    round(mt.without_organization::numeric / NULLIF(mt.metric_count, 0), 4) AS share_without_organization
FROM docs dc
JOIN core.source s ON s.source_id = dc.source_id
LEFT JOIN mets mt  ON mt.source_id = dc.source_id AND mt.month IS NOT DISTINCT FROM dc.month;

COMMENT ON VIEW marts.data_quality IS 'Data quality of the extracted metrics (数据质量): how many lack a subject, a period or a region. Grain: one row per source and publication month (empty month for pages without a date).';
COMMENT ON COLUMN marts.data_quality.source_name IS 'Newspaper or outlet (来源); "unknown" when no metadata says.';
COMMENT ON COLUMN marts.data_quality.month IS 'Publication month of the pages (first day of the month); empty for pages without a publication date.';
COMMENT ON COLUMN marts.data_quality.document_count IS 'Pages loaded for this source and month.';
COMMENT ON COLUMN marts.data_quality.metric_count IS 'Metrics found in those pages.';
COMMENT ON COLUMN marts.data_quality.metrics_without_subject IS 'Metrics whose subject (统计对象) could not be determined.';
COMMENT ON COLUMN marts.data_quality.metrics_without_period IS 'Metrics without a period (统计期).';
COMMENT ON COLUMN marts.data_quality.metrics_without_region IS 'Metrics without a region (地区).';
COMMENT ON COLUMN marts.data_quality.share_without_subject IS 'Share of metrics without a subject, 0–1; empty when there are no metrics.';
COMMENT ON COLUMN marts.data_quality.share_without_period IS 'Share of metrics without a period, 0–1; empty when there are no metrics.';
COMMENT ON COLUMN marts.data_quality.share_without_region IS 'Share of metrics without a region, 0–1; empty when there are no metrics.';
COMMENT ON COLUMN marts.data_quality.share_without_organization IS 'Share of metrics not attributed to an organization, 0–1; empty when there are no metrics.';
