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
