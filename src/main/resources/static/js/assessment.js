// 考核 pages (no inline script: the CSP forbids it): choosing the assessed units by group, showing the fields of the
// chosen scoring kind, and the results chart.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('#unit-groups [data-units]').forEach(function (button) {
        button.addEventListener('click', function () {
            var ids = button.dataset.units ? button.dataset.units.split(',') : [];
            document.querySelectorAll('#unit-choices input[name=unitIds]').forEach(function (box) {
                box.checked = ids.length === 0 ? false : box.checked || ids.indexOf(box.value) >= 0;
            });
        });
    });

    var issuer = document.querySelector('form select#issuerId:not([disabled])');
    if (issuer) {
        issuer.addEventListener('change', function () {
            window.location = '/assessments/new?issuer=' + encodeURIComponent(issuer.value);
        });
    }

    document.querySelectorAll('#indicator-fields').forEach(function (fields) {
        var kind = fields.querySelector('select[name=kind]');
        function show() {
            fields.querySelectorAll('[data-kinds]').forEach(function (field) {
                field.hidden = field.dataset.kinds.split(' ').indexOf(kind.value) < 0;
            });
        }
        kind.addEventListener('change', show);
        show();
    });

    var data = document.getElementById('chart-data');
    if (data && window.echarts) {
        var figures = JSON.parse(data.textContent);
        var select = document.getElementById('chart-indicator');
        figures.series.forEach(function (s, i) {
            var option = document.createElement('option');
            option.value = i;
            option.textContent = s.name + '（满分' + Number(s.full) + '）' + (figures.first ? '，前' + figures.units.length + '名' : '');
            select.appendChild(option);
        });
        var chart = echarts.init(document.getElementById('chart'));
        function draw() {
            var s = figures.series[Number(select.value)];
            chart.setOption({
                tooltip: { trigger: 'axis' }, grid: { left: 40, right: 10, bottom: 80, top: 20 },
                xAxis: { type: 'category', data: figures.units, axisLabel: { interval: 0, rotate: figures.units.length > 6 ? 35 : 0 } },
                yAxis: { type: 'value', max: Number(s.full) },
                series: [{ name: s.name, type: 'bar', data: s.scores.map(Number), label: { show: true, position: 'top' } }]
            }, true);
        }
        select.addEventListener('change', draw);
        draw();
        window.addEventListener('resize', function () { chart.resize(); });
    }
});
