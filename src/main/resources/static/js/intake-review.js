// The review screen: when a proposed task is focused, the text it was read from is marked in the original on the left —
// the stretch from its title to the end of its text, and inside it the words its deadline and units came from — so a
// person checks each guess against the document in one look. (No inline script: the CSP forbids it.)
document.addEventListener('DOMContentLoaded', function () {
    var source = document.getElementById('source');
    if (!source) {
        return;
    }
    var original = source.textContent;
    var note = document.getElementById('source-note');

    function value(row, name) {
        var field = row.querySelector('[name$="' + name + '"]');
        return field ? field.value.trim() : '';
    }

    // Where the row's text starts and ends in the original: its title, else the start of its text; -1 when neither is there.
    function span(row) {
        var title = value(row, '.title');
        var text = value(row, '.requirements');
        var probes = [title, text.slice(0, 12), title.slice(0, 6)].filter(function (p) { return p.length >= 2; });
        for (var i = 0; i < probes.length; i++) {
            var start = original.indexOf(probes[i]);
            if (start >= 0) {
                var end = start + probes[i].length;
                if (text.length >= 4) {
                    var tail = text.slice(-12);
                    var at = original.indexOf(tail, start);
                    if (at >= 0 && at - start < 3000) {
                        end = Math.max(end, at + tail.length);
                    }
                }
                return [start, end];
            }
        }
        return null;
    }

    function terms(row) {
        var words = [value(row, '.deadline')];
        (value(row, '.lead') + '、' + value(row, '.responsible')).split(/[、，,；;]/).forEach(function (u) {
            words.push(u.trim().replace(/^各/, ''));
        });
        return words.filter(function (w) { return w.length >= 2; });
    }

    function show(row) {
        var found = span(row);
        if (!found) {
            source.textContent = original;
            if (note) {
                note.textContent = '原文中没有找到这一项的文字（标题或内容已改过）';
            }
            return;
        }
        var piece = original.slice(found[0], found[1]);
        // Each field word marked where it first occurs in the task's stretch.
        var marks = [];
        terms(row).forEach(function (t) {
            var at = piece.indexOf(t);
            if (at >= 0 && !marks.some(function (m) { return at < m[1] && at + t.length > m[0]; })) {
                marks.push([at, at + t.length]);
            }
        });
        marks.sort(function (a, b) { return a[0] - b[0]; });
        var hit = document.createElement('mark');
        hit.className = 'source-hit';
        var last = 0;
        marks.forEach(function (m) {
            hit.appendChild(document.createTextNode(piece.slice(last, m[0])));
            var field = document.createElement('strong');
            field.className = 'source-field';
            field.textContent = piece.slice(m[0], m[1]);
            hit.appendChild(field);
            last = m[1];
        });
        hit.appendChild(document.createTextNode(piece.slice(last)));
        source.replaceChildren(document.createTextNode(original.slice(0, found[0])), hit,
            document.createTextNode(original.slice(found[1])));
        source.scrollTop = Math.max(0, hit.offsetTop - source.offsetTop - 40);
        if (note) {
            note.textContent = '';
        }
    }

    document.addEventListener('focusin', function (event) {
        var row = event.target.closest && event.target.closest('.task-row');
        if (row) {
            show(row);
        }
    });
});
