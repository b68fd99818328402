package org.threepl.portal.interfaces.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.threepl.portal.application.view.Page;

/**
 * The one shape of every list the API answers: the items of this page and the address of the next one, {@code null} on
 * the last page (written, not left out, so that a client can tell "last page" from "old server"). The same address goes
 * in a {@code Link: <…>; rel="next"} header ({@link NextLinkHeader}).
 */
@JsonbNillable
public record Listing<T>(
        List<T> items,

        @Schema(description = "The address of the next page, null on the last one", nullable = true)
        String next)
        implements NextPage {

    /** A list that is never long (a contract's terms, a dispute's messages): one page. */
    public static <T> Listing<T> whole(List<T> items) {
        return new Listing<>(items, null);
    }

    /** A keyset page: {@code cursor} (the service's, null at the end) goes into the next address. */
    public static <T> Listing<T> keyset(List<T> items, String cursorParameter, Object cursor, UriInfo uri) {
        return new Listing<>(items, cursor == null ? null : replacing(uri, cursorParameter, cursor));
    }

    /** An offset page of a list whose total is known. */
    public static <T> Listing<T> offset(Page<T> page, int offset, UriInfo uri) {
        boolean more = offset + page.items().size() < page.total();
        return new Listing<>(
                page.items(),
                more ? replacing(uri, "offset", offset + page.items().size()) : null);
    }

    /** An offset page of a list whose total is not known: a full page may have a next one (perhaps empty). */
    public static <T> Listing<T> offset(List<T> items, int offset, int limit, UriInfo uri) {
        return new Listing<>(items, items.size() < limit ? null : replacing(uri, "offset", offset + limit));
    }

    private static String replacing(UriInfo uri, String parameter, Object value) {
        return uri.getRequestUriBuilder()
                .replaceQueryParam(parameter, value)
                .build()
                .toString();
    }
}
