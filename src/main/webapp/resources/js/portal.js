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
