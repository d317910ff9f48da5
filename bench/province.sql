-- A province-sized data set for the benchmarks, built with set-based SQL (generate_series, fixed random seed).
-- Variables (psql -v): villages, towns, volume (percent of the full record volume of commitments, receptions and
-- problems: 100 gives 100, 80 and 160 a village, as bench/reports.sh's district of 500 villages has).
-- The schema must be the application's, freshly migrated and empty (bench/province.sh does that).
set synchronous_commit = off;
-- The report triggers (V80, V81) are off while the province is written: a single insert of 560,000 posts would have
-- them take an advisory lock per town and month it touches and run out of max_locks_per_transaction. The kept tables
-- are rebuilt from the records once at the end (report_rollups_rebuild, V82). Foreign keys are not checked meanwhile:
-- every row below refers to rows inserted before it.
set session_replication_role = replica;
set work_mem = '256MB';
select setseed(0.2023);

insert into district (name, code) values ('基准省', '990000');
insert into town (name, kind, code, district_id)
  select '基准' || g || (case when g % 4 = 0 then '街道' else '镇' end), case when g % 4 = 0 then 'SUBDISTRICT' else 'TOWN' end,
         (990000000 + g)::text || '000', (select id from district where code = '990000')
  from generate_series(1, :towns) g;
create temp table tn as select row_number() over (order by code)::int as n, id, code from town;
create unique index on tn (n);
-- village g belongs to town 1 + (g - 1) % towns, so neighbours by number are spread over the province
insert into village (name, kind, code, town_id, population, households, farmland_mu, collective_income, rectification, demonstration)
  select (array['前','后','东','西','南','北','大','小'])[1 + g % 8] || (array['王','李','张','刘','陈','杨','赵','黄'])[1 + (g / 8) % 8]
           || (array['庄','屯','村','埠','湖','岭'])[1 + (g / 64) % 6] || g || (case when g % 5 = 0 then '社区' else '村' end),
         case when g % 5 = 0 then 'COMMUNITY' else 'VILLAGE' end,
         substr(tn.code, 1, 9) || lpad((1 + (g - 1) / :towns)::text, 3, '0'), tn.id,
         800 + (g * 37) % 4000, 250 + (g * 11) % 1200, 500 + (g * 13) % 3000, 50000 + (g * 7919) % 950000,
         g % 12 = 0, g % 25 = 3 or g % 25 = 16
  from generate_series(1, :villages) g join tn on tn.n = 1 + (g - 1) % :towns;
create temp table vi as select row_number() over (order by id)::int as n, id, name, rectification from village;
create unique index on vi (n);
analyze village;

insert into demonstration_zone (name, plan_title, plan_approved_on)
  select '基准示范区' || z, '基准示范区' || z || '建设规划', date '2022-03-15' + (z * 173) % 1000
  from generate_series(1, greatest(6, :villages / 500 * 6)) z;
insert into demonstration_zone_village (zone_id, village_id)
  select z.id, v.id
  from (select id, row_number() over (order by id) as rn, count(*) over () as cnt from demonstration_zone) z
  join (select id, row_number() over (order by code) as rn from village where demonstration) v on (v.rn - 1) % z.cnt + 1 = z.rn;

-- cadres: eight people a village (slot 0 the current Party secretary, 1 the previous one, 2–3 deputies, 4–7 others)
create temp table pp as
  select g, (g - 1) / 8 + 1 as vn, (g - 1) % 8 as slot, random() as r, random() as r2, random() as r3
  from generate_series(1, :villages * 8) g;
insert into person (name, gender, birth_date, phone, education, party_member_since, returned_from_outside)
  select (array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙'])[1 + g % 12]
           || (array['建','志','海','春','秀','明','国','晓','玉','立'])[1 + (g / 12) % 10]
           || (array['军','华','英','平','伟','芳','强','丽','东','梅'])[1 + (g / 120) % 10],
         case when (g * 7) % 10 < 3 then 'FEMALE' else 'MALE' end,
         birth, '139' || lpad(g::text, 8, '0'),
         (array['JUNIOR_HIGH','SENIOR_HIGH','VOCATIONAL','JUNIOR_COLLEGE','BACHELOR','POSTGRADUATE'])[1 + (g * 13) % 6],
         least(birth + 8000 + (g * 31) % 3000, date '2024-06-30'), (g * 17) % 100 < 15
  from (select g, slot, case when slot in (0, 2, 3) and r < 0.35 then date '1990-01-01' + (r * 10400)::int % 3650
                             else date '1962-01-01' + (r * 1000000)::int % 10000 end as birth
        from pp) p
  order by g;
create temp table pm as
  select pp.*, p.id as person_id, vi.id as village_id
  from pp join person p on p.phone = '139' || lpad(pp.g::text, 8, '0') join vi on vi.n = pp.vn;
create temp table sec as
  select vn, date '2019-01-01' + floor(random() * 2000)::int as current_from from generate_series(1, :villages) vn;
insert into post_held (person_id, village_id, post_type_id, secretary, from_date, to_date, end_reason, end_note)
  select pm.person_id, pm.village_id, t.id, t.secretary, d.from_date, d.to_date, d.reason,
         case d.reason when 'OTHER' then '因病离任' when 'NOT_COMPETENT' then '年度考核不胜任，按程序调整' end
  from pm join sec on sec.vn = pm.vn
  cross join lateral (
    select case pm.slot when 0 then 'PARTY_SECRETARY' when 1 then 'PARTY_SECRETARY' when 2 then 'DEPUTY_SECRETARY'
                        when 3 then 'DEPUTY_SECRETARY' when 4 then 'COMMITTEE_DIRECTOR' when 5 then 'COMMITTEE_MEMBER'
                        when 6 then 'SUPERVISION_DIRECTOR' else 'RESERVE_CADRE' end as code,
           date '2017-01-01' + floor(pm.r2 * 2600)::int as from_plain) k
  join post_type t on t.code = k.code
  cross join lateral (
    select case when pm.slot = 0 then sec.current_from
                when pm.slot = 1 then sec.current_from - 1100 - floor(pm.r * 800)::int
                else k.from_plain end as from_date,
           case when pm.slot = 0 then null
                when pm.slot = 1 then sec.current_from
                when pm.r3 < 0.3 then k.from_plain + 180 + floor(pm.r * (date '2024-12-31' - k.from_plain - 180))::int end as to_date,
           case when pm.slot = 0 or (pm.slot > 1 and pm.r3 >= 0.3) then null
                else (array['NOT_COMPETENT','NOT_COMPETENT','TERM_ENDED','TERM_ENDED','RESIGNED','PROMOTED','OTHER'])[1 + pm.g % 7]
           end as reason) d;

insert into cohort (name, description, mentor_id, started_on)
  select '基准青年书记培养第' || c || '期', '90后村党组织书记、副书记和后备力量的培养',
         (select person_id from pm where slot = 1 and vn = c * 40), date '2022-01-10' + (c - 1) * 91
  from generate_series(1, 12) c;
insert into cohort_member (cohort_id, person_id, joined_on)
  select c.id, pm.person_id, c.started_on + pm.g % 60
  from pm join person p on p.id = pm.person_id
  join (select id, started_on, row_number() over (order by id) as rn from cohort) c on c.rn = 1 + pm.g % 12
  where (pm.slot in (0, 2, 3) and p.birth_date >= date '1990-01-01') or pm.slot = 7;
insert into cohort_activity (cohort_id, kind, title, held_on)
  select c.id, (array['TRAINING','EXCHANGE','POSTING'])[k], (array['集中培训','跨村交流','挂职锻炼'])[k] || '（第' || k || '次）',
         c.started_on + 30 * k
  from cohort c cross join generate_series(1, 3) k;

-- four industry projects a village, with their status log and 0–3 partner villages
create temp table pj as
  select g, 1 + floor(random() * :villages)::int as vn, random() as r, random() as r2, random() as r3,
         1 + floor(random() * 7)::int as cat from generate_series(1, :villages * 4) g;
create temp table pjd as
  select pj.*, s.status, s.started_on, o.op_on,
         case when s.status = 'FINISHED' then least(o.op_on + 90 + floor(r3 * 400)::int, date '2024-12-31') end as finished_on,
         case when s.status = 'SUSPENDED' then least(coalesce(o.op_on, s.started_on) + 30 + floor(r3 * 200)::int, date '2024-12-31') end as suspended_on
  from pj
  cross join lateral (select case when r < 0.08 then 'PLANNED' when r < 0.25 then 'BUILDING' when r < 0.75 then 'OPERATING'
                                  when r < 0.85 then 'SUSPENDED' else 'FINISHED' end as status,
                             case when r < 0.08 then date '2024-09-01' + floor(r2 * 240)::int
                                  else date '2022-01-01' + floor(r2 * 1000)::int end as started_on) s
  cross join lateral (select case when s.status in ('OPERATING', 'FINISHED') or (s.status = 'SUSPENDED' and r3 < 0.5)
                                  then least(s.started_on + 60 + floor(r3 * 300)::int, date '2024-12-31') end as op_on) o;
insert into project (name, category_id, lead_village_id, cooperation_model, investment_wan, land_mu, income_per_village, operating,
                     status, started_on, finished_on, key_supervised, zone_id)
  select vi.name || (array['种植','养殖','加工','民宿','电商','文创','综合'])[cat] || '项目' || lpad(g::text, 7, '0'),
         c.id, vi.id, (array['CLUSTER','PAIRED','ENTREPRENEURSHIP'])[1 + g % 3],
         round((50 + r2 * 2950)::numeric, 2), round((r3 * 500)::numeric, 2), round((1 + r3 * 49)::numeric, 2),
         (g * 7) % 100 < 65, status, started_on, finished_on, (g * 11) % 100 < 10,
         (select zone_id from demonstration_zone_village z where z.village_id = vi.id)
  from pjd join vi on vi.n = pjd.vn
  join (select id, row_number() over (order by sort_order) as rn from project_category) c on c.rn = pjd.cat
  order by g;
create temp table pjm as
  select pjd.*, p.id as project_id, p.land_mu
  from pjd join project p on right(p.name, 7) = lpad(pjd.g::text, 7, '0');
insert into project_status_change (project_id, from_status, to_status, changed_on, reason, author, created_at)
  select project_id, f, t, d, reason, 'bench', d + make_interval(secs => k)
  from (
    select project_id, 1 as k, null as f, 'PLANNED' as t, started_on - 60 as d, null as reason from pjm
    union all select project_id, 2, 'PLANNED', 'BUILDING', started_on, null from pjm where status <> 'PLANNED'
    union all select project_id, 3, 'BUILDING', 'OPERATING', op_on, null from pjm where op_on is not null
    union all select project_id, 4, 'OPERATING', 'FINISHED', finished_on, null from pjm where status = 'FINISHED'
    union all select project_id, 4, case when op_on is null then 'BUILDING' else 'OPERATING' end, 'SUSPENDED', suspended_on,
                     '资金未到位，暂停' from pjm where status = 'SUSPENDED'
  ) c;
insert into project_partner (project_id, village_id, role, land_mu)
  select project_id, vi.id, (array['LAND','LABOUR','INVESTMENT','MARKETING','TECHNOLOGY','OTHER'])[1 + (g + j) % 6],
         floor(land_mu * 20) / 100
  from pjm cross join generate_series(1, 3) j join vi on vi.n = (pjm.vn - 1 + j * 37) % :villages + 1
  where j <= pjm.g % 4;

-- twelve representatives a village, three linked households each
insert into representative (village_id, name, gender, phone, certificate_no, certified_on, plaque_hung, term_from, term_to)
  select vi.id, (array['王','李','张','刘','陈','杨','赵','黄','周','吴'])[1 + g % 10]
                || (array['德','福','桂','金','玉','长','春','秋'])[1 + (g / 10) % 8] || (array['生','兰','山','花','林','荣'])[1 + (g / 80) % 6],
         case when g % 2 = 0 then '女' else '男' end, '135' || lpad(g::text, 8, '0'), 'BJ2021-' || lpad(g::text, 7, '0'),
         date '2021-03-01' + g % 28, g % 9 <> 0, date '2021-03-01', date '2026-02-28'
  from generate_series(1, :villages * 12) g join vi on vi.n = (g - 1) / 12 + 1;
create temp table rm as
  select substr(certificate_no, 8)::int as g, id, village_id, name from representative;
create unique index on rm (g);
insert into representative_household (representative_id, household, address)
  select rm.id, rm.name || '联系户' || h, '第' || (1 + (rm.g + h) % 6) || '组' from rm cross join generate_series(1, 3) h;

-- commitments: volume % of 100 a village, pledged 2022–2024, 85 % by a representative of the village
insert into commitment (village_id, representative_id, pledged_by, content, category, pledged_on, promised_by, status, public_notice,
                        fulfilled_on, fulfilment_note, withdrawn_reason)
  select rm.village_id, case when c.by_rep then rm.id end, case when c.by_rep then rm.name else '村民委员会' end,
         replace((array['修缮村内道路%s米','清理沟渠%s处','帮扶困难户%s户','组织技能培训%s人次','调解邻里纠纷%s起',
                        '开展移风易俗宣传%s场','办理其他承诺事项%s项'])[c.t], '%s', (2 + c.g % 40)::text),
         (array['INFRASTRUCTURE','ENVIRONMENT','PUBLIC_SERVICE','INDUSTRY','GOVERNANCE','CIVILITY','OTHER'])[c.t],
         c.pledged, c.pledged + 30 + floor(c.r3 * 120)::int, s.status, c.r4 < 0.95,
         case when s.status = 'FULFILLED' then c.fulfil end, case when s.status = 'FULFILLED' then '已按承诺完成，群众满意' end,
         case when s.status = 'WITHDRAWN' then '情况变化，经村民代表会议同意撤回' end
  from (select g, 1 + floor(random() * :villages * 12)::int as rn, random() < 0.85 as by_rep, 1 + floor(random() * 7)::int as t,
               date '2022-01-01' + floor(random() * 1096)::int as pledged, random() as r, random() as r3, random() as r4,
               random() as r5 from generate_series(1, :villages * :volume) g) c0
  cross join lateral (select c0.*, c0.pledged + 10 + floor(c0.r5 * 140)::int as fulfil) c
  join rm on rm.g = c.rn
  cross join lateral (select case when c.r < 0.06 then 'WITHDRAWN' when c.r < 0.82 and c.fulfil <= date '2024-12-31' then 'FULFILLED'
                                  when c.r < 0.92 then 'IN_PROGRESS' else 'PLEDGED' end as status) s;

-- receptions: volume % of 80 a village, 1–5 people each
insert into reception (village_id, received_on, resident_name, resident_phone, topic, people_count, handled_by, outcome)
  select vi.id, date '2022-01-01' + floor(random() * 1096)::int,
         (array['王','李','张','刘','陈','杨','赵','黄','周','吴'])[1 + g % 10] || (array['大','小','老','二'])[1 + (g / 10) % 4]
           || (array['民','群','富','贵','顺'])[1 + (g / 40) % 5],
         case when g % 5 < 3 then '138' || lpad((g % 100000000)::text, 8, '0') end,
         (array['道路破损','饮水不畅','垃圾清运','邻里纠纷','土地承包','低保申请','路灯不亮','排水不畅'])[1 + g % 8],
         1 + floor(random() * 5)::int, '村党组织书记', '当场答复，登记办理'
  from (select g, 1 + floor(random() * :villages)::int as vn from generate_series(1, :villages * 80 * :volume / 100) g) x
  join vi on vi.n = x.vn;

-- problems: every other reception raised one, plus volume % of 120 a village found on visits, otherwise or petitions
insert into problem (village_id, source, category_id, petition, title, reported_on, status, assigned_to, resolution_note,
                     resolved_on, escalation_reason, reception_id)
  select pr.village_id, pr.source, c.id, pr.source = 'PETITION', pr.title, pr.reported_on, s.status,
         case when s.status <> 'OPEN' then '村两委' end, case when s.status = 'RESOLVED' then '已协调解决，群众满意' end,
         case when s.status = 'RESOLVED' then pr.reported_on + 1 + floor(random() * 40)::int end,
         case when s.status = 'ESCALATED' or (s.status = 'RESOLVED' and pr.source = 'PETITION' and s.r < 0.25)
              then '涉及跨村事项，报镇街协调' end,
         pr.reception_id
  from (
    select r.village_id, 'RECEPTION' as source, r.id as reception_id, r.received_on as reported_on, r.topic as title,
           (r.id % 8)::int as topic, random() as r
    from reception r where r.id % 2 = 0
    union all
    select vi.id, case when g % 20 = 0 then 'PETITION' when g % 20 < 8 then 'OTHER' else 'VISIT' end, null,
           date '2022-01-01' + floor(random() * 1096)::int,
           case when g % 20 = 0 then '信访矛盾：' else '' end
             || (array['道路破损','饮水不畅','垃圾清运','邻里纠纷','土地承包','低保申请','路灯不亮','排水不畅'])[1 + g % 8],
           (g % 8)::int, random()
    from (select g, 1 + floor(random() * :villages)::int as vn from generate_series(1, :villages * 120 * :volume / 100) g) x
    join vi on vi.n = x.vn) pr
  cross join lateral (select pr.r, case when pr.r < 0.86 then 'RESOLVED' when pr.r < 0.91 then 'ASSIGNED' when pr.r < 0.96 then 'OPEN'
                                        else 'ESCALATED' end as status) s
  join problem_category c on c.code = (array['ROADS','WATER','SANITATION','NEIGHBOUR','LAND','SOCIAL_SECURITY','ROADS','WATER'])[1 + pr.topic];

-- talent: three returned talents a village, advisers without a village
insert into talent_person (kind, name, gender, birth_year, phone, village_id, field, since_date, note)
  select 'RETURNED', (array['王','李','张','刘','陈','杨'])[1 + g % 6] || (array['晨','阳','宇','航','琳','悦','浩'])[1 + (g / 6) % 7]
                     || (array['飞','然','博','涵'])[1 + (g / 42) % 4],
         case when g % 3 = 0 then 'FEMALE' else 'MALE' end, 1975 + g % 25, '137' || lpad(g::text, 8, '0'), vi.id,
         (array['电子商务','特色种植','生态养殖','乡村旅游','农产品加工'])[1 + g % 5], date '2022-01-01' + floor(random() * 1096)::int,
         '返乡创业'
  from generate_series(1, :villages * 3) g join vi on vi.n = (g - 1) / 3 + 1;
insert into talent_person (kind, name, gender, birth_year, organisation, field, since_date, term_end)
  select 'ADVISER', '顾问' || (array['孟','孔','颜','曾','荀'])[1 + g % 5] || g, case when g % 4 = 0 then 'FEMALE' else 'MALE' end,
         1960 + g % 25, (array['基准农业大学','基准市农科院','基准职业技术学院'])[1 + g % 3],
         (array['果蔬栽培','畜牧兽医','农村金融','乡村规划'])[1 + g % 4], s, s + 1095
  from (select g, date '2022-01-01' + floor(random() * 1096)::int as s from generate_series(1, greatest(60, :villages / 100)) g) d;

-- partner projects (0.8 a village) with two applications each
create temp table pt as
  select g, 1 + floor(random() * :villages)::int as vn, date '2022-01-01' + floor(random() * 1096)::int as open_from,
         60 + floor(random() * 120)::int as days, case when g % 20 < 3 then 'OPEN' when g % 20 < 15 then 'CLOSED' else 'MATCHED' end as status
  from generate_series(1, :villages * 4 / 5) g;
insert into partner_project (title, village_id, field, investment_wan, open_from, open_to, status)
  select vi.name || '合伙人项目' || lpad(g::text, 7, '0'), vi.id, (array['民宿运营','电商直播','农产品加工','特色种植'])[1 + g % 4],
         round((20 + (g * 37) % 480)::numeric, 2), open_from, open_from + days, status
  from pt join vi on vi.n = pt.vn order by g;
insert into partner_application (project_id, applicant, organisation, phone, submitted_on, proposal, status, rejection_reason)
  select p.id, '申请人' || pt.g || '-' || a, case when a = 1 then '基准农业合作社' end, '136' || lpad((pt.g * 10 + a)::text, 8, '0'),
         p.open_from + (pt.g * 7 + a * 13) % (pt.days + 1), '合作经营方案', s.status,
         case when s.status = 'REJECTED' then '方案与项目需求不符' end
  from pt join partner_project p on right(p.title, 7) = lpad(pt.g::text, 7, '0')
  cross join generate_series(1, 2) a
  cross join lateral (select case when pt.status = 'MATCHED' and a = 1 then 'ACCEPTED'
                                  when a = 2 and pt.status <> 'OPEN' then 'REJECTED'
                                  when pt.g % 2 = 0 then 'SHORTLISTED' else 'SUBMITTED' end as status) s;

-- three campaigns a year 2022–2024, each with 3–4 directions and 50 tasks on four of its villages
insert into campaign (name, year, description)
  select n, y, n || '（' || y || '年）'
  from generate_series(2022, 2024) y cross join unnest(array['后进村党组织整顿攻坚','乡村产业振兴攻坚','基层治理提升攻坚']) n;
create temp table cn as select id, name, year, row_number() over (order by year, name)::int as cnum from campaign;
insert into campaign_village (campaign_id, village_id)
  select cn.id, vi.id from cn join vi on (cn.name = '后进村党组织整顿攻坚' and vi.rectification)
                                      or (cn.name <> '后进村党组织整顿攻坚' and (vi.n + cn.cnum * 7) % 8 = 0);
create temp table cvn as
  select campaign_id, village_id, row_number() over (partition by campaign_id order by village_id)::int as rn,
         count(*) over (partition by campaign_id)::int as cnt
  from campaign_village;
insert into campaign_direction (campaign_id, name, sort_order)
  select cn.id, cn.name || '·方向' || d, d from cn cross join generate_series(1, 3 + cn.cnum % 2) d;
insert into campaign_task (campaign_id, direction_id, title, owner, due_date, status, completed_on, completion_note)
  select cn.id, (select id from campaign_direction d where d.campaign_id = cn.id order by sort_order
                 offset t % (3 + cn.cnum % 2) limit 1),
         cn.name || '任务' || lpad(t::text, 2, '0'), '区委组织部', make_date(cn.year, 1 + t % 12, 28), s.status,
         case when s.status = 'DONE' then make_date(cn.year, 1 + t % 12, 1 + (t * 7) % 27) end,
         case when s.status = 'DONE' then '已完成' end
  from cn cross join generate_series(1, 50) t
  cross join lateral (select case when (t * 13 + cn.cnum) % 20 < 12 then 'DONE' when (t * 13 + cn.cnum) % 20 < 16 then 'IN_PROGRESS'
                                  when (t * 13 + cn.cnum) % 20 < 18 then 'OPEN' else 'CANCELLED' end as status) s;
insert into campaign_task_village (task_id, village_id)
  select distinct t.id, cvn.village_id
  from campaign_task t join cvn on cvn.campaign_id = t.campaign_id cross join generate_series(0, 3) j
  where cvn.rn = (t.id * 5 + j) % cvn.cnt + 1;
insert into campaign_task_event (task_id, from_status, to_status, changed_on, reason, author, created_at)
  select id, null, 'OPEN', due_date - 60, null, 'bench', due_date - 60 from campaign_task
  union all
  select id, 'OPEN', status, coalesce(completed_on, due_date - 30), case when status = 'CANCELLED' then '任务调整，不再执行' when status = 'DONE' then completion_note end,
         'bench', coalesce(completed_on, due_date - 30) + interval '1 hour'
  from campaign_task where status <> 'OPEN';

set session_replication_role = origin;
select report_rollups_rebuild();

vacuum analyze;
