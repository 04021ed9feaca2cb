-- The ledger's first page as one hand-written query (the physical limit Kepu's page is compared with): whole task
-- groups in the user's subtree adding up to about 50 rows (a total and its units), each unit with its targets and the
-- actuals counted in its subtree. pgbench -D prefix="'/1/2/%'" (the user's path and %).
with scoped as materialized (
    select a.id, a.task_id, a.state, a.organization_id, o.name, o.path
    from assignment a join organization o on o.id = a.organization_id
    where o.path like :prefix),
groups as (
    select s.task_id, t.plan_id, t.position, count(*) + 1 as n
    from scoped s join task t on t.id = s.task_id join work_plan p on p.id = t.plan_id
    where p.state <> 'DRAFT'
    group by s.task_id, t.plan_id, t.position),
running as (
    select task_id, sum(n) over (order by plan_id, position, task_id) as upto,
           sum(n) over (order by plan_id, position, task_id) - n as before
    from groups),
page as (select task_id from running where upto <= 50 or before = 0),
-- Each actual is credited to every unit on its path (the path's ids), so a unit's subtree total is one join.
counted as materialized (
    select qa.quota_id, qa.amount, qo.path
    from quota_actual qa join organization qo on qo.id = qa.organization_id
    where qa.quota_id in (select q.id from quota q join page on page.task_id = q.task_id) and qo.path like :prefix),
credited as (
    select c.quota_id, cast(ancestor as bigint) as organization_id, sum(c.amount) as amount
    from counted c, unnest(string_to_array(trim(both '/' from c.path), '/')) ancestor
    group by c.quota_id, ancestor),
shown as materialized (select s.* from scoped s where s.task_id in (select task_id from page))
select t.id, t.number, t.title, s.name, s.state, q.metric, g.target, coalesce(c.amount, 0) as actual
from shown s join task t on t.id = s.task_id
left join assignment_target g on g.assignment_id = s.id left join quota q on q.id = g.quota_id
left join credited c on c.quota_id = g.quota_id and c.organization_id = s.organization_id
order by t.plan_id, t.position, t.id, s.path;
