/* The portal's own script (served from its origin, allowed by the Content Security Policy). */
(function () {
    'use strict';
    // The browser's time zone, sent with the sign-in: the portal shows times in it until the person chooses another.
    function fillZones() {
        var zone;
        try {
            zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        } catch (e) {
            return;
        }
        var fields = document.querySelectorAll('input[data-portal-zone]');
        for (var i = 0; i < fields.length; i++) {
            fields[i].value = zone || '';
        }
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', fillZones);
    } else {
        fillZones();
    }
})();

/* On phones the menu folds away behind one button. */
(function () {
    'use strict';
    function wire() {
        var button = document.getElementById('navToggle');
        var header = document.getElementById('portalHeader');
        if (!button || !header) {
            return;
        }
        button.addEventListener('click', function () {
            var open = header.classList.toggle('nav-open');
            button.setAttribute('aria-expanded', open ? 'true' : 'false');
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', wire);
    } else {
        wire();
    }
})();

/*
 * A long list of choices (the invoice lines a dispute may name) is searched as one types: the choices whose text
 * does not hold every word typed fold away; a chosen one always stays. Delegated, so it survives ajax updates.
 */
(function () {
    'use strict';
    document.addEventListener('input', function (event) {
        var field = event.target;
        if (!field || !field.hasAttribute || !field.hasAttribute('data-filter-choices')) {
            return;
        }
        var list = document.getElementById(field.getAttribute('data-filter-choices'));
        if (!list) {
            return;
        }
        var words = field.value.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
        var rows = list.querySelectorAll('tr');
        var shown = 0;
        for (var i = 0; i < rows.length; i++) {
            var text = rows[i].textContent.toLowerCase();
            var box = rows[i].querySelector('input[type=checkbox]');
            var match = words.every(function (w) { return text.indexOf(w) >= 0; }) || (box && box.checked);
            rows[i].hidden = !match;
            if (match) {
                shown++;
            }
        }
        var count = document.getElementById(field.getAttribute('data-filter-count'));
        if (count) {
            count.textContent = count.getAttribute('data-pattern').replace('{0}', shown).replace('{1}', rows.length);
        }
    });
})();

/*
 * PrimeFaces marks the file input of a plain (unskinned) upload aria-hidden although it is the control people use and
 * focus: give it back to assistive technology, on load and after every ajax update.
 */
(function () {
    'use strict';
    function reveal() {
        var inputs = document.querySelectorAll('input[type=file][aria-hidden="true"]');
        for (var i = 0; i < inputs.length; i++) {
            if (!inputs[i].closest('.ui-fileupload-choose')) {
                inputs[i].removeAttribute('aria-hidden');
            }
        }
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', reveal);
    } else {
        reveal();
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', reveal);
    }
})();
