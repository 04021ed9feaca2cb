// Draws a region's literacy charts from the JSON the page carries (no inline script: the CSP forbids it): its rates by
// year beside the region above and the target line, the breakdowns of the latest year with them, and the regions beneath.
document.addEventListener('DOMContentLoaded', function () {
    var data = JSON.parse(document.getElementById('literacy-charts').textContent);
    var num = function (v) { return v == null ? null : Number(v); };
    var charts = [];

    var series = document.getElementById('series-chart');
    if (series) {
        var lines = data.lines.map(function (l, i) {
            var line = { name: l.name, type: 'line', connectNulls: true, data: l.rates.map(num),
                label: { show: true, formatter: '{c}%' } };
            if (l.name === '趋势推算') { // where the measured line leads by the target year: dotted, in the region's colour
                line.lineStyle = { type: 'dotted' };
                line.itemStyle = { color: '#5470c6' };
            }
            return line;
        });
        if (data.target) {
            lines.push({ name: data.target.label, type: 'line', symbol: 'none', lineStyle: { type: 'dashed', color: '#ee6666' },
                itemStyle: { color: '#ee6666' },
                data: data.years.map(function (y) { return Number(data.target.rate); }) });
        }
        var chart = echarts.init(series);
        chart.setOption({ animation: false,
            tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v + '%'; } },
            legend: { top: 0 }, grid: { left: 45, right: 20, bottom: 30, top: 40 },
            xAxis: { type: 'category', data: data.years.map(function (y) { return y + '年'; }) },
            yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } }, series: lines
        });
        charts.push(chart);
    }

    var breakdown = document.getElementById('breakdown-chart');
    if (breakdown) {
        var groups = data.breakdowns;
        var chart2 = echarts.init(breakdown);
        chart2.setOption({ animation: false,
            tooltip: { trigger: 'axis', valueFormatter: function (v) { return v + '%'; } },
            grid: { left: 110, right: 40, bottom: 20, top: 10 },
            xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
            yAxis: { type: 'category', inverse: true, data: groups.map(function (g) { return g.dimension + '·' + g.group; }) },
            series: [{ type: 'bar', data: groups.map(function (g) { return num(g.rate); }), label: { show: true, position: 'right', formatter: '{c}%' } }]
        });
        charts.push(chart2);
    }

    var comparison = document.getElementById('comparison-chart');
    if (comparison) {
        var chart3 = echarts.init(comparison);
        chart3.setOption({ animation: false,
            tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '未测评' : v + '%'; } },
            grid: { left: 45, right: 20, bottom: 60, top: 20 },
            xAxis: { type: 'category', data: data.compared.map(function (c) { return c.region; }), axisLabel: { interval: 0, rotate: data.compared.length > 6 ? 35 : 0 } },
            yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
            series: [{ type: 'bar', data: data.compared.map(function (c) { return num(c.rate); }), label: { show: true, position: 'top', formatter: '{c}%' } }]
        });
        charts.push(chart3);
    }
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
});
