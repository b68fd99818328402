package org.threepl.portal.it.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PortalDeployment;

/**
 * The housekeeping's retention on the test PostgreSQL: notifications read more than 90 days ago and file imports
 * finished more than 90 days ago (with their problems and rejected lines) go; unread notifications, recent ones and
 * imports still running stay, however old.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private static long notification(long userId, String subject, String readAgo, String createdAgo) {
        long id = ((Number) Fixtures.single("select nextval('notification_seq') as id")
                        .get("id"))
                .longValue();
        Fixtures.update(
                "insert into notification (id, user_id, subject, body, created_at, read_at) values (?, ?, ?, 'body', "
                        + "now() - cast(? as interval), now() - cast(? as interval))",
                id,
                userId,
                subject,
                createdAgo,
                readAgo);
        return id;
    }

    private static long importJob(String status, String finishedAgo) {
        long id = ((Number) Fixtures.single("select nextval('import_job_seq') as id")
                        .get("id"))
                .longValue();
        Fixtures.update(
                "insert into import_job (id, kind, file_name, bytes_total, started_by, status, bytes_read, lines_read, "
                        + "created, updated, rejected, errors_truncated, queued_at, started_at, finished_at, "
                        + "heartbeat_at, version) values (?, 'SHIPMENTS', 'old.csv', 10, 'ops', ?, 10, 2, 1, 0, 1, "
                        + "false, now() - interval '200 days', now() - interval '200 days', "
                        + "now() - cast(? as interval), now(), 0)",
                id,
                status,
                finishedAgo);
        Fixtures.update(
                "insert into import_job_error (job_id, position, line, field, message) values (?, 0, 2, 'weight', "
                        + "'not a number')",
                id);
        Fixtures.update(
                "insert into import_job_rejected_line (job_id, line, content) values (?, 2, 'REF-1,heavy')", id);
        return id;
    }

    private static boolean exists(String table, long id) {
        return !Fixtures.query("select 1 from " + table + " where id = ?", id).isEmpty();
    }

    @Test
    void readNotificationsAndFinishedImportsGoAfterTheirDaysAndNothingElse() {
        Fixtures.User user = Fixtures.clientUser(Fixtures.organisation("Retention Ltd"), Role.CLIENT_USER);
        long readLongAgo = notification(user.id(), "read long ago", "100 days", "120 days");
        long readLately = notification(user.id(), "read lately", "1 day", "120 days");
        long unread = notification(user.id(), "unread", "0 days", "120 days");
        Fixtures.update("update notification set read_at = null where id = ?", unread);
        long oldDone = importJob("DONE", "100 days");
        long oldFailed = importJob("FAILED", "100 days");
        long recent = importJob("DONE", "2 days");
        long running = importJob("RUNNING", "100 days");

        Http.postUntilRan(
                "maintenance/housekeeping",
                Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE).value());

        assertEquals(
                List.of(false, true, true),
                List.of(
                        exists("notification", readLongAgo),
                        exists("notification", readLately),
                        exists("notification", unread)),
                "read 100 days ago, read yesterday, unread");
        assertEquals(
                List.of(false, false, true, true),
                List.of(
                        exists("import_job", oldDone),
                        exists("import_job", oldFailed),
                        exists("import_job", recent),
                        exists("import_job", running)),
                "done and failed 100 days ago, done 2 days ago, still running");
        for (long gone : List.of(oldDone, oldFailed)) {
            assertEquals(
                    List.of(),
                    Fixtures.query(
                            "select 1 from import_job_error where job_id = ? union all select 1 from "
                                    + "import_job_rejected_line where job_id = ?",
                            gone,
                            gone),
                    "a removed import's problems and rejected lines go with it");
        }
    }
}
