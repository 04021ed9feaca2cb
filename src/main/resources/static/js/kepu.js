// Sends the CSRF token with every htmx request; kept out of the pages so the CSP can forbid inline scripts.
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});

// Tree nodes: the toggle loads children once, then only shows or hides them.
document.addEventListener('click', function (event) {
    var toggle = event.target.closest('.toggle[data-children]');
    if (!toggle) {
        return;
    }
    var list = document.getElementById(toggle.dataset.children);
    if (list.dataset.loaded) {
        list.hidden = !list.hidden;
        toggle.textContent = list.hidden ? '▸' : '▾';
        event.preventDefault();
    } else {
        list.dataset.loaded = 'true';
        toggle.textContent = '▾';
    }
});

// Buttons that ask before acting: <button data-confirm="确定停用？">.
document.addEventListener('submit', function (event) {
    var button = event.submitter;
    var message = (button && button.dataset.confirm) || event.target.dataset.confirm;
    if (message && !window.confirm(message)) {
        event.preventDefault();
    }
});

// Print buttons (the recovery codes): <button data-print>.
document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) {
        window.print();
    }
});
