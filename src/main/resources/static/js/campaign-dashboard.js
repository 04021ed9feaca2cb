// Draws the campaign dashboard from the figures the page carries as JSON (no inline script: the CSP forbids it).
document.addEventListener('DOMContentLoaded', function () {
    var data = JSON.parse(document.getElementById('figures').textContent);
    var names = function (bars) { return bars.map(function (b) { return b.name; }); };
    var counts = function (bars) { return bars.map(function (b) { return b.count; }); };
    var targets = function (bars) { return bars.map(function (b) { return b.target == null ? null : Number(b.target); }); };

    function bars(id, list, withTargets) {
        var chart = echarts.init(document.getElementById(id));
        var series = [{ name: '已通过', type: 'bar', data: counts(list), label: { show: true, position: 'top' } }];
        if (withTargets) {
            series.push({ name: '任务数', type: 'scatter', symbol: 'rect', symbolSize: [28, 3], data: targets(list),
                itemStyle: { color: '#d9480f' } });
        }
        chart.setOption({
            tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 40, right: 10, bottom: 70, top: 30 },
            xAxis: { type: 'category', data: names(list), axisLabel: { interval: 0, rotate: list.length > 6 ? 35 : 0 } },
            yAxis: { type: 'value', minInterval: 1 }, series: series
        });
        window.addEventListener('resize', function () { chart.resize(); });
    }

    // The county table: as many rows as counties (2,844 for the nation), so written here rather than by the template.
    var rows = document.createDocumentFragment();
    data.foodSafetyByCounty.forEach(function (b) {
        var tr = document.createElement('tr');
        var name = tr.appendChild(document.createElement('td'));
        name.textContent = b.name;
        var count = tr.appendChild(document.createElement('td'));
        count.className = 'text-end';
        count.textContent = b.count;
        rows.appendChild(tr);
    });
    document.querySelector('#food-safety tbody').appendChild(rows);

    bars('chart-area', data.byArea, true);
    bars('chart-type', data.byUnitType, true);
    bars('chart-topic', data.byTopic.filter(function (b) { return b.count > 0; }), false);

    var group = echarts.init(document.getElementById('chart-group'));
    group.setOption({
        tooltip: { trigger: 'item' },
        series: [{ type: 'pie', radius: ['35%', '70%'], data: data.byGroup.map(function (b) { return { name: b.name, value: b.count }; }) }]
    });
    var day = echarts.init(document.getElementById('chart-day'));
    day.setOption({
        tooltip: { trigger: 'axis' }, grid: { left: 40, right: 10, bottom: 30, top: 10 },
        xAxis: { type: 'category', data: data.perDay.map(function (d) { return d.day; }) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'line', smooth: true, areaStyle: {}, data: data.perDay.map(function (d) { return d.count; }) }]
    });
    window.addEventListener('resize', function () { group.resize(); day.resize(); });
});
