// 推荐评选 pages (no inline script: the CSP forbids it): choosing the recommenders by group, picking what to
// recommend (the form fills itself from it), and checking all recommendations to forward.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('#recommender-groups [data-units]').forEach(function (button) {
        button.addEventListener('click', function () {
            var ids = button.dataset.units ? button.dataset.units.split(',') : [];
            document.querySelectorAll('#recommender-choices input[name=recommenderIds]').forEach(function (box) {
                box.checked = ids.length === 0 ? false : box.checked || ids.indexOf(box.value) >= 0;
            });
        });
    });
    document.querySelectorAll('select[data-prefill]').forEach(function (select) {
        select.addEventListener('change', function () {
            if (select.value) {
                window.location = select.dataset.prefill + '?' + select.name + '=' + encodeURIComponent(select.value);
            }
        });
    });
});
